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
        let headRows = table.header.map { [row($0)] } ?? []
        let head = PandocValue.array([.attr(), .array(headRows)])
        let body = PandocValue.array([.attr(), .int(0), .array([]), .array(table.rows.map(row))])
        let foot = PandocValue.array([.attr(), .array([])])
        return .node("Table", .array([.attr(), caption, .array(colspecs), head, .array(table.rows.isEmpty ? [] : [body]), foot]))
    }

    /// The widest row, counting spans.
    static func columnCount(_ table: Table) -> Int {
        let rows = (table.header.map { [$0] } ?? []) + table.rows
        return max(table.alignments.count, rows.map { $0.reduce(0) { $0 + max(1, $1.colspan) } }.max() ?? 0)
    }

    private static func row(_ cells: [TableCell]) -> PandocValue {
        .array([.attr(), .array(cells.map { cell in
            let blocks: [PandocValue] = cell.content.isEmpty ? [] : [.node("Plain", .array(PandocInlineWriter.inlines(cell.content)))]
            return .array([.attr(), .node("AlignDefault"), .int(max(1, cell.rowspan)), .int(max(1, cell.colspan)), .array(blocks)])
        })])
    }

    static func alignmentNode(_ alignment: Table.Alignment) -> PandocValue {
        switch alignment {
        case .none: return .node("AlignDefault")
        case .left: return .node("AlignLeft")
        case .center: return .node("AlignCenter")
        case .right: return .node("AlignRight")
        }
    }
}
