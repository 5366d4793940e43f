// Makes link and image targets absolute against the page URL, and refuses unsafe ones.
import Foundation

/// Resolves URLs found in a page against its base (`<base href>`, else the canonical URL, else
/// `og:url`, else the source when it is a URL). Fragment-only links (`#note-1`) stay as written.
struct HTMLURLResolver: Sendable {
    /// The base URL, when the page has one.
    let base: URL?

    /// Creates a resolver for a base URL string (ignored when it is not an absolute URL).
    init(base: String?) {
        if let base, let url = URL(string: base.trimmingCharacters(in: .whitespacesAndNewlines)), url.scheme != nil {
            self.base = url
        } else {
            self.base = nil
        }
    }

    /// The absolute, safe form of `raw`, or nil when it is empty or unsafe (`javascript:` ...).
    func resolve(_ raw: String, forImage: Bool = false) -> String? {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, SafeURL.isSafe(trimmed, forImage: forImage) else { return nil }
        if trimmed.hasPrefix("#") || trimmed.hasPrefix("data:") { return trimmed }
        guard let base else { return trimmed }
        let encoded = trimmed.replacingOccurrences(of: " ", with: "%20")
        guard let url = URL(string: encoded, relativeTo: base) else { return trimmed }
        let absolute = url.absoluteString
        return SafeURL.isSafe(absolute, forImage: forImage) ? absolute : nil
    }
}
