// The YAML keys Galley understands in front matter, and how each maps onto `Metadata`.
import Foundation
import Yams

/// Maps YAML front matter keys onto `Metadata` fields.
enum FrontMatterKeys {
    /// Reads a mapping; keys Galley does not know are named in a warning (never dropped silently).
    static func metadata(from mapping: Node.Mapping, warnings: inout [String]) -> Metadata {
        var metadata = Metadata()
        var ignored: [String] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { continue }
            switch key.lowercased() {
            case "title": metadata.title = scalar(value)
            case "subtitle": metadata.subtitle = scalar(value)
            case "author", "authors", "creator": metadata.authors = list(value)
            case "lang", "language": metadata.language = scalar(value)
            case "date", "published": metadata.published = scalar(value)
            case "modified", "updated", "lastmod": metadata.modified = scalar(value)
            case "description", "abstract", "summary": metadata.description = scalar(value)
            case "publisher": metadata.publisher = scalar(value)
            case "rights", "license", "copyright": metadata.rights = scalar(value)
            case "identifier", "isbn", "uuid": metadata.identifier = scalar(value)
            case "keywords", "tags", "subject": metadata.keywords = list(value, splittingCommas: true)
            case "url", "canonical": metadata.url = scalar(value)
            case "source": metadata.source = scalar(value)
            case "site", "sitename", "site_name": metadata.siteName = scalar(value)
            case "image", "cover", "cover-image": metadata.image = scalar(value)
            case "archive":
                if case .mapping(let m) = value, let uri = m["uri"].flatMap(scalar) {
                    metadata.archive = WARCCapture(targetURI: uri, date: m["date"].flatMap(scalar),
                                                   recordID: m["record"].flatMap(scalar), payloadDigest: m["digest"].flatMap(scalar))
                } else { ignored.append(key) }
            default: ignored.append(key)
            }
        }
        if !ignored.isEmpty {
            warnings.append("front matter keys not used by Galley: \(ignored.joined(separator: ", "))")
        }
        return metadata
    }

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
