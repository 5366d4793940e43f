// Writes the document model straight into JSON bytes, with the keys and forms of its Codable conformances.
import GalleyModel
import GalleySupport

/// Walks a document and writes it through `JSONBytes`, producing the same bytes as encoding the
/// Codable conformances (`Block+Codable`, `Inline+Codable`, synthesized ones) with `JSONEncoder`.
/// Every object's keys are written in byte order (what `.sortedKeys` gives); optional fields are
/// left out when nil, arrays are always written. Recursion is bounded: each level opens a container
/// and `JSONBytes` refuses to nest more than `JSONBytes.maximumDepth` of them.
struct JSONDocumentEncoder {
    /// The output so far.
    var out: JSONBytes

    /// Creates an encoder for the pretty or compact form.
    init(pretty: Bool, capacity: Int) {
        out = JSONBytes(pretty: pretty, capacity: capacity)
    }

    /// Writes `{"blocks", "metadata", "removals", "schema", "warnings"}`; the blocks nested into
    /// sections (`makeSections`), as the format has them.
    mutating func document(_ document: Document, schema: String) throws {
        try out.beginObject()
        out.key("blocks"); try blocks(makeSections(document.blocks))
        out.key("metadata"); try metadata(document.metadata)
        out.key("removals")
        try out.beginArray()
        for removal in document.removals {
            out.element()
            try self.removal(removal)
        }
        out.endArray()
        out.key("schema"); out.string(schema)
        out.key("warnings"); try strings(document.warnings)
        out.endObject()
    }

    // MARK: Leaves

    /// A member of the metadata object: a value field of `MetadataField.all` or a structured one.
    private enum MetadataMember {
        case field(MetadataField), archive, extra, keyNames
    }

    /// The metadata members with their keys, in byte order of the keys (what `.sortedKeys` gives).
    private static let metadataMembers: [(key: String, member: MetadataMember)] = {
        let structured: [(String, MetadataMember)] = [("archive", .archive), ("extra", .extra), ("keyNames", .keyNames)]
        assert(structured.map(\.0) == MetadataField.structuredJSONKeys)
        let members = MetadataField.all.map { ($0.jsonKey, MetadataMember.field($0)) } + structured
        return members.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
    }()

    private mutating func metadata(_ m: Metadata) throws {
        try out.beginObject()
        for (key, member) in Self.metadataMembers {
            switch member {
            case .field(let field):
                switch field.storage {
                case .text(let path):
                    guard let value = m[keyPath: path] else { continue }
                    out.key(plain: key); out.string(value)
                case .list(let path):
                    out.key(plain: key); try strings(m[keyPath: path])
                }
            case .archive:
                guard let archive = m.archive else { continue }
                out.key("archive")
                try out.beginObject()
                optional("date", archive.date)
                optional("payloadDigest", archive.payloadDigest)
                optional("recordID", archive.recordID)
                out.key("targetURI"); out.string(archive.targetURI)
                out.endObject()
            case .extra:
                guard !m.extra.isEmpty else { continue }
                out.key("extra")
                try out.beginArray()
                for entry in m.extra {
                    out.element()
                    try out.beginObject()
                    out.key("key"); out.string(entry.key)
                    out.key("yaml"); out.string(entry.yaml)
                    out.endObject()
                }
                out.endArray()
            case .keyNames:
                guard !m.keyNames.isEmpty else { continue }
                out.key("keyNames")
                try out.beginObject()
                for key in m.keyNames.keys.sorted() { out.key(escaping: key); out.string(m.keyNames[key] ?? "") }
                out.endObject()
            }
        }
        out.endObject()
    }

    private mutating func removal(_ r: Removal) throws {
        try out.beginObject()
        if let excerpt = r.shortExcerpt { out.key("excerpt"); out.string(excerpt) }
        out.key("reason"); out.string(r.reason.rawValue)
        try span("span", r.span)
        out.key("stage"); out.string(r.stage.rawValue)
        out.key("text"); out.string(r.text)
        out.endObject()
    }

    /// `"name" : {"endByte", "endLine", "startByte", "startLine"}` when the span is known (bytes when known).
    private mutating func span(_ name: StaticString, _ span: SourceSpan?) throws {
        guard let span else { return }
        out.key(name)
        try out.beginObject()
        if let endByte = span.endByte { out.key("endByte"); out.int(endByte) }
        out.key("endLine"); out.int(span.endLine)
        if let startByte = span.startByte { out.key("startByte"); out.int(startByte) }
        out.key("startLine"); out.int(span.startLine)
        out.endObject()
    }

    private mutating func optional(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        out.key(name)
        out.string(value)
    }

    private mutating func strings(_ values: [String]) throws {
        try out.beginArray()
        for value in values {
            out.element()
            out.string(value)
        }
        out.endArray()
    }

    // MARK: Blocks

    private mutating func blocks(_ blocks: [Block]) throws {
        try out.beginArray()
        for block in blocks {
            out.element()
            try self.block(block)
        }
        out.endArray()
    }

    private mutating func blockSequences(_ sequences: [[Block]]) throws {
        try out.beginArray()
        for sequence in sequences {
            out.element()
            try blocks(sequence)
        }
        out.endArray()
    }

    /// One block object: the kind's own keys, then `span` and `type`, merged in byte order.
    private mutating func block(_ block: Block) throws {
        try out.beginObject()
        switch block.kind {
        case .heading(let h):
            out.key("content"); try inlines(h.content)
            optional("id", h.id)
            out.key("level"); out.int(h.level)
            try tail(block.span, "heading")
        case .paragraph(let content):
            out.key("content"); try inlines(content)
            try tail(block.span, "paragraph")
        case .list(let list):
            switch list.style {
            case .bullet(let bullet):
                if let bullet { out.key("bullet"); out.string(bullet.rawValue) }
                out.key("delimiter"); out.plain("period")
            case .ordered(.period):
                out.key("delimiter"); out.plain("period")
            case .ordered(.paren):
                out.key("delimiter"); out.plain("paren")
            }
            out.key("items"); try blockSequences(list.items)
            out.key("ordered"); out.bool(list.ordered)
            try span("span", block.span)
            out.key("start"); out.int(list.start)
            out.key("tight"); out.bool(list.tight)
            out.key("type"); out.plain("list")
        case .blockQuote(let children):
            out.key("blocks"); try blocks(children)
            try tail(block.span, "blockQuote")
        case .codeBlock(let code):
            if let indented = code.indented { out.key("indented"); out.bool(indented) }
            optional("info", code.info)
            optional("language", code.language)
            try span("span", block.span)
            out.key("text"); out.string(code.text)
            out.key("type"); out.plain("codeBlock")
        case .thematicBreak:
            try tail(block.span, "thematicBreak")
        case .table(let table):
            try self.table(table)
            try tail(block.span, "table")
        case .figure(let figure):
            if let caption = figure.caption { out.key("caption"); try inlines(caption) }
            out.key("image")
            try out.beginObject()
            try imageFields(figure.image)
            out.endObject()
            try tail(block.span, "figure")
        case .rawHTML(let html):
            out.key("html"); out.string(html)
            try tail(block.span, "rawHTML")
        case .definitionList(let items):
            out.key("items")
            try out.beginArray()
            for item in items {
                out.element()
                try out.beginObject()
                out.key("definitions"); try blockSequences(item.definitions)
                out.key("term"); try inlines(item.term)
                out.endObject()
            }
            out.endArray()
            try tail(block.span, "definitionList")
        case .section(let section):
            out.key("blocks"); try blocks(section.blocks)
            out.key("heading")
            try out.beginObject()
            out.key("content"); try inlines(section.heading.content)
            optional("id", section.heading.id)
            out.key("level"); out.int(section.heading.level)
            out.endObject()
            try span("headingSpan", section.headingSpan)
            try tail(block.span, "section")
        }
        out.endObject()
    }

    /// The closing `"span"` (when known) and `"type"` members of a block.
    private mutating func tail(_ blockSpan: SourceSpan?, _ type: StaticString) throws {
        try span("span", blockSpan)
        out.key("type"); out.plain(type)
    }

    /// `alignments`, `caption`, `header`, `rows` (all sort before `span`).
    private mutating func table(_ table: Table) throws {
        out.key("alignments")
        try out.beginArray()
        for alignment in table.alignments {
            out.element()
            switch alignment {
            case .none: out.plain("none")
            case .left: out.plain("left")
            case .center: out.plain("center")
            case .right: out.plain("right")
            }
        }
        out.endArray()
        if let caption = table.caption { out.key("caption"); try inlines(caption) }
        if let header = table.header { out.key("header"); try cells(header) }
        out.key("rows")
        try out.beginArray()
        for row in table.rows {
            out.element()
            try cells(row)
        }
        out.endArray()
    }

    private mutating func cells(_ cells: [TableCell]) throws {
        try out.beginArray()
        for cell in cells {
            out.element()
            try out.beginObject()
            out.key("colspan"); out.int(cell.colspan)
            out.key("content"); try inlines(cell.content)
            out.key("rowspan"); out.int(cell.rowspan)
            out.endObject()
        }
        out.endArray()
    }

    // MARK: Inlines

    private mutating func inlines(_ inlines: [Inline]) throws {
        try out.beginArray()
        for inline in inlines {
            out.element()
            try self.inline(inline)
        }
        out.endArray()
    }

    private mutating func inline(_ inline: Inline) throws {
        try out.beginObject()
        switch inline {
        case .text(let s): textFields(s, "text")
        case .code(let s): textFields(s, "code")
        case .emphasis(let c): try container(c, "emphasis")
        case .strong(let c): try container(c, "strong")
        case .strikethrough(let c): try container(c, "strikethrough")
        case .superscript(let c): try container(c, "superscript")
        case .subscript(let c): try container(c, "subscript")
        case .link(let link):
            out.key("content"); try inlines(link.content)
            optional("title", link.title)
            out.key("type"); out.plain("link")
            out.key("url"); out.string(link.url)
        case .image(let image):
            try imageFields(image, type: "image")
        case .lineBreak: out.key("type"); out.plain("lineBreak")
        case .softBreak: out.key("type"); out.plain("softBreak")
        case .rawHTML(let html):
            out.key("html"); out.string(html)
            out.key("type"); out.plain("rawHTML")
        }
        out.endObject()
    }

    private mutating func textFields(_ text: String, _ type: StaticString) {
        out.key("text"); out.string(text)
        out.key("type"); out.plain(type)
    }

    private mutating func container(_ content: [Inline], _ type: StaticString) throws {
        out.key("content"); try inlines(content)
        out.key("type"); out.plain(type)
    }

    /// `alt`, `source`, `title` and, for an inline image, `type` (sorted between them).
    private mutating func imageFields(_ image: Image, type: StaticString? = nil) throws {
        out.key("alt"); try inlines(image.alt)
        out.key("source"); out.string(image.source)
        optional("title", image.title)
        if let type { out.key("type"); out.plain(type) }
    }
}
