// The "safe output" rule as a fuzz oracle: markup that can run code never appears in written XHTML.
import Foundation

/// Stops the fuzzer (a crash artifact) when XHTML carries active content. Only markup is
/// inspected: text content may quote `onclick="…"` or `javascript:` freely, since its `<` is escaped.
public enum SafeOutputCheck {
    /// Elements that must never be written.
    static let forbiddenElements: Set<String> = ["script", "iframe", "object", "embed", "frame", "frameset", "applet", "base", "form", "meta"]
    /// URL schemes that must never be written in an attribute.
    static let forbiddenSchemes = ["javascript:", "vbscript:", "data:text/html"]

    /// Traps when a tag of `xhtml` is a forbidden element or has an event handler or a script URL.
    public static func verify(_ xhtml: String) {
        let scalars = Array(xhtml.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "<" else { index += 1; continue }
            var end = index + 1
            while end < scalars.count, scalars[end] != ">" { end += 1 }
            check(tag: String(String.UnicodeScalarView(scalars[(index + 1)..<min(end, scalars.count)])))
            index = end + 1
        }
    }

    private static func check(tag: String) {
        let lower = tag.lowercased()
        guard let first = lower.first, first.isLetter else { return }   // </end>, <!-- -->, <?xml ?>
        let name = String(lower.prefix { !$0.isWhitespace && $0 != "/" })
        // <meta charset> and <meta name=…> are written in the head; only http-equiv refresh is active.
        if forbiddenElements.contains(name), !(name == "meta" && !lower.contains("http-equiv")) {
            fatalError("unsafe XHTML output: a <\(name)> element")
        }
        for (attribute, value) in attributes(lower) {
            if attribute.hasPrefix("on") { fatalError("unsafe XHTML output: the event handler \(attribute)") }
            let url = decodedURL(value)
            for scheme in forbiddenSchemes where url.hasPrefix(scheme) {
                fatalError("unsafe XHTML output: \(attribute)=\"\(value)\"")
            }
        }
    }

    /// `name="value"` pairs of a tag's text (after its name).
    private static func attributes(_ tag: String) -> [(String, String)] {
        guard let regex = try? NSRegularExpression(pattern: #"\s([^\s=/"']+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+))"#) else { return [] }
        let ns = tag as NSString
        return regex.matches(in: tag, range: NSRange(location: 0, length: ns.length)).map { match in
            let value = [3, 4, 5].lazy.map { match.range(at: $0) }.first { $0.location != NSNotFound }.map { ns.substring(with: $0) } ?? ""
            return (ns.substring(with: match.range(at: 1)), value)
        }
    }

    /// An attribute value as a browser resolves it: character references decoded, tabs and
    /// newlines removed, leading spaces and controls dropped.
    static func decodedURL(_ value: String) -> String {
        var out = ""
        var rest = Substring(value)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            rest = rest[amp...]
            if let semi = rest.firstIndex(of: ";"), rest.distance(from: rest.startIndex, to: semi) < 12 {
                let body = rest[rest.index(after: rest.startIndex)..<semi]
                let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t", "newline": "\n"]
                if body.hasPrefix("#x"), let n = UInt32(body.dropFirst(2), radix: 16), let s = Unicode.Scalar(n) { out.unicodeScalars.append(s) }
                else if body.hasPrefix("#"), let n = UInt32(body.dropFirst()), let s = Unicode.Scalar(n) { out.unicodeScalars.append(s) }
                else if let s = named[String(body)] { out += s }
                else { out += rest[...semi] }
                rest = rest[rest.index(after: semi)...]
            } else {
                out += "&"
                rest = rest.dropFirst()
            }
        }
        out += rest
        let kept = out.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        return String(String.UnicodeScalarView(kept.drop { $0.value <= 0x20 })).lowercased()
    }
}
