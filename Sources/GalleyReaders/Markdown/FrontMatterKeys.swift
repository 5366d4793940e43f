// The YAML keys Galley understands in front matter, and how each maps onto `Metadata`.
import Foundation
import Yams
import GalleyModel
import GalleySupport

/// Maps YAML front matter keys onto `Metadata` fields (the keys and aliases of `MetadataField.all`).
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
            let lower = key.lowercased()
            if let field = MetadataField.forFrontMatter(lower) {
                switch field.storage {
                case .text(let path): metadata[keyPath: path] = scalar(value)
                case .list(let path): metadata[keyPath: path] = list(value, splittingCommas: field.kind == .list(splittingCommas: true))
                }
            } else if lower == MetadataField.archiveFrontMatterKey {
                if case .mapping(let m) = value, let uri = m["uri"].flatMap(scalar) {
                    metadata.archive = WARCCapture(targetURI: uri, date: m["date"].flatMap(scalar),
                                                   recordID: m["record"].flatMap(scalar), payloadDigest: m["digest"].flatMap(scalar))
                } else { ignored.append(key); metadata.keyNames.removeValue(forKey: "archive") }
            } else {
                ignored.append(key)
            }
        }
        if !ignored.isEmpty {
            let kept = metadata.extra.isEmpty ? "" : " (kept as written in Markdown and JSON output)"
            warnings.append("front matter keys Galley has no field for\(kept): \(ignored.joined(separator: ", "))")
        }
        return metadata
    }

    /// Galley's own front-matter name for a key it reads (lower-cased), nil for keys it has no field
    /// for. The names and aliases are those of `MetadataField.all`, plus the archive capture.
    static func galleyName(of key: String) -> String? {
        if let field = MetadataField.forFrontMatter(key) { return field.frontMatterKey }
        return key == MetadataField.archiveFrontMatterKey ? key : nil
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
