// A canonical form of inlines, for checking that written Markdown reads back the same.
import Foundation

/// Normalizes inlines so that equal meaning compares equal.
enum InlineComparison {
    /// Texts merged, newlines as soft breaks, empty pieces dropped; markup Markdown cannot
    /// express turned into the raw HTML tags the writer uses for it.
    static func normalized(_ inlines: [Inline], htmlEmphasis: Bool, breaks: Bool) -> [Inline] {
        var out: [Inline] = []
        // Runs of text (and of raw HTML) are gathered in a buffer and merged once: merging them
        // pairwise would be quadratic in the number of pieces.
        var pending = ""
        var pendingIsHTML = false
        func flush() {
            guard !pending.isEmpty else { return }
            out.append(pendingIsHTML ? .rawHTML(pending) : .text(pending))
            pending = ""
        }
        func add(_ inline: Inline) {
            switch inline {
            case .text(let s):
                if s.isEmpty { return }
                if pendingIsHTML { flush(); pendingIsHTML = false }
                pending += s
            case .rawHTML(let s):
                if !pendingIsHTML { flush(); pendingIsHTML = true }
                pending += s
            default:
                flush()
                out.append(inline)
            }
        }
        func wrap(_ tag: String, _ content: [Inline]) {
            add(.rawHTML("<\(tag)>"))
            for inline in normalized(content, htmlEmphasis: htmlEmphasis, breaks: breaks) { add(inline) }
            add(.rawHTML("</\(tag)>"))
        }
        for inline in inlines {
            switch inline {
            case .text(let s):
                add(.text(s.replacingLineEndings()))
            case .code(let s):
                let code = s.replacingLineEndings().replacingOccurrences(of: "\n", with: " ")
                add(code.isEmpty ? .rawHTML("<code></code>") : .code(code))
            case .emphasis(let c):
                if htmlEmphasis { wrap("em", c) } else if !c.isEmpty { add(.emphasis(normalized(c, htmlEmphasis: false, breaks: breaks))) }
            case .strong(let c):
                if htmlEmphasis { wrap("strong", c) } else if !c.isEmpty { add(.strong(normalized(c, htmlEmphasis: false, breaks: breaks))) }
            case .strikethrough(let c): wrap("del", c)
            case .superscript(let c): wrap("sup", c)
            case .subscript(let c): wrap("sub", c)
            case .link(var link):
                link.content = normalized(link.content, htmlEmphasis: htmlEmphasis, breaks: breaks)
                add(.link(link))
            case .image(var image):
                image.alt = normalized(image.alt, htmlEmphasis: htmlEmphasis, breaks: breaks)
                add(.image(image))
            case .softBreak:
                add(.text(breaks ? "\n" : " "))
            case .lineBreak:
                add(breaks ? inline : .text(" "))
            case .rawHTML(let html):
                add(.rawHTML(breaks ? html : html.replacingLineEndings().replacingOccurrences(of: "\n", with: " ")))
            }
        }
        flush()
        return out
    }
}
