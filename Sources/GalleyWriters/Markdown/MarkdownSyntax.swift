// Small pieces of CommonMark syntax: code spans, link destinations and titles, autolinks.
import Foundation
import GalleyModel
import GalleySupport

/// Builders for CommonMark syntax that needs no context.
enum MarkdownSyntax {
    /// A code span with a backtick fence longer or shorter than any run inside it.
    static func codeSpan(_ code: String) -> String {
        let content = code.replacingLineEndings().replacingOccurrences(of: "\n", with: " ")
        if content.isEmpty { return "<code></code>" }
        let runs = backtickRuns(content)
        var length = 1
        while runs.contains(length) { length += 1 }
        let fence = String(repeating: "`", count: length)
        let allSpaces = content.allSatisfy { $0 == " " }
        let pad = content.hasPrefix("`") || content.hasSuffix("`") || (!allSpaces && content.hasPrefix(" ") && content.hasSuffix(" "))
        return pad ? fence + " " + content + " " + fence : fence + content + fence
    }

    /// The lengths of the backtick runs in a string.
    static func backtickRuns(_ s: String) -> Set<Int> {
        var runs: Set<Int> = []
        var current = 0
        for c in s.unicodeScalars {
            if c == "`" { current += 1 } else if current > 0 { runs.insert(current); current = 0 }
        }
        if current > 0 { runs.insert(current) }
        return runs
    }

    /// `<url>` when the link's text is its own URL (or the address of a `mailto:` URL), else nil.
    static func autolink(_ link: Link) -> String? {
        guard link.title == nil, link.content.count == 1, case .text(let text) = link.content[0] else { return nil }
        let forbidden = text.unicodeScalars.contains { $0.value <= 0x20 || $0 == "<" || $0 == ">" || $0 == "\\" || $0 == "&" || $0.value == 0x7F }
        guard !forbidden else { return nil }
        if text == link.url, hasScheme(text) { return "<" + text + ">" }
        if link.url == "mailto:" + text, isEmail(text) { return "<" + text + ">" }
        return nil
    }

    private static func hasScheme(_ s: String) -> Bool {
        guard let colon = s.firstIndex(of: ":") else { return false }
        let scheme = s[..<colon]
        guard (2...32).contains(scheme.count), let first = scheme.unicodeScalars.first, first.isASCIILetter else { return false }
        return scheme.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "+" || $0 == "." || $0 == "-" }
    }

    private static func isEmail(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return false }
        let local = parts[0].unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || ".!#$%'*+/=?^_`{|}~-".unicodeScalars.contains($0) }
        let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
            !label.isEmpty && label.count <= 63 && label.first != "-" && label.last != "-"
                && label.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "-" }
        }
        return local && domain
    }

    /// The inside of `( … )` after link text: destination and optional quoted title.
    static func destination(_ url: String, title: String?) -> String {
        var out = linkDestination(url)
        if let title { out += " \"" + escapeTitle(title) + "\"" }
        return out
    }

    /// A link destination: bare when possible, in angle brackets when it has spaces or odd parentheses.
    static func linkDestination(_ url: String) -> String {
        var depth = 0, balanced = true
        for c in url.unicodeScalars {
            if c == "(" { depth += 1 }
            if c == ")" { depth -= 1; if depth < 0 { balanced = false } }
        }
        if depth != 0 { balanced = false }
        let url = edgeSpacesEncoded(url)
        let needsAngle = url.isEmpty || url.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F } || url.hasPrefix("<")
        var out = ""
        let scalars = Array(url.unicodeScalars)
        for (i, c) in scalars.enumerated() {
            switch c {
            case "\\": out += "\\\\"
            case "&" where looksLikeEntity(scalars, at: i): out += "&amp;"  // cmark decodes entities before backslashes here
            case "<" where needsAngle, ">" where needsAngle: out += "\\" + String(c)
            case "(" where !needsAngle && !balanced, ")" where !needsAngle && !balanced: out += "\\" + String(c)
            case "\n" where needsAngle: out += "%0A"
            default: out.unicodeScalars.append(c)
            }
        }
        return needsAngle ? "<" + out + ">" : out
    }

    /// The URL with spaces at either end percent-encoded (they would be trimmed; encoded they
    /// mean the same to a browser).
    static func edgeSpacesEncoded(_ url: String) -> String {
        guard url.hasPrefix(" ") || url.hasSuffix(" ") else { return url }
        let leading = url.prefix { $0 == " " }.count
        var out = String(repeating: "%20", count: leading) + url.dropFirst(leading)
        let trailing = out.reversed().prefix { $0 == " " }.count
        out = out.dropLast(trailing) + String(repeating: "%20", count: trailing)
        return out
    }

    /// A link title's text for a double-quoted title.
    static func escapeTitle(_ title: String) -> String {
        var out = ""
        let scalars = Array(title.unicodeScalars)
        for (i, c) in scalars.enumerated() {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "&" where looksLikeEntity(scalars, at: i): out += "&amp;"  // cmark decodes entities before backslashes here
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// True when the `&` at `index` starts something cmark would read as an entity reference.
    static func looksLikeEntity(_ s: [Unicode.Scalar], at index: Int) -> Bool {
        var i = index + 1
        guard i < s.count else { return false }
        if s[i] == "#" {
            i += 1
            var hex = false
            if i < s.count, s[i] == "x" || s[i] == "X" { hex = true; i += 1 }
            let start = i
            while i < s.count, hex ? s[i].properties.isASCIIHexDigit : ("0"..."9").contains(s[i]) { i += 1 }
            return i > start && i - start <= (hex ? 6 : 7) && i < s.count && s[i] == ";"
        }
        let start = i
        while i < s.count, s[i].isASCIILetter || ("0"..."9").contains(s[i]) { i += 1 }
        return i > start && s[start].isASCIILetter && i - start <= 32 && i < s.count && s[i] == ";"
    }
}

extension Unicode.Scalar {
    /// True for `A`–`Z` and `a`–`z`.
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
    /// True for ASCII punctuation (the characters a backslash can escape in CommonMark).
    var isASCIIPunctuation: Bool { value < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars.contains(self) }
}
