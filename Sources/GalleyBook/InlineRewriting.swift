// Rewrites every inline of a block tree (links, images) bottom-up; used to adapt inputs to a book.
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

extension Array where Element == Inline {
    /// The inlines with `transform` applied to every node, children first.
    func rewritingInlines(_ transform: (Inline) -> [Inline]) -> [Inline] {
        flatMap { node -> [Inline] in
            let inner: Inline
            switch node {
            case .emphasis(let c): inner = .emphasis(c.rewritingInlines(transform))
            case .strong(let c): inner = .strong(c.rewritingInlines(transform))
            case .strikethrough(let c): inner = .strikethrough(c.rewritingInlines(transform))
            case .superscript(let c): inner = .superscript(c.rewritingInlines(transform))
            case .subscript(let c): inner = .subscript(c.rewritingInlines(transform))
            case .link(var link):
                link.content = link.content.rewritingInlines(transform)
                inner = .link(link)
            default: inner = node
            }
            return transform(inner)
        }
    }
}

extension Block {
    /// The block with every inline run (headings, paragraphs, cells, captions, terms) rewritten,
    /// in this block and every block nested in it.
    func rewritingInlines(_ transform: (Inline) -> [Inline]) -> Block {
        var copy = mappingChildSequences { $0.map { $0.rewritingInlines(transform) } }
        func cells(_ row: [TableCell]) -> [TableCell] {
            row.map { TableCell(content: $0.content.rewritingInlines(transform), colspan: $0.colspan, rowspan: $0.rowspan) }
        }
        switch copy.kind {
        case .heading(var h):
            h.content = h.content.rewritingInlines(transform)
            copy.kind = .heading(h)
        case .paragraph(let inlines):
            copy.kind = .paragraph(inlines.rewritingInlines(transform))
        case .section(var s):
            s.heading.content = s.heading.content.rewritingInlines(transform)
            copy.kind = .section(s)
        case .table(var t):
            t.header = t.header.map(cells)
            t.rows = t.rows.map(cells)
            t.caption = t.caption?.rewritingInlines(transform)
            copy.kind = .table(t)
        case .figure(var f):
            f.caption = f.caption?.rewritingInlines(transform)
            copy.kind = .figure(f)
        case .definitionList(let items):
            copy.kind = .definitionList(items.map { DefinitionItem(term: $0.term.rewritingInlines(transform), definitions: $0.definitions) })
        default: break
        }
        return copy
    }
}

extension Array where Element == Block {
    /// Every block (at any depth) passed through `transform`, which may replace it by several.
    func rewritingBlocks(_ transform: (Block) -> [Block]) -> [Block] {
        rewritingSequences { $0.flatMap(transform) }
    }
}

extension Array where Element == Inline {
    /// The inlines with every link inside them replaced by its content (links may not nest).
    var unwrappingLinks: [Inline] {
        rewritingInlines { node in
            if case .link(let link) = node { return link.content }
            return [node]
        }
    }
}
