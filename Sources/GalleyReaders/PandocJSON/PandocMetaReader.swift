// Metadata for the pandoc JSON reader: pandoc's meta map to Galley's fields; others noted in a warning.
import GalleyModel
import GalleySupport

/// Metadata conversion: the keys are the `pandocKeys` of `MetadataField.all`.
enum PandocMetaReader {
    /// Removals written by `PandocMetaWriter` under `galley-removals` (MetaMaps of stage, reason, text).
    static func removals(_ meta: [String: Any]) -> [Removal] {
        guard let list = PandocNode.parts(meta["galley-removals"] as Any), list.tag == "MetaList" else { return [] }
        return PandocNode.array(list.content).compactMap { item in
            guard let map = PandocNode.parts(item), map.tag == "MetaMap", let fields = map.content as? [String: Any] else { return nil }
            let field = { (key: String) in fields[key].map { strings($0).joined() } ?? "" }
            return Removal(stage: RemovalStage(rawValue: field("stage")), reason: RemovalReason(rawValue: field("reason")), text: field("text"))
        }
    }

    static func metadata(_ meta: [String: Any], context: inout PandocReadContext) -> Metadata {
        var m = Metadata()
        var ignored: [String] = []
        for key in meta.keys.sorted() {
            let value = meta[key] as Any
            if let field = MetadataField.forPandoc(key) {
                // Keys read in sorted order: the first of two keys for one string wins, lists of
                // several keys (keywords, tags) are joined.
                switch field.storage {
                case .text(let path): if m[keyPath: path] == nil { m[keyPath: path] = strings(value).joined(separator: ", ") }
                case .list(let path): m[keyPath: path] += strings(value)
                }
            } else if key == "galley-removals" || key == "galley-warnings" {
                continue
            } else {
                ignored.append(key)
                context.removals.record(.unmodelledMetadata, text: "\(key): " + strings(value).joined(separator: ", "))
            }
        }
        if !ignored.isEmpty {
            context.warnings.append("pandoc metadata not modelled by Galley, dropped: \(ignored.joined(separator: ", "))")
        }
        return m
    }

    /// A meta value as strings: one per list item, else one.
    static func strings(_ value: Any) -> [String] {
        guard let node = PandocNode.parts(value) else { return [] }
        switch node.tag {
        case "MetaList": return PandocNode.array(node.content).flatMap(strings)
        case "MetaString": return [PandocNode.string(node.content)]
        case "MetaBool": return [(node.content as? Bool ?? false) ? "true" : "false"]
        default:
            var context = PandocReadContext()
            let inlines = PandocInlineReader.inlines(PandocNode.array(node.content), context: &context)
            let text = inlines.isEmpty ? PandocInlineReader.text(of: node.content as Any) : inlines.plainText
            return text.isEmpty ? [] : [text]
        }
    }
}
