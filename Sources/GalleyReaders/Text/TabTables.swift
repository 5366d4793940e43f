// Tables in copied text: a run of lines whose cells are separated by tabs, the same count on each line.
import Foundation
import GalleyModel
import GalleySupport

/// Recognises and builds tables from tab-separated lines (how a browser copies a table row).
enum TabTables {
    /// The cells of a line split at its tabs (trimmed), or nil when the line has no tab.
    static func cells(_ line: String) -> [String]? {
        guard line.utf8.contains(0x09) else { return nil }
        return line.trimmedSpaces.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmedSpaces }
    }

    /// True when every line has a tab and the same number of cells (at least two), and the cells
    /// hold words rather than code laid out with tabs (no line ends with `;`, `{` or `}`).
    static func isTable(_ lines: [String]) -> Bool {
        guard lines.count >= 2 else { return false }
        var columns: Int?
        for line in lines {
            guard let row = cells(line), row.count >= 2 else { return false }
            if let c = columns, c != row.count { return false }
            columns = row.count
            let body = line.trimmedSpaces
            if body.hasSuffix(";") || body.hasSuffix("{") || body.hasSuffix("}") { return false }
        }
        return true
    }

    /// The table of a unit's lines: the first row is the header.
    static func table(_ lines: [String]) -> Table {
        let rows = lines.compactMap(cells).map { row in row.map { TableCell(content: $0.isEmpty ? [] : [.text($0)]) } }
        let width = rows.map(\.count).max() ?? 0
        return Table(alignments: Array(repeating: .none, count: width), header: rows.first, rows: Array(rows.dropFirst()))
    }
}
