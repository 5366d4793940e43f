// Parses a string with cmark and hands the tree to a closure; the tree is freed afterwards.
import CCmark
import GalleyModel

/// A scoped cmark parse: no cmark pointer outlives `withParsed`.
package enum CmarkDocument {
    /// Parses `markdown` (CommonMark, unsafe HTML kept) and returns what `body` makes of the tree.
    package static func withParsed<T>(_ markdown: String, sourcePositions: Bool = false, _ body: (OpaquePointer) -> T) -> T {
        var options = CMARK_OPT_UNSAFE
        if sourcePositions { options |= CMARK_OPT_SOURCEPOS }
        let bytes = Array(markdown.utf8)
        guard let root = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parse_document($0, buffer.count, options) }
            } ?? cmark_parse_document("", 0, options)
        }) else {
            // cmark only fails when out of memory; an empty document is the honest answer.
            return withParsed("", body)
        }
        defer { cmark_node_free(root) }
        return body(root)
    }

    /// The node's literal text (text, code, HTML), or the empty string.
    package static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// The children of a node, in order.
    package static func children(_ node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }
}
