// A walker: visits every block and inline in document order (swift-markdown's MarkupWalker).

/// A visitor that returns nothing and, by default, descends into every child: each block and
/// inline is visited in document order, containers before their children.
///
/// Override the methods for the kinds you care about; call `descendInto(_:)` from an override
/// to keep walking below that node. Start with `walk(_:)`.
///
/// The order of children: a section's heading (as a `.heading` block) then its blocks; a table's
/// caption, header cells, then row cells; a figure's image (as an inline `.image`) then caption;
/// a definition item's term then its definitions; a link's content; an image's alt text.
public protocol BlockWalker: BlockVisitor where BlockResult == Void, InlineResult == Void {}

extension BlockWalker {
    /// Visits the block's children.
    public mutating func defaultVisit(_ block: Block) { descendInto(block) }
    /// Visits the inline's children.
    public mutating func defaultVisit(_ inline: Inline) { descendInto(inline) }

    /// Visits every block of the document in order.
    public mutating func walk(_ document: Document) { walk(document.blocks) }

    /// Visits each block in order.
    public mutating func walk(_ blocks: [Block]) {
        for block in blocks { visit(block) }
    }

    /// Visits each inline in order.
    public mutating func walk(_ inlines: [Inline]) {
        for inline in inlines { visit(inline) }
    }

    /// Visits the children of `block` (blocks and inlines), in document order.
    public mutating func descendInto(_ block: Block) {
        switch block.kind {
        case .heading(let heading): walk(heading.content)
        case .paragraph(let content): walk(content)
        case .list(let list): for item in list.items { walk(item) }
        case .blockQuote(let blocks): walk(blocks)
        case .codeBlock, .thematicBreak, .rawHTML: break
        case .table(let table):
            walk(table.caption ?? [])
            for cell in table.header ?? [] { walk(cell.content) }
            for row in table.rows { for cell in row { walk(cell.content) } }
        case .figure(let figure):
            visit(Inline.image(figure.image))
            walk(figure.caption ?? [])
        case .definitionList(let items):
            for item in items {
                walk(item.term)
                for definition in item.definitions { walk(definition) }
            }
        case .section(let section):
            visit(Block(.heading(section.heading), span: section.headingSpan))
            walk(section.blocks)
        }
    }

    /// Visits the children of `inline` (its content, a link's text, an image's alt text).
    public mutating func descendInto(_ inline: Inline) {
        switch inline {
        case .emphasis(let c), .strong(let c), .strikethrough(let c), .superscript(let c), .subscript(let c): walk(c)
        case .link(let link): walk(link.content)
        case .image(let image): walk(image.alt)
        case .text, .code, .lineBreak, .softBreak, .rawHTML: break
        }
    }
}
