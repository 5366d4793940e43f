// Turns inlines into Markdown syntax plus literal text (escaping is decided afterwards).
import Foundation
import GalleyModel
import GalleySupport

/// Renders `[Inline]` as inline Markdown.
struct MarkdownInlineRenderer {
    /// Where the inlines go: line breaks and pipes are written differently in each place.
    package enum Context { case paragraph, atxHeading, tableCell }

    /// The place being rendered.
    var context: Context
    /// Which emphasis and strong nodes are written as `<em>`/`<strong>`.
    var emphasis = EmphasisChoice()

    /// The rendered markup, without leading or trailing line breaks.
    func render(_ inlines: [Inline]) -> InlineMarkup {
        var out = InlineMarkup()
        render(Self.trimmingBreaks(inlines), into: &out, inBrackets: false)
        return out
    }

    /// Inlines without the line breaks CommonMark cannot express: soft breaks at the start, any
    /// break at the end (a hard break can open a paragraph: a line holding only `\`).
    static func trimmingBreaks(_ inlines: [Inline]) -> [Inline] {
        var result = inlines
        while let first = result.first, first == .softBreak { result.removeFirst() }
        while let last = result.last, last == .lineBreak || last == .softBreak { result.removeLast() }
        return result
    }

    private func render(_ inlines: [Inline], into out: inout InlineMarkup, inBrackets: Bool) {
        for inline in inlines { render(inline, into: &out, inBrackets: inBrackets) }
    }

    private func render(_ inline: Inline, into out: inout InlineMarkup, inBrackets: Bool) {
        switch inline {
        case .text(let s):
            // Newlines stay text: the escaper keeps a single one as a line break and writes
            // the others (blank lines, ends) as `&#10;`.
            let text = s.replacingLineEndings()
            out.text(context == .tableCell ? text.replacingOccurrences(of: "\n", with: " ") : text, inBrackets: inBrackets)
        case .emphasis(let content):
            let underscore = Self.nestsEmphasis(content) || Self.followsDelimiter(out)
            wrap(content, markdown: underscore ? "_" : "*", html: "em", into: &out, inBrackets: inBrackets)
        case .strong(let content):
            let underscore = Self.nestsEmphasis(content) || Self.followsDelimiter(out)
            wrap(content, markdown: underscore ? "__" : "**", html: "strong", into: &out, inBrackets: inBrackets)
        case .strikethrough(let content): wrapHTML(content, tag: "del", into: &out, inBrackets: inBrackets)
        case .superscript(let content): wrapHTML(content, tag: "sup", into: &out, inBrackets: inBrackets)
        case .subscript(let content): wrapHTML(content, tag: "sub", into: &out, inBrackets: inBrackets)
        case .code(let code):
            if let last = out.chars.last, last.scalar == "`", !last.isText {
                // Two code spans in a row would fuse their backtick fences.
                out.markup("<code>")
                out.text(code.replacingLineEndings().replacingOccurrences(of: "\n", with: " "), inBrackets: inBrackets)
                out.markup("</code>")
            } else {
                out.markup(MarkdownSyntax.codeSpan(code))
            }
        case .link(let link):
            if let autolink = MarkdownSyntax.autolink(link) {
                out.markup(autolink)
            } else {
                out.markup("[")
                render(link.content, into: &out, inBrackets: true)
                out.markup("](" + MarkdownSyntax.destination(link.url, title: link.title) + ")")
            }
        case .image(let image):
            out.markup("![")
            render(image.alt, into: &out, inBrackets: true)
            out.markup("](" + MarkdownSyntax.destination(image.source, title: image.title) + ")")
        case .lineBreak: renderBreak(hard: true, into: &out)
        case .softBreak: renderBreak(hard: false, into: &out)
        case .rawHTML(let html):
            out.markup(context == .paragraph ? html : html.replacingLineEndings().replacingOccurrences(of: "\n", with: " "))
        }
    }

    private func renderBreak(hard: Bool, into out: inout InlineMarkup) {
        switch context {
        case .paragraph:
            // A second newline in a row would end the paragraph: write it as a character reference.
            let afterNewline = out.chars.last?.scalar == "\n"
            out.markup(hard ? "\\\n" : afterNewline ? "&#10;" : "\n")
        case .atxHeading: out.markup(" ")
        case .tableCell: out.markup(hard ? "<br>" : " ")
        }
    }

    private func wrap(_ content: [Inline], markdown: String, html: String, into out: inout InlineMarkup, inBrackets: Bool) {
        let id = out.emphasisCount
        out.emphasisCount += 1
        if emphasis.isHTML(id) { return wrapHTML(content, tag: html, into: &out, inBrackets: inBrackets) }
        if content.isEmpty { return }
        let openStart = out.chars.count
        out.markup(markdown)
        let openEnd = out.chars.count
        render(content, into: &out, inBrackets: inBrackets)
        let closeStart = out.chars.count
        out.markup(markdown)
        out.delimiters.append(DelimiterSpan(id: id, open: openStart..<openEnd, close: closeStart..<out.chars.count))
    }

    private func wrapHTML(_ content: [Inline], tag: String, into out: inout InlineMarkup, inBrackets: Bool) {
        out.markup("<\(tag)>")
        render(content, into: &out, inBrackets: inBrackets)
        out.markup("</\(tag)>")
    }

    /// True right after a `*` delimiter: `*a**b*` would fuse the two, `*a*_b_` does not.
    private static func followsDelimiter(_ out: InlineMarkup) -> Bool {
        guard let last = out.chars.last else { return false }
        return last.scalar == "*" && !last.isText
    }

    /// True when the content starts or ends with emphasis, so the delimiter must differ from `*`.
    private static func nestsEmphasis(_ content: [Inline]) -> Bool {
        func isEmphasis(_ inline: Inline?) -> Bool {
            switch inline {
            case .emphasis?, .strong?: return true
            default: return false
            }
        }
        return isEmphasis(content.first) || isEmphasis(content.last)
    }
}
