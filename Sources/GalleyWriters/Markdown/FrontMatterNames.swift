// The key each metadata field gets in Markdown front matter, by style, and what that renames or drops.
import GalleyModel
import GalleySupport

/// Front-matter key names for one document in one style (`--front-matter`).
package struct FrontMatterNames {
    /// Field (Galley's name) → key, where a style differs from Galley's names.
    static let styleNames: [FrontMatterStyle: [String: String]] = [
        .galley: [:],
        .jekyll: ["modified": "last_modified_at", "keywords": "tags", "url": "canonical_url"],
        .hugo: ["modified": "lastmod", "keywords": "tags", "url": "canonical"],
        .pandoc: ["description": "abstract", "image": "cover-image"],
    ]

    let metadata: Metadata
    let style: FrontMatterStyle

    /// The names for `metadata` written in `style`.
    package init(metadata: Metadata, style: FrontMatterStyle) {
        self.metadata = metadata
        self.style = style
    }

    /// The key written for a field: the style's name; in Galley's style the input's own name when
    /// it used another (`tags`), so Markdown → Markdown keeps it.
    subscript(field: String) -> String {
        if style == .galley, let original = metadata.keyNames[field] { return original }
        return Self.styleNames[style]?[field] ?? field
    }

    /// The verbatim entries written after the fields: all but those whose key a field already uses.
    var keptExtra: [FrontMatterEntry] {
        let used = Set(Self.fields(metadata).map { self[$0].lowercased() })
        return metadata.extra.filter { !used.contains($0.key.lowercased()) }
    }

    /// Galley's names of the fields that have a value.
    static func fields(_ m: Metadata) -> [String] {
        let values: [(String, Bool)] = [
            ("title", m.title != nil), ("subtitle", m.subtitle != nil), ("author", !m.authors.isEmpty),
            ("lang", m.language != nil), ("date", m.published != nil), ("modified", m.modified != nil),
            ("description", m.description != nil), ("site", m.siteName != nil), ("page-type", m.pageType != nil), ("publisher", m.publisher != nil),
            ("rights", m.rights != nil), ("identifier", m.identifier != nil), ("keywords", !m.keywords.isEmpty),
            ("image", m.image != nil), ("url", m.url != nil), ("source", m.source != nil), ("archive", m.archive != nil),
        ]
        return values.filter(\.1).map(\.0)
    }

    /// Warnings for what writing in this style renames or drops from the input's front matter.
    /// Renames are reported for inputs whose front matter left a trace (names other than Galley's,
    /// or keys Galley has no field for): a page read from HTML has no names of its own to lose.
    package var warnings: [String] {
        var out: [String] = []
        let hadFrontMatter = !metadata.keyNames.isEmpty || !metadata.extra.isEmpty
        for field in Self.fields(metadata) where hadFrontMatter {
            let original = metadata.keyNames[field] ?? field
            if original != self[field] {
                out.append("front matter: '\(original)' written as '\(self[field])' (--front-matter \(style.rawValue))")
            }
        }
        let kept = Set(keptExtra.map(\.key))
        for entry in metadata.extra where !kept.contains(entry.key) {
            out.append("front matter: '\(entry.key)' dropped: its name is the one '--front-matter \(style.rawValue)' gives a Galley field")
        }
        return out
    }

    /// Warnings for formats that have no place for the entries Galley has no field for.
    package static func droppedExtra(_ metadata: Metadata, formats: [OutputFormat]) -> [String] {
        let dropping = formats.filter { $0 == .xhtml || $0 == .pandocJSON }
        guard !metadata.extra.isEmpty, !dropping.isEmpty else { return [] }
        let names = dropping.map(\.rawValue).joined(separator: " and ")
        return ["front matter: not in the \(names) output (kept in Markdown and JSON): \(metadata.extra.map(\.key).joined(separator: ", "))"]
    }
}
