// Drops script-running link and image URLs from Markdown input, recording each removal.
import GalleyModel
import GalleySupport

/// Replaces links whose URL `SafeURL` refuses by their text, and such images by their alt text.
struct UnsafeLinkFilter {
    /// What was removed, for `Document.removals`.
    private(set) var removals: [Removal] = []

    /// The blocks with unsafe links and images replaced.
    mutating func filter(_ blocks: [Block]) -> [Block] {
        blocks.map { block in
            var copy = block
            switch block.kind {
            case .paragraph(let inlines): copy.kind = .paragraph(filter(inlines, span: block.span))
            case .heading(var heading):
                heading.content = filter(heading.content, span: block.span)
                copy.kind = .heading(heading)
            case .blockQuote(let children): copy.kind = .blockQuote(filter(children))
            case .list(var list):
                list.items = list.items.map { filter($0) }
                copy.kind = .list(list)
            default: break
            }
            return copy
        }
    }

    private mutating func filter(_ inlines: [Inline], span: SourceSpan?) -> [Inline] {
        guard inlines.contains(where: Self.mayHoldLinks) else { return inlines }
        var merged: [Inline] = []
        var pending = ""  // adjacent texts gathered once (pairwise merging would be quadratic)
        for inline in replaced(inlines, span: span) {
            if case .text(let s) = inline {
                pending += s
                continue
            }
            if !pending.isEmpty { merged.append(.text(pending)); pending = "" }
            merged.append(inline)
        }
        if !pending.isEmpty { merged.append(.text(pending)) }
        return merged
    }

    private static func mayHoldLinks(_ inline: Inline) -> Bool {
        switch inline {
        case .link, .image, .emphasis, .strong: return true
        default: return false
        }
    }

    private mutating func replaced(_ inlines: [Inline], span: SourceSpan?) -> [Inline] {
        inlines.flatMap { inline -> [Inline] in
            switch inline {
            case .link(var link):
                link.content = filter(link.content, span: span)
                guard SafeURL.isSafe(link.url) else {
                    removals.append(Removal(stage: "read", reason: "unsafe link URL", text: link.url, span: span))
                    return link.content
                }
                return [.link(link)]
            case .image(let image):
                guard SafeURL.isSafe(image.source, forImage: true) else {
                    removals.append(Removal(stage: "read", reason: "unsafe image URL", text: image.source, span: span))
                    return image.alt
                }
                return [inline]
            case .emphasis(let c): return [.emphasis(filter(c, span: span))]
            case .strong(let c): return [.strong(filter(c, span: span))]
            default: return [inline]
            }
        }
    }
}
