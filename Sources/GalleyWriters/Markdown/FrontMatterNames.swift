// The key each metadata field gets in Markdown front matter, by style, and what that renames or drops.
import GalleyModel
import GalleySupport

/// Front-matter key names for one document in one style (`--front-matter`).
package struct FrontMatterNames {
    /// Field (Galley's name) → key, where a style differs from Galley's names (`MetadataField.styleKeys`).
    static let styleNames: [FrontMatterStyle: [String: String]] = {
        var names: [FrontMatterStyle: [String: String]] = [:]
        for style in FrontMatterStyle.allCases {
            names[style] = Dictionary(uniqueKeysWithValues: MetadataField.all.compactMap { field in
                field.styleKeys[style].map { (field.frontMatterKey, $0) }
            })
        }
        return names
    }()

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
        MetadataField.all.filter { $0.isSet(in: m) }.map(\.frontMatterKey) + (m.archive != nil ? [MetadataField.archiveFrontMatterKey] : [])
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
