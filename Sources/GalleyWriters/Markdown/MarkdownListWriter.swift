// Lists: cmark lays out the items (tight or loose); Galley writes the markers it cannot choose.
import CCmark
import GalleyModel
import GalleySupport

/// The marker style of one list: bullet character, or ordered delimiter.
struct MarkdownListMarker: Equatable {
    /// True for a numbered list.
    var ordered: Bool
    /// `-`, `*` or `+` for bullets; `.` or `)` for numbers.
    var symbol: String

    /// The list's own style, switched when the list directly follows one with the same style
    /// (two adjacent lists only stay two lists when their markers differ).
    init(_ list: ListBlock, avoiding previous: MarkdownListMarker?) {
        ordered = list.ordered
        switch list.style {
        case .ordered(let delimiter):
            symbol = delimiter == .paren ? ")" : "."
        case .bullet(let bullet):
            symbol = (bullet ?? .hyphen).rawValue
        }
        if previous == self {
            symbol = ordered ? (symbol == "." ? ")" : ".") : (symbol == "-" ? "*" : "-")
        }
    }
}

/// Renders a list through cmark, then replaces cmark's fixed `  - ` markers with the right ones.
enum MarkdownListWriter {
    /// The Markdown of a list.
    static func render(_ list: ListBlock, marker: MarkdownListMarker) -> String {
        guard let document = cmark_node_new(CMARK_NODE_DOCUMENT), let node = cmark_node_new(CMARK_NODE_LIST) else { return "" }
        defer { cmark_node_free(document) }
        cmark_node_set_list_type(node, CMARK_BULLET_LIST)
        cmark_node_set_list_tight(node, list.tight ? 1 : 0)
        for blocks in list.items {
            guard let item = cmark_node_new(CMARK_NODE_ITEM) else { continue }
            CmarkTreeBuilder.append(blocks, to: item)
            cmark_node_append_child(node, item)
        }
        cmark_node_append_child(document, node)
        let rendered = CmarkTreeBuilder.render(document)
        var out: [String] = []
        let first = max(0, min(list.start, 999_999_999 - list.items.count))
        var number = first
        var indent = ""
        for line in rendered.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("  -") && (line.count == 3 || line.dropFirst(3).first == " ") {
                let label = marker.ordered ? "\(number)\(marker.symbol)" : marker.symbol
                indent = String(repeating: " ", count: label.count + 1)
                if !list.tight, number > first, out.last != "" { out.append("") }
                let content = line.dropFirst(min(4, line.count))
                out.append(content.isEmpty ? label : label + " " + content)
                number += 1
            } else if line.hasPrefix("    ") {
                out.append(indent + line.dropFirst(4))
            } else {
                out.append(line.allSatisfy { $0 == " " } ? "" : String(line))
            }
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n")
    }
}
