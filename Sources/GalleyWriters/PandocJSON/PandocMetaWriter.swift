// Metadata for the pandoc JSON writer: Galley's fields under pandoc's names, as MetaInlines/MetaList.
import GalleyModel
import GalleySupport

/// Metadata conversion. Keys are sorted, as pandoc writes them.
enum PandocMetaWriter {
    /// Galley's metadata fields and the pandoc names they are written under, for single values.
    static func fields(_ m: Metadata) -> [(String, String?)] {
        [("title", m.title), ("subtitle", m.subtitle), ("lang", m.language), ("date", m.published),
         ("modified", m.modified), ("source", m.source), ("url", m.url), ("description", m.description),
         ("site-name", m.siteName), ("page-type", m.pageType), ("image", m.image), ("publisher", m.publisher), ("rights", m.rights),
         ("identifier", m.identifier)]
    }

    static func meta(_ document: Document) -> PandocValue {
        let m = document.metadata
        var entries: [(String, PandocValue)] = []
        for (key, value) in fields(m) {
            if let value, !value.isEmpty { entries.append((key, inlines(value))) }
        }
        if !m.authors.isEmpty { entries.append(("author", .node("MetaList", .array(m.authors.map(inlines))))) }
        if !m.keywords.isEmpty { entries.append(("keywords", .node("MetaList", .array(m.keywords.map(inlines))))) }
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
