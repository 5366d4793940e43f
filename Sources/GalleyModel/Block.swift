// Block content: headings, paragraphs, lists, quotes, code, tables, figures and sections.

/// A block of the document body, with the span of input it came from.
public struct Block: Sendable, Equatable, Hashable {
    /// What the block is.
    public var kind: Kind
    /// The input lines it was read from, when known.
    public var span: SourceSpan?

    /// Creates a block.
    public init(_ kind: Kind, span: SourceSpan? = nil) {
        self.kind = kind
        self.span = span
    }

    /// The kinds of block.
    public indirect enum Kind: Sendable, Equatable, Hashable {
        /// A heading with its level (1–6) and optional id.
        case heading(Heading)
        /// A paragraph of inline content.
        case paragraph([Inline])
        /// A bullet or ordered list.
        case list(ListBlock)
        /// A block quotation.
        case blockQuote([Block])
        /// Preformatted code, with its language when known.
        case codeBlock(CodeBlock)
        /// A thematic break (`<hr>`, `***`).
        case thematicBreak
        /// A table.
        case table(Table)
        /// An image with optional caption.
        case figure(Figure)
        /// A raw HTML block from Markdown input; each writer decides how to render it safely.
        case rawHTML(String)
        /// A definition list (`<dl>`).
        case definitionList([DefinitionItem])
        /// A section: a heading and the blocks under it. Not stored by readers or passes (the block
        /// list is flat): built by `makeSections` for the writers whose format nests sections, and
        /// kept in the model so Galley JSON, which has nested sections, decodes and encodes.
        case section(Section)
    }
}

/// A heading.
public struct Heading: Sendable, Codable, Equatable, Hashable {
    /// Level 1 (the title) to 6.
    public var level: Int
    /// A stable, document-unique id (slug), assigned by `HeadingIDPass`.
    public var id: String?
    /// The heading text.
    public var content: [Inline]

    /// Creates a heading.
    public init(level: Int, id: String? = nil, content: [Inline]) {
        self.level = level
        self.id = id
        self.content = content
    }
}

/// A bullet or ordered list.
public struct ListBlock: Sendable, Equatable, Hashable {
    /// The delimiter after an ordered list number.
    public enum Delimiter: String, Sendable, Codable, Hashable { case period, paren }

    /// The character that marks a bullet list's items in Markdown.
    public enum Bullet: String, Sendable, Codable, Hashable { case hyphen = "-", asterisk = "*", plus = "+" }

    /// How the items are marked: bullets (with the source's character, when it matters to the
    /// writer) or numbers (with `1.` or `1)` after them).
    public enum Style: Sendable, Hashable {
        case bullet(Bullet?)
        case ordered(Delimiter)
    }

    /// How the items are marked.
    public var style: Style
    /// The number of the first item (ordered lists).
    public var start: Int
    /// True when items are not separated by blank lines (rendered without `<p>`).
    public var tight: Bool
    /// The items, each a sequence of blocks.
    public var items: [[Block]]

    /// Creates a list.
    public init(style: Style, start: Int = 1, tight: Bool = true, items: [[Block]]) {
        self.style = style
        self.start = start
        self.tight = tight
        self.items = items
    }

    /// Creates a bullet list (no bullet character) or an ordered list numbered `1.`.
    public init(ordered: Bool, start: Int = 1, tight: Bool = true, items: [[Block]]) {
        self.init(style: ordered ? .ordered(.period) : .bullet(nil), start: start, tight: tight, items: items)
    }

    /// True for a numbered list.
    public var ordered: Bool {
        if case .ordered = style { return true }
        return false
    }
}

extension ListBlock: Codable {
    private enum CodingKeys: String, CodingKey { case ordered, start, tight, delimiter, bullet, items }

    /// Decodes the JSON shape: `ordered`, `delimiter` (`period` or `paren`) and an optional `bullet`
    /// (a character other than `-`, `*` or `+` is read as none).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let ordered = try c.decode(Bool.self, forKey: .ordered)
        let delimiter = try c.decodeIfPresent(Delimiter.self, forKey: .delimiter) ?? .period
        let bullet = try c.decodeIfPresent(String.self, forKey: .bullet).flatMap(Bullet.init(rawValue:))
        self.init(style: ordered ? .ordered(delimiter) : .bullet(bullet), start: try c.decode(Int.self, forKey: .start),
                  tight: try c.decode(Bool.self, forKey: .tight), items: try c.decode([[Block]].self, forKey: .items))
    }

    /// Encodes the JSON shape: a bullet list's `delimiter` is `period`, an ordered list has no `bullet`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(ordered, forKey: .ordered)
        try c.encode(start, forKey: .start)
        try c.encode(tight, forKey: .tight)
        switch style {
        case .bullet(let bullet):
            try c.encode(Delimiter.period, forKey: .delimiter)
            try c.encodeIfPresent(bullet?.rawValue, forKey: .bullet)
        case .ordered(let delimiter):
            try c.encode(delimiter, forKey: .delimiter)
        }
        try c.encode(items, forKey: .items)
    }
}

/// A code block.
public struct CodeBlock: Sendable, Codable, Equatable, Hashable {
    /// The language (first word of a Markdown info string, or from an HTML `class`).
    public var language: String?
    /// The full Markdown info string, when it says more than the language.
    public var info: String?
    /// The code, verbatim, ending with a newline.
    public var text: String
    /// True when the code came from an indented (not fenced) Markdown block.
    public var indented: Bool?

    /// Creates a code block.
    public init(language: String? = nil, info: String? = nil, text: String, indented: Bool? = nil) {
        self.language = language
        self.info = info
        self.text = text
        self.indented = indented
    }
}

/// A table.
public struct Table: Sendable, Codable, Equatable, Hashable {
    /// Column alignment.
    public enum Alignment: String, Sendable, Codable, Hashable { case none, left, center, right }

    /// Alignment per column.
    public var alignments: [Alignment]
    /// The header row, if the table has one.
    public var header: [TableCell]?
    /// The body rows.
    public var rows: [[TableCell]]
    /// The caption, if any.
    public var caption: [Inline]?

    /// Creates a table.
    public init(alignments: [Alignment] = [], header: [TableCell]? = nil, rows: [[TableCell]], caption: [Inline]? = nil) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
        self.caption = caption
    }

    /// True when some cell spans several rows or columns (pipe tables cannot show it).
    public var hasMergedCells: Bool {
        ((header ?? []) + rows.flatMap { $0 }).contains { $0.colspan > 1 || $0.rowspan > 1 }
    }
}

/// A table cell.
public struct TableCell: Sendable, Codable, Equatable, Hashable {
    /// The cell content.
    public var content: [Inline]
    /// Number of columns spanned (1 for a plain cell).
    public var colspan: Int
    /// Number of rows spanned (1 for a plain cell).
    public var rowspan: Int

    /// Creates a cell.
    public init(content: [Inline], colspan: Int = 1, rowspan: Int = 1) {
        self.content = content
        self.colspan = colspan
        self.rowspan = rowspan
    }
}

/// An image shown as a block, with optional caption.
public struct Figure: Sendable, Codable, Equatable, Hashable {
    /// The image.
    public var image: Image
    /// The caption (`<figcaption>`), if any.
    public var caption: [Inline]?

    /// Creates a figure.
    public init(image: Image, caption: [Inline]? = nil) {
        self.image = image
        self.caption = caption
    }
}

/// One term of a definition list and its definitions.
public struct DefinitionItem: Sendable, Codable, Equatable, Hashable {
    /// The term (`<dt>`).
    public var term: [Inline]
    /// Its definitions (`<dd>`), each a sequence of blocks.
    public var definitions: [[Block]]

    /// Creates a definition item.
    public init(term: [Inline], definitions: [[Block]]) {
        self.term = term
        self.definitions = definitions
    }
}

/// A section: a heading and everything up to the next heading of the same or a higher rank.
public struct Section: Sendable, Codable, Equatable, Hashable {
    /// The section heading (its id is the section id).
    public var heading: Heading
    /// The content of the section, including nested sections.
    public var blocks: [Block]
    /// The input lines the heading came from.
    public var headingSpan: SourceSpan?

    /// Creates a section.
    public init(heading: Heading, blocks: [Block], headingSpan: SourceSpan? = nil) {
        self.heading = heading
        self.blocks = blocks
        self.headingSpan = headingSpan
    }
}
