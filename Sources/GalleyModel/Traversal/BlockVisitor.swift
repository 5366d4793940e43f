// A visitor over the document model: one method per block and inline kind (swift-markdown's MarkupVisitor).

/// Visits blocks and inlines with one method per kind, each defaulting to `defaultVisit`.
///
/// Call `visit(_:)` with a block or an inline to dispatch on its kind. Conform through
/// ``BlockWalker`` (visits everything, returns nothing) or ``BlockRewriter`` (returns a new tree)
/// rather than directly, unless you want your own result types.
public protocol BlockVisitor {
    /// What visiting a block returns.
    associatedtype BlockResult
    /// What visiting an inline returns.
    associatedtype InlineResult

    /// Called for every block whose kind's method is not overridden.
    mutating func defaultVisit(_ block: Block) -> BlockResult
    /// Called for every inline whose kind's method is not overridden.
    mutating func defaultVisit(_ inline: Inline) -> InlineResult

    /// A heading (`block` is the whole block, with its span).
    mutating func visitHeading(_ heading: Heading, block: Block) -> BlockResult
    /// A paragraph.
    mutating func visitParagraph(_ content: [Inline], block: Block) -> BlockResult
    /// A bullet or ordered list.
    mutating func visitList(_ list: ListBlock, block: Block) -> BlockResult
    /// A block quotation.
    mutating func visitBlockQuote(_ blocks: [Block], block: Block) -> BlockResult
    /// A code block.
    mutating func visitCodeBlock(_ code: CodeBlock, block: Block) -> BlockResult
    /// A thematic break.
    mutating func visitThematicBreak(_ block: Block) -> BlockResult
    /// A table.
    mutating func visitTable(_ table: Table, block: Block) -> BlockResult
    /// A figure (its image is visited as an inline `.image` by walkers and rewriters).
    mutating func visitFigure(_ figure: Figure, block: Block) -> BlockResult
    /// A raw HTML block.
    mutating func visitHTMLBlock(_ html: String, block: Block) -> BlockResult
    /// A definition list.
    mutating func visitDefinitionList(_ items: [DefinitionItem], block: Block) -> BlockResult
    /// A section (its heading is visited as a `.heading` block by walkers and rewriters).
    mutating func visitSection(_ section: Section, block: Block) -> BlockResult

    /// Plain text.
    mutating func visitText(_ text: String) -> InlineResult
    /// Emphasis.
    mutating func visitEmphasis(_ content: [Inline]) -> InlineResult
    /// Strong importance.
    mutating func visitStrong(_ content: [Inline]) -> InlineResult
    /// Struck-out text.
    mutating func visitStrikethrough(_ content: [Inline]) -> InlineResult
    /// Superscript.
    mutating func visitSuperscript(_ content: [Inline]) -> InlineResult
    /// Subscript.
    mutating func visitSubscript(_ content: [Inline]) -> InlineResult
    /// Inline code.
    mutating func visitInlineCode(_ code: String) -> InlineResult
    /// A hyperlink.
    mutating func visitLink(_ link: Link) -> InlineResult
    /// An image (inline, or the image of a figure).
    mutating func visitImage(_ image: Image) -> InlineResult
    /// A hard line break.
    mutating func visitLineBreak() -> InlineResult
    /// A soft line break.
    mutating func visitSoftBreak() -> InlineResult
    /// Raw inline HTML.
    mutating func visitInlineHTML(_ html: String) -> InlineResult
}

extension BlockVisitor {
    /// Dispatches `block` to the method for its kind.
    public mutating func visit(_ block: Block) -> BlockResult {
        switch block.kind {
        case .heading(let heading): return visitHeading(heading, block: block)
        case .paragraph(let content): return visitParagraph(content, block: block)
        case .list(let list): return visitList(list, block: block)
        case .blockQuote(let blocks): return visitBlockQuote(blocks, block: block)
        case .codeBlock(let code): return visitCodeBlock(code, block: block)
        case .thematicBreak: return visitThematicBreak(block)
        case .table(let table): return visitTable(table, block: block)
        case .figure(let figure): return visitFigure(figure, block: block)
        case .rawHTML(let html): return visitHTMLBlock(html, block: block)
        case .definitionList(let items): return visitDefinitionList(items, block: block)
        case .section(let section): return visitSection(section, block: block)
        }
    }

    /// Dispatches `inline` to the method for its kind.
    public mutating func visit(_ inline: Inline) -> InlineResult {
        switch inline {
        case .text(let text): return visitText(text)
        case .emphasis(let content): return visitEmphasis(content)
        case .strong(let content): return visitStrong(content)
        case .strikethrough(let content): return visitStrikethrough(content)
        case .superscript(let content): return visitSuperscript(content)
        case .subscript(let content): return visitSubscript(content)
        case .code(let code): return visitInlineCode(code)
        case .link(let link): return visitLink(link)
        case .image(let image): return visitImage(image)
        case .lineBreak: return visitLineBreak()
        case .softBreak: return visitSoftBreak()
        case .rawHTML(let html): return visitInlineHTML(html)
        }
    }

    /// Default: `defaultVisit(block)`.
    public mutating func visitHeading(_ heading: Heading, block: Block) -> BlockResult { defaultVisit(block) }
    /// Default: `defaultVisit(block)`.
    public mutating func visitParagraph(_ content: [Inline], block: Block) -> BlockResult { defaultVisit(block) }
    /// Default: `defaultVisit(block)`.
    public mutating func visitList(_ list: ListBlock, block: Block) -> BlockResult { defaultVisit(block) }
    /// Default: `defaultVisit(block)`.
    public mutating func visitBlockQuote(_ blocks: [Block], block: Block) -> BlockResult { defaultVisit(block) }
    /// Default: `defaultVisit(block)`.
    public mutating func visitCodeBlock(_ code: CodeBlock, block: Block) -> BlockResult { defaultVisit(block) }
    /// Default: `defaultVisit(block)`.
    public mutating func visitThematicBreak(_ block: Block) -> BlockResult { defaultVisit(block) }
    /// Default: `defaultVisit(block)`.
    public mutating func visitTable(_ table: Table, block: Block) -> BlockResult { defaultVisit(block) }
    /// Default: `defaultVisit(block)`.
    public mutating func visitFigure(_ figure: Figure, block: Block) -> BlockResult { defaultVisit(block) }
    /// Default: `defaultVisit(block)`.
    public mutating func visitHTMLBlock(_ html: String, block: Block) -> BlockResult { defaultVisit(block) }
    /// Default: `defaultVisit(block)`.
    public mutating func visitDefinitionList(_ items: [DefinitionItem], block: Block) -> BlockResult { defaultVisit(block) }
    /// Default: `defaultVisit(block)`.
    public mutating func visitSection(_ section: Section, block: Block) -> BlockResult { defaultVisit(block) }

    /// Default: `defaultVisit(.text(text))`.
    public mutating func visitText(_ text: String) -> InlineResult { defaultVisit(Inline.text(text)) }
    /// Default: `defaultVisit(.emphasis(content))`.
    public mutating func visitEmphasis(_ content: [Inline]) -> InlineResult { defaultVisit(Inline.emphasis(content)) }
    /// Default: `defaultVisit(.strong(content))`.
    public mutating func visitStrong(_ content: [Inline]) -> InlineResult { defaultVisit(Inline.strong(content)) }
    /// Default: `defaultVisit(.strikethrough(content))`.
    public mutating func visitStrikethrough(_ content: [Inline]) -> InlineResult { defaultVisit(Inline.strikethrough(content)) }
    /// Default: `defaultVisit(.superscript(content))`.
    public mutating func visitSuperscript(_ content: [Inline]) -> InlineResult { defaultVisit(Inline.superscript(content)) }
    /// Default: `defaultVisit(.subscript(content))`.
    public mutating func visitSubscript(_ content: [Inline]) -> InlineResult { defaultVisit(Inline.subscript(content)) }
    /// Default: `defaultVisit(.code(code))`.
    public mutating func visitInlineCode(_ code: String) -> InlineResult { defaultVisit(Inline.code(code)) }
    /// Default: `defaultVisit(.link(link))`.
    public mutating func visitLink(_ link: Link) -> InlineResult { defaultVisit(Inline.link(link)) }
    /// Default: `defaultVisit(.image(image))`.
    public mutating func visitImage(_ image: Image) -> InlineResult { defaultVisit(Inline.image(image)) }
    /// Default: `defaultVisit(.lineBreak)`.
    public mutating func visitLineBreak() -> InlineResult { defaultVisit(Inline.lineBreak) }
    /// Default: `defaultVisit(.softBreak)`.
    public mutating func visitSoftBreak() -> InlineResult { defaultVisit(Inline.softBreak) }
    /// Default: `defaultVisit(.rawHTML(html))`.
    public mutating func visitInlineHTML(_ html: String) -> InlineResult { defaultVisit(Inline.rawHTML(html)) }
}
