// Copies cmark block nodes into Galley `Block` values, each with its source span.
import CCmark
import GalleyModel
import GalleySupport

/// Converts a cmark document's blocks, reading a few details (bullet character, fences)
/// back from the source text that cmark does not expose.
struct CmarkBlockConverter {
    /// The Markdown cmark parsed (without front matter), split into lines of UTF-8 bytes.
    private let lines: [[UInt8]]
    /// Lines removed before the parsed text (front matter), added to every span.
    private let lineOffset: Int

    /// Creates a converter for a parse of `source`.
    init(source: String, lineOffset: Int) {
        lines = source.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        self.lineOffset = lineOffset
    }

    /// The blocks under `node`. Past `NestingLimit.maxBlockDepth` the containers are flattened
    /// (iteratively) into their leaf blocks, so absurd nesting cannot exhaust the stack.
    func blocks(of node: OpaquePointer, depth: Int = 0) -> [Block] {
        guard depth <= NestingLimit.maxBlockDepth else { return leafBlocks(under: node) }
        return CmarkDocument.children(node).compactMap { block($0, depth: depth) }
    }

    /// The leaf blocks under `node` in reading order, found with an explicit stack.
    private func leafBlocks(under node: OpaquePointer) -> [Block] {
        var out: [Block] = []
        var stack = CmarkDocument.children(node).reversed() as [OpaquePointer]
        while let next = stack.popLast() {
            switch cmark_node_get_type(next) {
            case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM:
                stack.append(contentsOf: CmarkDocument.children(next).reversed())
            default:
                if let leaf = block(next, depth: 0) { out.append(leaf) }
            }
        }
        return out
    }

    private func block(_ node: OpaquePointer, depth: Int) -> Block? {
        let span = self.span(node)
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return Block(.paragraph(CmarkInlineConverter.inlines(of: node)), span: span)
        case CMARK_NODE_HEADING:
            let level = Int(cmark_node_get_heading_level(node))
            return Block(.heading(Heading(level: level, content: CmarkInlineConverter.inlines(of: node))), span: span)
        case CMARK_NODE_BLOCK_QUOTE:
            return Block(.blockQuote(blocks(of: node, depth: depth + 1)), span: span)
        case CMARK_NODE_LIST:
            return Block(.list(list(node, depth: depth)), span: span)
        case CMARK_NODE_CODE_BLOCK:
            return Block(.codeBlock(codeBlock(node)), span: span)
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_CUSTOM_BLOCK:
            return Block(.rawHTML(CmarkDocument.literal(node)), span: span)
        case CMARK_NODE_THEMATIC_BREAK:
            return Block(.thematicBreak, span: span)
        default:
            return nil
        }
    }

    private func list(_ node: OpaquePointer, depth: Int) -> ListBlock {
        let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
        let items = CmarkDocument.children(node).map { blocks(of: $0, depth: depth + 1) }
        let style: ListBlock.Style
        if ordered {
            style = .ordered(cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? .paren : .period)
        } else {
            let byte = cmark_node_first_child(node).flatMap { sourceByte($0) }
            style = .bullet(byte.flatMap { ListBlock.Bullet(rawValue: String(UnicodeScalar($0))) })
        }
        return ListBlock(
            style: style,
            start: ordered ? Int(cmark_node_get_list_start(node)) : 1,
            tight: cmark_node_get_list_tight(node) != 0,
            items: items
        )
    }

    private func codeBlock(_ node: OpaquePointer) -> CodeBlock {
        let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
        let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init)
        let text = CmarkDocument.literal(node)
        let firstLine = Array(text.utf8.prefix { $0 != UInt8(ascii: "\n") })
        // An indented block's source line starts with its first code line; a fence line never equals it.
        let fenced = sourceRest(node).map { $0 != firstLine } ?? !info.isEmpty
        return CodeBlock(
            language: language,
            info: info.isEmpty || info == language ? nil : info,
            text: text,
            indented: fenced ? nil : true
        )
    }

    /// The source byte where the node starts (its first non-space character), if in range.
    private func sourceByte(_ node: OpaquePointer) -> UInt8? {
        let line = Int(cmark_node_get_start_line(node)) - 1
        let column = Int(cmark_node_get_start_column(node)) - 1
        guard line >= 0, line < lines.count, column >= 0 else { return nil }
        var index = column
        while index < lines[line].count, lines[line][index] == UInt8(ascii: " ") || lines[line][index] == UInt8(ascii: "\t") { index += 1 }
        return index < lines[line].count ? lines[line][index] : nil
    }

    /// The rest of the source line from the node's start column.
    private func sourceRest(_ node: OpaquePointer) -> [UInt8]? {
        let line = Int(cmark_node_get_start_line(node)) - 1
        let column = Int(cmark_node_get_start_column(node)) - 1
        guard line >= 0, line < lines.count, column >= 0, column <= lines[line].count else { return nil }
        var rest = Array(lines[line][column...])
        if rest.last == UInt8(ascii: "\r") { rest.removeLast() }
        return rest
    }

    private func span(_ node: OpaquePointer) -> SourceSpan? {
        let start = Int(cmark_node_get_start_line(node))
        guard start > 0 else { return nil }
        return SourceSpan(startLine: start + lineOffset, endLine: Int(cmark_node_get_end_line(node)) + lineOffset)
    }
}
