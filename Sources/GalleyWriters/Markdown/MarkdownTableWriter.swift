// Tables: GFM pipe tables, or an HTML table when cells are merged or there is no header row.
import Foundation
import GalleyModel
import GalleySupport

/// Writes tables for Markdown output.
enum MarkdownTableWriter {
    /// A pipe table with an alignment row; an HTML table when any cell spans rows or columns, or
    /// when the table has no header row (a pipe table must have one, and an empty one, or a body
    /// row promoted to it, would say something the table does not).
    static func render(_ table: Table) -> String {
        if table.hasMergedCells || table.header == nil { return html(table) }
        let columns = max(table.alignments.count, table.header?.count ?? 0, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return "" }
        func row(_ cells: [TableCell]) -> String {
            let texts = (0..<columns).map { i in i < cells.count ? MarkdownInlineWriter.tableCell(cells[i].content) : "" }
            return "| " + texts.joined(separator: " | ") + " |"
        }
        let alignment = (0..<columns).map { i -> String in
            switch i < table.alignments.count ? table.alignments[i] : .none {
            case .none: return "---"
            case .left: return ":---"
            case .center: return ":---:"
            case .right: return "---:"
            }
        }
        var lines = [row(table.header ?? []), "| " + alignment.joined(separator: " | ") + " |"]
        lines += table.rows.map(row)
        var out = lines.joined(separator: "\n")
        if let caption = table.caption, !caption.isEmpty {
            out += "\n\n" + MarkdownInlineWriter.paragraph([.emphasis(caption)])
        }
        return out
    }

    /// The table as an HTML block (no blank lines inside, so it stays one block).
    static func html(_ table: Table) -> String {
        let markup = XHTMLWriter().table(table, alignment: { " align=\"\($0.rawValue)\"" }, cell: { $0.replacingOccurrences(of: "\n", with: " ") })
        return markup.hasSuffix("\n") ? String(markup.dropLast()) : markup
    }
}
