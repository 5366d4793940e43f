// How cmark reads back inline Markdown the writer wrote: the test that picks the escaping.
import CCmark
import GalleyModel
import GalleySupport

/// Parses one paragraph or ATX heading with cmark, through the shared cmark bridge (not the
/// Markdown reader), and returns its inlines; nil when the text is not exactly one such block.
/// The inline writer tries its escapings lightest first and keeps the first one cmark reads
/// back as the intended inlines.
enum MarkdownReadBack {
    /// The inlines of `text` read as a paragraph.
    static func paragraph(_ text: String) -> [Inline]? {
        CmarkDocument.withParsed(text) { root in
            onlyBlock(of: root, type: CMARK_NODE_PARAGRAPH).map { CmarkInlineConverter.inlines(of: $0) }
        }
    }

    /// The inlines of `text` read as the content of an ATX heading (`# text`).
    static func atxHeading(_ text: String) -> [Inline]? {
        CmarkDocument.withParsed("# " + text) { root in
            onlyBlock(of: root, type: CMARK_NODE_HEADING).map { CmarkInlineConverter.inlines(of: $0) }
        }
    }

    /// The document's single block when it has exactly one, of the given type.
    private static func onlyBlock(of root: OpaquePointer, type: cmark_node_type) -> OpaquePointer? {
        let blocks = CmarkDocument.children(root)
        guard blocks.count == 1, cmark_node_get_type(blocks[0]) == type else { return nil }
        return blocks[0]
    }
}
