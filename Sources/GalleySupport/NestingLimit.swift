// Caps how deeply blocks and inlines nest, so no recursive walker can exhaust the stack.
import GalleyModel

/// Guards every later stage against pathological nesting (5,000 nested quotes or lists, say).
/// Containers deeper than `maxBlockDepth` are flattened into their leaf blocks in reading order,
/// and inline markup deeper than `maxInlineDepth` into its plain text; no text is dropped, and
/// the document gets a warning. The flattening itself uses explicit stacks, not recursion.
package enum NestingLimit {
    /// Deepest block nesting kept (quotes, lists, definitions).
    package static let maxBlockDepth = 24
    /// Deepest inline nesting kept (emphasis, links …).
    static let maxInlineDepth = 24

    /// The document with its nesting capped (unchanged when already within the limits).
    package static func apply(to document: Document) -> Document {
        var flattened = false
        var document = document
        document.blocks = cap(document.blocks, depth: 0, flattened: &flattened)
        if flattened {
            document.warnings.append("nesting deeper than \(maxBlockDepth) levels was flattened (text kept)")
        }
        return document
    }

    private static func cap(_ blocks: [Block], depth: Int, flattened: inout Bool) -> [Block] {
        blocks.flatMap { block -> [Block] in
            if block.childSequences.isEmpty { return [capInlines(block, flattened: &flattened)] }
            if depth >= maxBlockDepth {
                flattened = true
                return leaves(of: block).map { capInlines($0, flattened: &flattened) }
            }
            var local = false
            let mapped = block.mappingChildSequences { cap($0, depth: depth + 1, flattened: &local) }
            if local { flattened = true }
            return [mapped]
        }
    }

    /// The non-container blocks under `block`, in reading order (iterative).
    private static func leaves(of block: Block) -> [Block] {
        var out: [Block] = []
        var stack: [Block] = [block]
        while let next = stack.popLast() {
            let children = next.childSequences.flatMap { $0 }
            if children.isEmpty {
                if next.childSequences.isEmpty { out.append(next) }
            } else {
                stack.append(contentsOf: children.reversed())
            }
        }
        return out
    }

    private static func capInlines(_ block: Block, flattened: inout Bool) -> Block {
        var copy = block
        switch block.kind {
        case .paragraph(let inlines):
            copy.kind = .paragraph(capInlines(inlines, depth: 0, flattened: &flattened))
        case .heading(var heading):
            heading.content = capInlines(heading.content, depth: 0, flattened: &flattened)
            copy.kind = .heading(heading)
        default:
            break
        }
        return copy
    }

    private static func capInlines(_ inlines: [Inline], depth: Int, flattened: inout Bool) -> [Inline] {
        inlines.map { inline -> Inline in
            if depth >= maxInlineDepth {
                if case .text = inline { return inline }
                flattened = true
                return .text(plainText(inline))
            }
            switch inline {
            case .emphasis(let c): return .emphasis(capInlines(c, depth: depth + 1, flattened: &flattened))
            case .strong(let c): return .strong(capInlines(c, depth: depth + 1, flattened: &flattened))
            case .strikethrough(let c): return .strikethrough(capInlines(c, depth: depth + 1, flattened: &flattened))
            case .superscript(let c): return .superscript(capInlines(c, depth: depth + 1, flattened: &flattened))
            case .subscript(let c): return .subscript(capInlines(c, depth: depth + 1, flattened: &flattened))
            case .link(var link):
                link.content = capInlines(link.content, depth: depth + 1, flattened: &flattened)
                return .link(link)
            case .image(var image):
                image.alt = capInlines(image.alt, depth: depth + 1, flattened: &flattened)
                return .image(image)
            default: return inline
            }
        }
    }

    /// Plain text of an inline, computed with an explicit stack.
    private static func plainText(_ inline: Inline) -> String {
        var out = ""
        var stack: [Inline] = [inline]
        while let next = stack.popLast() {
            switch next {
            case .text(let s), .code(let s): out += s
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .superscript(let c), .subscript(let c):
                stack.append(contentsOf: c.reversed())
            case .link(let link): stack.append(contentsOf: link.content.reversed())
            case .image(let image): stack.append(contentsOf: image.alt.reversed())
            case .lineBreak, .softBreak: out += " "
            case .rawHTML: break
            }
        }
        return out
    }
}
