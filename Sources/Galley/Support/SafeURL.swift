// Decides which URLs may appear in output: no javascript:, vbscript: or non-image data: URLs.

/// URL safety checks shared by readers and writers.
public enum SafeURL {
    /// True when the URL may be written as a link or image target.
    /// Script-running schemes (`javascript:`, `vbscript:`, `livescript:`) and `data:` URLs other
    /// than raster images are refused; control characters and white space hidden inside the
    /// scheme (`java\tscript:`) are seen through, as browsers do.
    public static func isSafe(_ url: String, forImage: Bool = false) -> Bool {
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
}
