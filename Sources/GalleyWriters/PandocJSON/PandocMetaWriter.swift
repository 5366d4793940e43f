// Metadata for the pandoc JSON writer: Galley's fields under pandoc's names, as MetaInlines/MetaList.
import GalleyModel
import GalleySupport

/// Metadata conversion. Keys are sorted, as pandoc writes them.
enum PandocMetaWriter {
    /// Every field of `MetadataField.all` that has a value, under its pandoc key (`pandocKeys[0]`):
    /// strings as MetaInlines, lists as a MetaList of them.
    static func meta(_ document: Document) -> PandocValue {
        let m = document.metadata
        var entries: [(String, PandocValue)] = []
        for field in MetadataField.all {
            let key = field.pandocKeys[0]
            switch field.storage {
            case .text(let path):
                if let value = m[keyPath: path], !value.isEmpty { entries.append((key, inlines(value))) }
            case .list(let path):
                let values = m[keyPath: path]
                if !values.isEmpty { entries.append((key, .node("MetaList", .array(values.map(inlines))))) }
            }
        }
        if !document.removals.isEmpty {
            entries.append(("galley-removals", .node("MetaList", .array(document.removals.map { removal in
                .node("MetaMap", .object([("reason", inlines(removal.reason.rawValue)), ("stage", inlines(removal.stage.rawValue)),
                                          ("text", .node("MetaString", .string(removal.text)))]))
            }))))
        }
        if !document.warnings.isEmpty {
            entries.append(("galley-warnings", .node("MetaList", .array(document.warnings.map { .node("MetaString", .string($0)) }))))
        }
        entries.sort { $0.0 < $1.0 }
        return .object(entries)
    }

    private static func inlines(_ text: String) -> PandocValue {
        .node("MetaInlines", .array(PandocInlineWriter.plain(text)))
    }
}
