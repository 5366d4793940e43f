// JSON form of inlines: a flat object with a "type" field (see schema/galley-document.schema.json).

extension Inline: Codable {
    private enum Key: String, CodingKey {
        case type, text, content, html
    }

    /// The `type` string of each inline, as written in JSON.
    public var typeName: String {
        switch self {
        case .text: return "text"
        case .emphasis: return "emphasis"
        case .strong: return "strong"
        case .strikethrough: return "strikethrough"
        case .superscript: return "superscript"
        case .subscript: return "subscript"
        case .code: return "code"
        case .link: return "link"
        case .image: return "image"
        case .lineBreak: return "lineBreak"
        case .softBreak: return "softBreak"
        case .rawHTML: return "rawHTML"
        }
    }

    /// Encodes the inline as `{"type": ..., fields...}`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(typeName, forKey: .type)
        switch self {
        case .text(let s), .code(let s): try c.encode(s, forKey: .text)
        case .emphasis(let x), .strong(let x), .strikethrough(let x), .superscript(let x), .subscript(let x):
            try c.encode(x, forKey: .content)
        case .link(let link): try link.encode(to: encoder)
        case .image(let image): try image.encode(to: encoder)
        case .lineBreak, .softBreak: break
        case .rawHTML(let html): try c.encode(html, forKey: .html)
        }
    }

    /// Decodes an inline written by `encode(to:)`.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let type = try c.decode(String.self, forKey: .type)
        func content() throws -> [Inline] { try c.decode([Inline].self, forKey: .content) }
        switch type {
        case "text": self = .text(try c.decode(String.self, forKey: .text))
        case "code": self = .code(try c.decode(String.self, forKey: .text))
        case "emphasis": self = .emphasis(try content())
        case "strong": self = .strong(try content())
        case "strikethrough": self = .strikethrough(try content())
        case "superscript": self = .superscript(try content())
        case "subscript": self = .subscript(try content())
        case "link": self = .link(try Link(from: decoder))
        case "image": self = .image(try Image(from: decoder))
        case "lineBreak": self = .lineBreak
        case "softBreak": self = .softBreak
        case "rawHTML": self = .rawHTML(try c.decode(String.self, forKey: .html))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown inline type '\(type)'")
        }
    }
}
