// Front matter Galley does not model, kept verbatim, and the naming conventions it can write.
import Foundation

/// One front-matter entry Galley has no field for (`categories`, `layout`, `draft` ...), kept as
/// its YAML text so Markdown output writes it back unchanged.
public struct FrontMatterEntry: Sendable, Codable, Equatable, Hashable {
    /// The top-level key.
    public var key: String
    /// The entry's YAML as written, from the key to the line before the next key (no trailing newline).
    public var yaml: String
    /// Creates an entry.
    public init(key: String, yaml: String) {
        self.key = key
        self.yaml = yaml
    }
}

/// Whose field names Markdown front matter uses (`--front-matter`).
public enum FrontMatterStyle: String, Sendable, Codable, CaseIterable, Hashable {
    /// Galley's names, or the names the input used for the same fields (`tags` stays `tags`).
    case galley
    /// Jekyll's: `tags`, `last_modified_at`, `canonical_url`.
    case jekyll
    /// Hugo's: `tags`, `lastmod`, `canonical` (Hugo's `url` is the page's permalink, so never written).
    case hugo
    /// Pandoc's: `keywords`, `abstract`, `cover-image`.
    case pandoc
}

extension Metadata {
    /// Replaces fields with those set in `overrides` (lists when not empty); its `extra` entries
    /// replace entries with the same key or are appended.
    public mutating func apply(_ overrides: Metadata) {
        for field in MetadataField.all { field.copy(from: overrides, into: &self) }
        for entry in overrides.extra {
            if let index = extra.firstIndex(where: { $0.key == entry.key }) { extra[index] = entry } else { extra.append(entry) }
        }
        for (field, name) in overrides.keyNames { keyNames[field] = name }
    }
}
