// A rewriter: returns a new tree, each method may replace, split or drop a node (swift-markdown's MarkupRewriter).

/// A visitor that builds a new tree: visiting a block returns the blocks that replace it, visiting
/// an inline returns the inlines that replace it (`[]` drops the node, several split it).
///
/// By default every node is kept and its children are rewritten. Override the kinds you change;
/// call `rebuildingChildren(of:)` from an override to rewrite below that node too. Start with
/// `rewrite(_:)`. Removing content on purpose? Record it in the document's `removals`.
///
/// Containers whose fixed parts are rewritten to something else: a section whose heading is
/// dropped or replaced by non-headings dissolves into the replacement followed by its blocks;
/// a figure whose image is dropped becomes its caption as a paragraph (nothing if none), and one
/// whose image becomes other inlines becomes a paragraph of them followed by the caption.
public protocol BlockRewriter: BlockVisitor where BlockResult == [Block], InlineResult == [Inline] {}

extension BlockRewriter {
    /// The block with its children rewritten.
    public mutating func defaultVisit(_ block: Block) -> [Block] { rebuildingChildren(of: block) }
    /// The inline with its children rewritten.
    public mutating func defaultVisit(_ inline: Inline) -> [Inline] { [rebuildingChildren(of: inline)] }

    /// The document with its blocks rewritten (metadata, removals and warnings unchanged).
    public mutating func rewrite(_ document: Document) -> Document {
        var copy = document
        copy.blocks = rewrite(document.blocks)
        return copy
    }

    /// The blocks each replaced by what visiting it returns.
    public mutating func rewrite(_ blocks: [Block]) -> [Block] {
        var out: [Block] = []
        for block in blocks { out += visit(block) }
        return out
    }

    /// The inlines each replaced by what visiting it returns.
    public mutating func rewrite(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        for inline in inlines { out += visit(inline) }
        return out
    }

    /// `block` with its children (blocks and inlines) rewritten: usually one block, several or
    /// none only for a section or figure whose heading or image was rewritten away.
    public mutating func rebuildingChildren(of block: Block) -> [Block] {
        var copy = block
        switch block.kind {
        case .heading(var heading):
            heading.content = rewrite(heading.content)
            copy.kind = .heading(heading)
        case .paragraph(let content): copy.kind = .paragraph(rewrite(content))
        case .list(var list):
            var items: [[Block]] = []
            for item in list.items { items.append(rewrite(item)) }
            list.items = items
            copy.kind = .list(list)
        case .blockQuote(let blocks): copy.kind = .blockQuote(rewrite(blocks))
        case .codeBlock, .thematicBreak, .rawHTML: break
        case .table(var table):
            table.caption = table.caption.map { rewrite($0) }
            table.header = table.header.map { rewrite($0) }
            var rows: [[TableCell]] = []
            for row in table.rows { rows.append(rewrite(row)) }
            table.rows = rows
            copy.kind = .table(table)
        case .figure(let figure): return rebuildingFigure(figure, block: block)
        case .definitionList(let items):
            var rewritten: [DefinitionItem] = []
            for item in items {
                var definitions: [[Block]] = []
                for definition in item.definitions { definitions.append(rewrite(definition)) }
                rewritten.append(DefinitionItem(term: rewrite(item.term), definitions: definitions))
            }
            copy.kind = .definitionList(rewritten)
        case .section(let section): return rebuildingSection(section, block: block)
        }
        return [copy]
    }

    /// `inline` with its children (content, link text, alt text) rewritten.
    public mutating func rebuildingChildren(of inline: Inline) -> Inline {
        switch inline {
        case .emphasis(let c): return .emphasis(rewrite(c))
        case .strong(let c): return .strong(rewrite(c))
        case .strikethrough(let c): return .strikethrough(rewrite(c))
        case .superscript(let c): return .superscript(rewrite(c))
        case .subscript(let c): return .subscript(rewrite(c))
        case .link(var link):
            link.content = rewrite(link.content)
            return .link(link)
        case .image(var image):
            image.alt = rewrite(image.alt)
            return .image(image)
        case .text, .code, .lineBreak, .softBreak, .rawHTML: return inline
        }
    }

    private mutating func rewrite(_ cells: [TableCell]) -> [TableCell] {
        var out: [TableCell] = []
        for var cell in cells {
            cell.content = rewrite(cell.content)
            out.append(cell)
        }
        return out
    }

    private mutating func rebuildingSection(_ section: Section, block: Block) -> [Block] {
        let heading = visit(Block(.heading(section.heading), span: section.headingSpan))
        let blocks = rewrite(section.blocks)
        guard heading.count == 1, case .heading(let newHeading) = heading[0].kind else { return heading + blocks }
        var copy = block
        copy.kind = .section(Section(heading: newHeading, blocks: blocks, headingSpan: heading[0].span))
        return [copy]
    }

    private mutating func rebuildingFigure(_ figure: Figure, block: Block) -> [Block] {
        let image = visit(Inline.image(figure.image))
        let caption = figure.caption.map { rewrite($0) }
        if image.count == 1, case .image(let newImage) = image[0] {
            var copy = block
            copy.kind = .figure(Figure(image: newImage, caption: caption))
            return [copy]
        }
        let captionBlock = (caption ?? []).isEmpty ? [] : [Block(.paragraph(caption ?? []), span: block.span)]
        return image.isEmpty ? captionBlock : [Block(.paragraph(image), span: block.span)] + captionBlock
    }
}
