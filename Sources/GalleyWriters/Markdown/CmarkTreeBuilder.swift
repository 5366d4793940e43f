// Builds a cmark node tree from Galley blocks and renders it with cmark's CommonMark renderer.
import CCmark
import Glibc
import GalleyModel
import GalleySupport

/// Builds cmark trees. Block containers, quote prefixes and blank lines are cmark's; inline
/// text, lists, code and tables are written as custom nodes whose text cmark emits literally
/// (see `MarkdownBlockSyntax` for why).
enum CmarkTreeBuilder {
    /// CommonMark for a sequence of blocks (sections must already be flattened).
    static func render(_ blocks: [Block]) -> String {
        guard let document = cmark_node_new(CMARK_NODE_DOCUMENT) else { return "" }
        defer { cmark_node_free(document) }
        append(blocks, to: document)
        var text = render(document)
        while text.hasSuffix("\n\n") { text.removeLast() }
        return text
    }

    /// Renders a tree with `cmark_render_commonmark` (no wrapping, raw HTML kept).
    static func render(_ root: OpaquePointer) -> String {
        guard let rendered = cmark_render_commonmark(root, CMARK_OPT_UNSAFE, 0) else { return "" }
        defer { galley_cmark_free_string(rendered) }
        return String(cString: rendered)
    }

    /// Appends the cmark nodes for `blocks` to a container node.
    static func append(_ blocks: [Block], to parent: OpaquePointer) {
        var previousList: MarkdownListMarker?
        for block in blocks {
            var listMarker: MarkdownListMarker?
            switch block.kind {
            case .paragraph(let inlines):
                let trimmed = MarkdownInlineRenderer.trimmingBreaks(inlines)
                if !trimmed.isEmpty { appendParagraph(MarkdownInlineWriter.paragraph(trimmed), to: parent) }
            case .heading(let heading):
                appendHeading(heading, to: parent)
            case .blockQuote(let children):
                guard let node = cmark_node_new(CMARK_NODE_BLOCK_QUOTE) else { continue }
                append(children, to: node)
                cmark_node_append_child(parent, node)
            case .list(let list):
                let marker = MarkdownListMarker(list, avoiding: previousList)
                appendLiteral(MarkdownListWriter.render(list, marker: marker), to: parent)
                listMarker = marker
            case .codeBlock(let code):
                appendLiteral(MarkdownBlockSyntax.fencedCode(code), to: parent)
            case .thematicBreak:
                appendLiteral("***", to: parent)
            case .rawHTML(let html):
                var text = html.replacingLineEndings()
                while text.hasSuffix("\n") { text.removeLast() }
                if previousList != nil, text.hasPrefix("  ") {
                    // Indentation of two or more would pull the block into the list before it.
                    while text.hasPrefix(" ") { text.removeFirst() }
                }
                if !text.isEmpty { appendLiteral(text, to: parent) }
            case .table(let table):
                appendLiteral(MarkdownTableWriter.render(table), to: parent)
            case .figure(let figure):
                appendParagraph(MarkdownInlineWriter.paragraph([.image(figure.image)]), to: parent)
                if let caption = figure.caption, !caption.isEmpty, caption.plainText != figure.image.alt.plainText {
                    appendParagraph(MarkdownInlineWriter.paragraph([.emphasis(caption)]), to: parent)
                }
            case .definitionList(let items):
                for item in items {
                    appendParagraph(MarkdownInlineWriter.paragraph([.strong(item.term)]), to: parent)
                    for definition in item.definitions { append(definition, to: parent) }
                }
            case .section(let section):
                append([Block(.heading(section.heading))] + section.blocks, to: parent)
            }
            previousList = listMarker
        }
    }

    private static func appendHeading(_ heading: Heading, to parent: OpaquePointer) {
        let level = min(6, max(1, heading.level))
        let content = MarkdownInlineRenderer.trimmingBreaks(heading.content)
        let hasBreaks = Self.containsBreak(content)
        if hasBreaks && level <= 2 {
            // A heading over several lines is only possible in setext form.
            appendLiteral(MarkdownInlineWriter.paragraph(content) + "\n" + (level == 1 ? "===" : "---"), to: parent)
            return
        }
        guard let node = cmark_node_new(CMARK_NODE_HEADING) else { return }
        cmark_node_set_heading_level(node, Int32(level))
        appendInlineLiteral(MarkdownInlineWriter.atxHeading(content), to: node)
        cmark_node_append_child(parent, node)
    }

    /// True when some inline, at any depth, breaks the line.
    static func containsBreak(_ inlines: [Inline]) -> Bool {
        inlines.contains { inline in
            switch inline {
            case .lineBreak, .softBreak: return true
            case .text(let s): return s.contains("\n") || s.contains("\r")
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .superscript(let c), .subscript(let c): return containsBreak(c)
            case .link(let link): return containsBreak(link.content)
            case .image(let image): return containsBreak(image.alt)
            case .code, .rawHTML: return false
            }
        }
    }

    private static func appendParagraph(_ markdown: String, to parent: OpaquePointer) {
        guard !markdown.isEmpty, let node = cmark_node_new(CMARK_NODE_PARAGRAPH) else { return }
        appendInlineLiteral(markdown, to: node)
        cmark_node_append_child(parent, node)
    }

    private static func appendInlineLiteral(_ markdown: String, to parent: OpaquePointer) {
        guard !markdown.isEmpty, let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return }
        cmark_node_set_on_enter(node, markdown)
        cmark_node_append_child(parent, node)
    }

    /// A block whose text cmark writes as is, with the container's line prefixes. It is a
    /// paragraph holding one custom inline: cmark writes a custom *block* after a blank line
    /// even as the first child of a quote (`> ` then an empty line), which changes the quote.
    static func appendLiteral(_ markdown: String, to parent: OpaquePointer) {
        appendParagraph(markdown, to: parent)
    }
}
