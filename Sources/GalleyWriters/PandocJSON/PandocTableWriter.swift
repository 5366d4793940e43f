// Tables for the pandoc JSON writer: pandoc's Table (attr, caption, column specs, head, bodies, foot).
import GalleyModel
import GalleySupport

/// Table conversion (API 1.22: `Table Attr Caption [ColSpec] TableHead [TableBody] TableFoot`).
enum PandocTableWriter {
    static func table(_ table: Table) -> PandocValue {
        let width = columnCount(table)
        let colspecs = (0..<width).map { index -> PandocValue in
            let alignment = index < table.alignments.count ? table.alignments[index] : .none
            return .array([alignmentNode(alignment), .node("ColWidthDefault")])
        }
        let captionBlocks: [PandocValue] = table.caption.map { [.node("Plain", .array(PandocInlineWriter.inlines($0)))] } ?? []
        let caption = PandocValue.array([.null, .array(captionBlocks)])
        let headRows = table.header.map { rows([$0], width: width) } ?? []
        let head = PandocValue.array([.attr(), .array(headRows)])
        let body = PandocValue.array([.attr(), .int(0), .array([]), .array(rows(table.rows, width: width))])
        let foot = PandocValue.array([.attr(), .array([])])
        return .node("Table", .array([.attr(), caption, .array(colspecs), head, .array(table.rows.isEmpty ? [] : [body]), foot]))
    }

    /// The widest row, counting spans.
    static func columnCount(_ table: Table) -> Int {
        let rows = (table.header.map { [$0] } ?? []) + table.rows
        return max(table.alignments.count, rows.map { $0.reduce(0) { $0 + max(1, $1.colspan) } }.max() ?? 0)
    }

    /// The rows, each short one padded with empty cells to `width` columns (counting the cells
    /// that reach down from rows above): pandoc's writers expect every row as wide as the column
    /// specs (its docx writer fails on a short row).
    private static func rows(_ rows: [[TableCell]], width: Int) -> [PandocValue] {
        var reaching: [(rowsLeft: Int, span: Int)] = []
        return rows.map { cells in
            let coveredAbove = reaching.reduce(0) { $0 + $1.span }
            let own = cells.reduce(0) { $0 + max(1, $1.colspan) }
            reaching = reaching.compactMap { $0.rowsLeft > 1 ? ($0.rowsLeft - 1, $0.span) : nil }
            for cell in cells where cell.rowspan > 1 { reaching.append((cell.rowspan - 1, max(1, cell.colspan))) }
            let padding = max(0, width - coveredAbove - own)
            return row(cells.map(cellNode) + Array(repeating: emptyCell, count: padding))
        }
    }

    private static func row(_ cells: [PandocValue]) -> PandocValue {
        .array([.attr(), .array(cells)])
    }

    private static func cellNode(_ cell: TableCell) -> PandocValue {
        let blocks: [PandocValue] = cell.content.isEmpty ? [] : [.node("Plain", .array(PandocInlineWriter.inlines(cell.content)))]
        return .array([.attr(), .node("AlignDefault"), .int(max(1, cell.rowspan)), .int(max(1, cell.colspan)), .array(blocks)])
    }

    private static let emptyCell = PandocValue.array([.attr(), .node("AlignDefault"), .int(1), .int(1), .array([])])

    static func alignmentNode(_ alignment: Table.Alignment) -> PandocValue {
        switch alignment {
        case .none: return .node("AlignDefault")
        case .left: return .node("AlignLeft")
        case .center: return .node("AlignCenter")
        case .right: return .node("AlignRight")
        }
    }
}
