// Decides which URLs may appear in output: no javascript:, vbscript: or non-image data: URLs.
import GalleyModel

/// URL safety checks shared by readers and writers.
package enum SafeURL {
    /// True when the URL may be written as a link or image target.
    /// Script-running schemes (`javascript:`, `vbscript:`, `livescript:`) and `data:` URLs other
    /// than raster images are refused; control characters and white space hidden inside the
    /// scheme (`java\tscript:`) are seen through, as browsers do.
    package static func isSafe(_ url: String, forImage: Bool = false) -> Bool {
        if let answer = asciiIsSafe(url, forImage: forImage) { return answer }
        let squeezed = String(url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }).lowercased()
        guard let colon = squeezed.firstIndex(of: ":") else { return true }
        let scheme = squeezed[..<colon]
        if scheme.contains("/") || scheme.contains("?") || scheme.contains("#") { return true }
        switch scheme {
        case "javascript", "vbscript", "livescript", "mocha": return false
        case "data":
            guard forImage else { return false }
            let rest = squeezed[squeezed.index(after: colon)...]
            return ["image/png", "image/jpeg", "image/gif", "image/webp"].contains { rest.hasPrefix($0) }
        default: return true
        }
    }

    /// `isSafe` on the UTF-8 bytes of an all-ASCII URL (nil for any other): the same squeezing
    /// (bytes up to space and DEL dropped), lower-casing and scheme tests, without building Strings.
    static func asciiIsSafe(_ url: String, forImage: Bool) -> Bool? {
        var scheme: [UInt8] = []
        var schemeLength = 0
        var rest: [UInt8] = []
        var afterColon = false
        for byte in url.utf8 {
            guard byte < 0x80 else { return nil }
            guard byte > 0x20 && byte != 0x7F else { continue }
            let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
            if afterColon {
                if rest.count < 16 { rest.append(lower) }
            } else if lower == UInt8(ascii: ":") {
                afterColon = true
            } else {
                if lower == UInt8(ascii: "/") || lower == UInt8(ascii: "?") || lower == UInt8(ascii: "#") { return true }
                if scheme.count < 16 { scheme.append(lower) }
                schemeLength += 1
            }
        }
        guard afterColon else { return true }
        guard schemeLength <= 10 else { return true }  // longer than every refused scheme
        if scheme.elementsEqual("javascript".utf8) || scheme.elementsEqual("vbscript".utf8)
            || scheme.elementsEqual("livescript".utf8) || scheme.elementsEqual("mocha".utf8) {
            return false
        }
        guard scheme.elementsEqual("data".utf8) else { return true }
        guard forImage else { return false }
        return ["image/png", "image/jpeg", "image/gif", "image/webp"].contains { rest.starts(with: $0.utf8) }
    }
}
