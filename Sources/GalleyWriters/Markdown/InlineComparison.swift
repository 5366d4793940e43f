// A canonical form of inlines, for checking that written Markdown reads back the same.
import Foundation
import GalleyModel
import GalleySupport

/// Normalizes inlines so that equal meaning compares equal.
enum InlineComparison {
    /// Texts merged, newlines as soft breaks, empty pieces dropped; markup Markdown cannot
    /// express turned into the raw HTML tags the writer uses for it.
    static func normalized(_ inlines: [Inline], htmlEmphasis: Bool, breaks: Bool) -> [Inline] {
        var counter = 0
        return normalized(inlines, choice: EmphasisChoice(allHTML: htmlEmphasis), breaks: breaks, counter: &counter)
    }

    /// The same, with the emphasis nodes `choice` writes as HTML turned into raw tags.
    static func normalized(_ inlines: [Inline], choice: EmphasisChoice, breaks: Bool) -> [Inline] {
        var counter = 0
        return normalized(inlines, choice: choice, breaks: breaks, counter: &counter)
    }

    private static func normalized(_ inlines: [Inline], choice: EmphasisChoice, breaks: Bool, counter: inout Int) -> [Inline] {
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
        func wrap(_ tag: String, _ content: [Inline], counter: inout Int) {
            add(.rawHTML("<\(tag)>"))
            for inline in normalized(content, choice: choice, breaks: breaks, counter: &counter) { add(inline) }
            add(.rawHTML("</\(tag)>"))
        }
        for inline in inlines {
            switch inline {
            case .text(let s):
                add(.text(s.replacingLineEndings()))
            case .code(let s):
                let code = s.replacingLineEndings().replacingOccurrences(of: "\n", with: " ")
                if case .code? = out.last, pending.isEmpty, !code.isEmpty {
                    add(.rawHTML("<code>")); add(.text(code)); add(.rawHTML("</code>"))
                } else {
                    add(code.isEmpty ? .rawHTML("<code></code>") : .code(code))
                }
            case .emphasis(let c), .strong(let c):
                let id = counter
                counter += 1
                let isEmphasis = { if case .emphasis = inline { return true } else { return false } }()
                if choice.isHTML(id) {
                    wrap(isEmphasis ? "em" : "strong", c, counter: &counter)
                } else {
                    let content = normalized(c, choice: choice, breaks: breaks, counter: &counter)
                    if !c.isEmpty { add(isEmphasis ? .emphasis(content) : .strong(content)) }
                }
            case .strikethrough(let c): wrap("del", c, counter: &counter)
            case .superscript(let c): wrap("sup", c, counter: &counter)
            case .subscript(let c): wrap("sub", c, counter: &counter)
            case .link(var link):
                link.content = normalized(link.content, choice: choice, breaks: breaks, counter: &counter)
                link.url = MarkdownSyntax.edgeSpacesEncoded(link.url)
                if MarkdownSyntax.autolink(link) != nil { link.content = [.text(link.url.hasPrefix("mailto:") ? String(link.url.dropFirst(7)) : link.url)] }
                add(.link(link))
            case .image(var image):
                image.alt = normalized(image.alt, choice: choice, breaks: breaks, counter: &counter)
                image.source = MarkdownSyntax.edgeSpacesEncoded(image.source)
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
