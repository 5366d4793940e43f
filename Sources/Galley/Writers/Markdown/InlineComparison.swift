// A canonical form of inlines, for checking that written Markdown reads back the same.
import Foundation

/// Normalizes inlines so that equal meaning compares equal.
enum InlineComparison {
    /// Texts merged, newlines as soft breaks, empty pieces dropped; markup Markdown cannot
    /// express turned into the raw HTML tags the writer uses for it.
    static func normalized(_ inlines: [Inline], htmlEmphasis: Bool, breaks: Bool) -> [Inline] {
        var out: [Inline] = []
        func add(_ inline: Inline) {
            if case .text(let s) = inline {
                if s.isEmpty { return }
                if case .text(let previous)? = out.last { out[out.count - 1] = .text(previous + s); return }
            }
            if case .rawHTML(let s) = inline, case .rawHTML(let previous)? = out.last {
                out[out.count - 1] = .rawHTML(previous + s)
                return
            }
            out.append(inline)
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
        return out
    }
}
