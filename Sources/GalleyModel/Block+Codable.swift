// JSON form of blocks: a flat object with a "type" field (see schema/galley-document.schema.json).

extension Block: Codable {
    private enum Key: String, CodingKey {
        case type, span, content, blocks, html, items
    }

    /// The `type` string of each kind, as written in JSON.
    public var typeName: String {
        switch kind {
        case .heading: return "heading"
        case .paragraph: return "paragraph"
        case .list: return "list"
        case .blockQuote: return "blockQuote"
        case .codeBlock: return "codeBlock"
        case .thematicBreak: return "thematicBreak"
        case .table: return "table"
        case .figure: return "figure"
        case .rawHTML: return "rawHTML"
        case .definitionList: return "definitionList"
        case .section: return "section"
        }
    }

    /// Encodes the block as `{"type": ..., fields of the kind..., "span": ...}`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(typeName, forKey: .type)
        try c.encodeIfPresent(span, forKey: .span)
        switch kind {
        case .heading(let h): try h.encode(to: encoder)
        case .paragraph(let inlines): try c.encode(inlines, forKey: .content)
        case .list(let list): try list.encode(to: encoder)
        case .blockQuote(let blocks): try c.encode(blocks, forKey: .blocks)
        case .codeBlock(let code): try code.encode(to: encoder)
        case .thematicBreak: break
        case .table(let table): try table.encode(to: encoder)
        case .figure(let figure): try figure.encode(to: encoder)
        case .rawHTML(let html): try c.encode(html, forKey: .html)
        case .definitionList(let items): try c.encode(items, forKey: .items)
        case .section(let section): try section.encode(to: encoder)
        }
    }

    /// Decodes a block written by `encode(to:)`.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let type = try c.decode(String.self, forKey: .type)
        let span = try c.decodeIfPresent(SourceSpan.self, forKey: .span)
        let kind: Kind
        switch type {
        case "heading": kind = .heading(try Heading(from: decoder))
        case "paragraph": kind = .paragraph(try c.decode([Inline].self, forKey: .content))
        case "list": kind = .list(try ListBlock(from: decoder))
        case "blockQuote": kind = .blockQuote(try c.decode([Block].self, forKey: .blocks))
        case "codeBlock": kind = .codeBlock(try CodeBlock(from: decoder))
        case "thematicBreak": kind = .thematicBreak
        case "table": kind = .table(try Table(from: decoder))
        case "figure": kind = .figure(try Figure(from: decoder))
        case "rawHTML": kind = .rawHTML(try c.decode(String.self, forKey: .html))
        case "definitionList": kind = .definitionList(try c.decode([DefinitionItem].self, forKey: .items))
        case "section": kind = .section(try Section(from: decoder))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown block type '\(type)'")
        }
        self.init(kind, span: span)
    }
}
