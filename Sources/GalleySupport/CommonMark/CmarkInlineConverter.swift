// Copies cmark inline nodes into Galley `Inline` values (adjacent text runs merged).
import CCmark
import GalleyModel

/// Converts the inline children of a cmark node.
package enum CmarkInlineConverter {
    /// The inlines under `node`. Past `NestingLimit.maxInlineDepth` the markup is flattened
    /// (iteratively) into its text, so absurd nesting cannot exhaust the stack.
    package static func inlines(of node: OpaquePointer, depth: Int = 0) -> [Inline] {
        guard depth <= NestingLimit.maxInlineDepth else { return [.text(flatText(under: node))] }
        var result: [Inline] = []
        var pendingText = ""
        for child in CmarkDocument.children(node) {
            guard let inline = inline(child, depth: depth) else { continue }
            // Adjacent text runs are gathered in one buffer: merging them pairwise would be quadratic.
            if case .text(let s) = inline {
                pendingText += s
                continue
            }
            if !pendingText.isEmpty { result.append(.text(pendingText)); pendingText = "" }
            append(inline, to: &result)
        }
        if !pendingText.isEmpty { result.append(.text(pendingText)) }
        return result
    }

    /// The literal text under `node`, found with an explicit stack.
    private static func flatText(under node: OpaquePointer) -> String {
        var out = ""
        var stack = CmarkDocument.children(node).reversed() as [OpaquePointer]
        while let next = stack.popLast() {
            switch cmark_node_get_type(next) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: out += CmarkDocument.literal(next)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: out += " "
            default: stack.append(contentsOf: CmarkDocument.children(next).reversed())
            }
        }
        return out
    }

    /// Appends an inline, merging it into a preceding text run.
    static func append(_ inline: Inline, to result: inout [Inline]) {
        if case .text(let new) = inline, case .text? = result.last {
            result.appendText(merging: new)
        } else if case .text(let new) = inline, new.isEmpty {
            return
        } else {
            result.append(inline)
        }
    }

    private static func inline(_ node: OpaquePointer, depth: Int) -> Inline? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .text(CmarkDocument.literal(node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(CmarkDocument.literal(node))
        case CMARK_NODE_HTML_INLINE: return .rawHTML(CmarkDocument.literal(node))
        case CMARK_NODE_EMPH: return .emphasis(inlines(of: node, depth: depth + 1))
        case CMARK_NODE_STRONG: return .strong(inlines(of: node, depth: depth + 1))
        case CMARK_NODE_LINK:
            return .link(Link(url: string(cmark_node_get_url(node)), title: title(node), content: inlines(of: node, depth: depth + 1)))
        case CMARK_NODE_IMAGE:
            return .image(Image(source: string(cmark_node_get_url(node)), title: title(node), alt: inlines(of: node, depth: depth + 1)))
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
