// Inline content: the runs of text and markup inside a paragraph, heading or cell.

/// A piece of inline content.
public indirect enum Inline: Sendable, Equatable, Hashable {
    /// Plain text, exactly as written (no escaping applied).
    case text(String)
    /// Emphasis (`<em>`, `*x*`).
    case emphasis([Inline])
    /// Strong importance (`<strong>`, `**x**`).
    case strong([Inline])
    /// Struck-out text (`<del>`, `<s>`).
    case strikethrough([Inline])
    /// Superscript (`<sup>`).
    case superscript([Inline])
    /// Subscript (`<sub>`).
    case `subscript`([Inline])
    /// Inline code (`<code>`, or a backtick span in Markdown).
    case code(String)
    /// A hyperlink.
    case link(Link)
    /// An inline image (a reference only; Galley never fetches it).
    case image(Image)
    /// A hard line break (`<br>`).
    case lineBreak
    /// A soft line break (a newline inside a paragraph).
    case softBreak
    /// Raw inline HTML from Markdown input; each writer decides how to render it safely.
    case rawHTML(String)
}

/// A hyperlink: target, optional title, and link text.
public struct Link: Sendable, Codable, Equatable, Hashable {
    /// The target URL, as written or made absolute by the reader.
    public var url: String
    /// The link title (`title` attribute), if any.
    public var title: String?
    /// The link text.
    public var content: [Inline]

    /// Creates a link.
    public init(url: String, title: String? = nil, content: [Inline]) {
        self.url = url
        self.title = title
        self.content = content
    }
}

/// An image reference: source, alternative text and optional title.
public struct Image: Sendable, Codable, Equatable, Hashable {
    /// The image URL or path.
    public var source: String
    /// The image title (`title` attribute), if any.
    public var title: String?
    /// The alternative text, as inlines (rendered as plain text where markup is not allowed).
    public var alt: [Inline]

    /// Creates an image reference.
    public init(source: String, title: String? = nil, alt: [Inline] = []) {
        self.source = source
        self.title = title
        self.alt = alt
    }
}

extension Inline {
    /// The inline's text with all markup dropped (line breaks become spaces).
    public var plainText: String {
        switch self {
        case .text(let s), .code(let s): return s
        case .emphasis(let c), .strong(let c), .strikethrough(let c), .superscript(let c), .subscript(let c):
            return c.plainText
        case .link(let link): return link.content.plainText
        case .image(let image): return image.alt.plainText
        case .lineBreak, .softBreak: return " "
        case .rawHTML: return ""
        }
    }
}

extension Array where Element == Inline {
    /// The concatenated plain text of these inlines.
    public var plainText: String { map(\.plainText).joined() }
}
