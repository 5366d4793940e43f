// Makes link and image targets absolute against the page URL, and refuses unsafe ones.
import Foundation
import GalleyModel
import GalleySupport

/// Resolves URLs found in a page against its base (`<base href>`, else the canonical URL, else
/// `og:url`, else the source when it is a URL). Fragment-only links (`#note-1`) stay as written.
struct HTMLURLResolver: Sendable {
    /// The base URL, when the page has one.
    let base: URL?

    /// Creates a resolver for a base URL string (ignored when it is not an absolute URL).
    init(base: String?) {
        if let base, let url = URL(string: base.trimmingWhitespaceAndNewlines), url.scheme != nil {
            self.base = url
        } else {
            self.base = nil
        }
    }

    /// The absolute, safe form of `raw`, or nil when it is empty or unsafe (`javascript:` ...).
    func resolve(_ raw: String, forImage: Bool = false) -> String? {
        let trimmed = raw.trimmingWhitespaceAndNewlines
        guard !trimmed.isEmpty, SafeURL.isSafe(trimmed, forImage: forImage) else { return nil }
        if trimmed.hasPrefix("#") || trimmed.hasPrefix("data:") { return trimmed }
        guard let base else { return trimmed }
        if Self.isPlainAbsolute(trimmed) { return trimmed }
        let encoded = trimmed.replacingOccurrences(of: " ", with: "%20")
        guard let url = URL(string: encoded, relativeTo: base) else { return trimmed }
        let absolute = url.absoluteString
        return SafeURL.isSafe(absolute, forImage: forImage) ? absolute : nil
    }

    /// Characters `URL` would percent-encode or refuse.
    private static let reencoded: Set<UInt8> = Set("\"<>\\^`{|}".utf8)

    /// An absolute http(s) URL in plain printable ASCII with no dot segments: resolving it
    /// against any base gives it back unchanged, so `URL` need not parse it.
    static func isPlainAbsolute(_ s: String) -> Bool {
        guard s.utf8.count < 2048 else { return false }
        let utf8 = s.utf8
        guard s.hasPrefix("https://") || s.hasPrefix("http://") else { return false }
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in utf8 {
            guard (0x21...0x7E).contains(byte), !Self.reencoded.contains(byte) else { return false }
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#"),
               previous == UInt8(ascii: "."), beforePrevious == UInt8(ascii: "/") || beforePrevious == UInt8(ascii: ".") {
                return false  // "/./" or "/../"
            }
            beforePrevious = previous
            previous = byte
        }
        return !(previous == UInt8(ascii: ".") && (beforePrevious == UInt8(ascii: "/") || beforePrevious == UInt8(ascii: ".")))
    }
}
