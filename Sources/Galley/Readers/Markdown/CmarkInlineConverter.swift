// Copies cmark inline nodes into Galley `Inline` values (adjacent text runs merged).
import CCmark

/// Converts the inline children of a cmark node.
enum CmarkInlineConverter {
    /// The inlines under `node`.
    static func inlines(of node: OpaquePointer) -> [Inline] {
        var result: [Inline] = []
        for child in CmarkDocument.children(node) {
            if let inline = inline(child) { append(inline, to: &result) }
        }
        return result
    }

    /// Appends an inline, merging it into a preceding text run.
    static func append(_ inline: Inline, to result: inout [Inline]) {
        if case .text(let new) = inline, case .text(let old)? = result.last {
            result[result.count - 1] = .text(old + new)
        } else if case .text(let new) = inline, new.isEmpty {
            return
        } else {
            result.append(inline)
        }
    }

    private static func inline(_ node: OpaquePointer) -> Inline? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .text(CmarkDocument.literal(node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(CmarkDocument.literal(node))
        case CMARK_NODE_HTML_INLINE: return .rawHTML(CmarkDocument.literal(node))
        case CMARK_NODE_EMPH: return .emphasis(inlines(of: node))
        case CMARK_NODE_STRONG: return .strong(inlines(of: node))
        case CMARK_NODE_LINK:
            return .link(Link(url: string(cmark_node_get_url(node)), title: title(node), content: inlines(of: node)))
        case CMARK_NODE_IMAGE:
            return .image(Image(source: string(cmark_node_get_url(node)), title: title(node), alt: inlines(of: node)))
        case CMARK_NODE_CUSTOM_INLINE:
            let text = string(cmark_node_get_on_enter(node)) + string(cmark_node_get_on_exit(node))
            return text.isEmpty ? nil : .rawHTML(text)
        default: return nil
        }
    }

    private static func title(_ node: OpaquePointer) -> String? {
        let title = string(cmark_node_get_title(node))
        return title.isEmpty ? nil : title
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
