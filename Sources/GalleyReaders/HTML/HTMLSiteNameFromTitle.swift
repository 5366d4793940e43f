// The site name, when no metadata gives it, from a `<title>` that is the headline plus the site.
import GalleyModel
import GalleySupport

extension HTMLMetadataPrecedence {
    /// The site name found in `title` around `headline` (`Headline - The Daily Paper`,
    /// `The Daily Paper: Headline`), or nil. The headline must come from another source (JSON-LD,
    /// OpenGraph …) and match one side exactly (case and white space aside); the other side must be
    /// short enough for a name (at most six words and 60 characters).
    static func siteName(fromTitle title: String?, headline: String?) -> String? {
        guard let title = title?.foldingWhitespace, let headline = headline?.foldingWhitespace, !headline.isEmpty,
              title.count > headline.count else { return nil }
        let wanted = headline.lowercased()
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · ", ": "] {
            let parts = title.components(separatedBy: separator)
            guard parts.count > 1 else { continue }
            let first = parts[0], rest = parts.dropFirst().joined(separator: separator)
            let last = parts[parts.count - 1], before = parts.dropLast().joined(separator: separator)
            if before.lowercased() == wanted, isName(last) { return last }
            if rest.lowercased() == wanted, isName(first) { return first }
        }
        return nil
    }

    private static func isName(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 60 && s.split(separator: " ").count <= 6
    }
}
