// The YAML keys Galley understands in front matter, and how each maps onto `Metadata`.
import Foundation
import Yams
import GalleyModel
import GalleySupport

/// Maps YAML front matter keys onto `Metadata` fields.
enum FrontMatterKeys {
    /// Reads a mapping. Keys Galley has no field for are kept verbatim in `extra` (their text cut
    /// from `yaml`, the source the mapping was composed from) and named in a warning; a field read
    /// under another name than Galley's (`tags` for keywords) has that name recorded in `keyNames`.
    static func metadata(from mapping: Node.Mapping, yaml: String? = nil, warnings: inout [String]) -> Metadata {
        var metadata = Metadata()
        var ignored: [String] = []
        let lines = yaml.map { $0.split(separator: "\n", omittingEmptySubsequences: false) } ?? []
        let keyLines = mapping.keys.compactMap { $0.mark?.line }.sorted()
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { continue }
            if let field = galleyName(of: key.lowercased()) {
                if field != key { metadata.keyNames[field] = key }
            } else if let line = keyNode.mark?.line, line >= 1, line <= lines.count {
                // The entry's own lines: from its key to the next key, trailing blank lines dropped.
                let end = keyLines.first { $0 > line }.map { min($0 - 1, lines.count) } ?? lines.count
                var entry = Array(lines[(line - 1)..<end])
                while let last = entry.last, last.trimmingCharacters(in: .whitespaces).isEmpty { entry.removeLast() }
                metadata.extra.append(FrontMatterEntry(key: key, yaml: entry.joined(separator: "\n")))
            }
            switch key.lowercased() {
            case "title": metadata.title = scalar(value)
            case "subtitle": metadata.subtitle = scalar(value)
            case "author", "authors", "creator": metadata.authors = list(value)
            case "lang", "language": metadata.language = scalar(value)
            case "date", "published": metadata.published = scalar(value)
            case "modified", "updated", "lastmod", "last_modified_at": metadata.modified = scalar(value)
            case "description", "abstract", "summary": metadata.description = scalar(value)
            case "publisher": metadata.publisher = scalar(value)
            case "rights", "license", "copyright": metadata.rights = scalar(value)
            case "identifier", "isbn", "uuid": metadata.identifier = scalar(value)
            case "keywords", "tags", "subject": metadata.keywords = list(value, splittingCommas: true)
            case "url", "canonical", "canonical_url": metadata.url = scalar(value)
            case "source": metadata.source = scalar(value)
            case "site", "sitename", "site_name": metadata.siteName = scalar(value)
            case "page-type", "pagetype", "page_type": metadata.pageType = scalar(value)
            case "image", "cover", "cover-image": metadata.image = scalar(value)
            case "archive":
                if case .mapping(let m) = value, let uri = m["uri"].flatMap(scalar) {
                    metadata.archive = WARCCapture(targetURI: uri, date: m["date"].flatMap(scalar),
                                                   recordID: m["record"].flatMap(scalar), payloadDigest: m["digest"].flatMap(scalar))
                } else { ignored.append(key); metadata.keyNames.removeValue(forKey: "archive") }
            default: ignored.append(key)
            }
        }
        if !ignored.isEmpty {
            let kept = metadata.extra.isEmpty ? "" : " (kept as written in Markdown and JSON output)"
            warnings.append("front matter keys Galley has no field for\(kept): \(ignored.joined(separator: ", "))")
        }
        return metadata
    }

    /// Galley's own front-matter name for a key it reads (lower-cased), nil for keys it has no field for.
    static func galleyName(of key: String) -> String? {
        for (name, aliases) in aliases where aliases.contains(key) { return name }
        return nil
    }

    /// Galley's front-matter names and every key read as the same field.
    static let aliases: [(String, Set<String>)] = [
        ("title", ["title"]), ("subtitle", ["subtitle"]), ("author", ["author", "authors", "creator"]),
        ("lang", ["lang", "language"]), ("date", ["date", "published"]),
        ("modified", ["modified", "updated", "lastmod", "last_modified_at"]),
        ("description", ["description", "abstract", "summary"]), ("publisher", ["publisher"]),
        ("rights", ["rights", "license", "copyright"]), ("identifier", ["identifier", "isbn", "uuid"]),
        ("keywords", ["keywords", "tags", "subject"]), ("url", ["url", "canonical", "canonical_url"]),
        ("source", ["source"]), ("site", ["site", "sitename", "site_name"]), ("page-type", ["page-type", "pagetype", "page_type"]),
        ("image", ["image", "cover", "cover-image"]), ("archive", ["archive"]),
    ]

    /// A scalar's text (a list is joined with commas); nil when empty.
    private static func scalar(_ node: Node) -> String? {
        let text: String
        switch node {
        case .scalar(let s): text = s.string
        case .sequence: text = list(node).joined(separator: ", ")
        case .mapping(let m): text = m.compactMap { $0.value.string }.joined(separator: ", ")
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A list of strings from a sequence or a scalar. Mappings in a list (`- name: X`) give their `name`.
    private static func list(_ node: Node, splittingCommas: Bool = false) -> [String] {
        switch node {
        case .sequence(let items):
            return items.compactMap { item -> String? in
                if case .mapping(let m) = item { return m["name"].flatMap(scalar) }
                return scalar(item)
            }
        case .mapping(let m):
            return m["name"].flatMap(scalar).map { [$0] } ?? []
        default:
            guard let text = scalar(node) else { return [] }
            return splittingCommas ? text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : [text]
        }
    }
}
