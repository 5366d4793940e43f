// Tables: header row, column alignment, colspan/rowspan, caption; layout tables become plain blocks.
import GalleyModel
import GalleySupport

extension HTMLBlockBuilder {
    /// Appends a data table, or the content of a layout table cell by cell.
    /// The table's shape is read first and each cell's content is built exactly once (as table
    /// cells or as plain blocks), so tables nested in tables cost linear time.
    func appendTable(_ i: Int, to blocks: inout [Block]) {
        var rows: [(cells: [Int], header: Bool)] = []
        var footRows: [(cells: [Int], header: Bool)] = []  // <tfoot>, wherever it stands: after the body
        var captionNode: Int?
        var layout = tree.attribute(.role, of: i)?.lowercased() == "presentation"
        var strays: [Int] = []  // content outside any row (cells without a <tr>, a table in a table …)
        func collectRows(_ parent: Int, inHead: Bool, inFoot: Bool = false) {
            for child in tree.children(of: parent) where !removed[child] {
                switch tree.nodes[child].tag {
                case .thead: collectRows(child, inHead: true)
                case .tbody: collectRows(child, inHead: false)
                case .tfoot: collectRows(child, inHead: false, inFoot: true)
                case .caption: captionNode = child
                case .tr:
                    var cells: [Int] = []
                    var allHeaders = true
                    for cell in tree.children(of: child) where !removed[cell] {
                        let tag = tree.nodes[cell].tag
                        guard tag == .td || tag == .th else { strays.append(cell); continue }
                        if tag == .td { allHeaders = false }
                        if !layout && isLayoutCell(cell) { layout = true }
                        cells.append(cell)
                    }
                    if !cells.isEmpty {
                        if inFoot { footRows.append((cells, false)) } else { rows.append((cells, inHead || allHeaders)) }
                    }
                case .table:
                    layout = true
                    strays.append(child)
                default: strays.append(child)
                }
            }
        }
        collectRows(i, inHead: false)
        rows += footRows
        // A table without rows is read as plain blocks, strays and all; otherwise what stands
        // outside the rows is recorded (a browser would show it, but it has no cell to go in).
        if !rows.isEmpty {
            for stray in strays { dropped.record(.outsideTableRows, text: ExtractionRemovals.text(tree: tree, stray), span: tree.span(of: stray)) }
        }
        let columns = rows.map { $0.cells.reduce(0) { $0 + span(.colspan, $1) } }.max() ?? 0
        if layout || rows.count < 2 || columns < 2 {
            for row in rows { for cell in row.cells { appendContainer(cell, to: &blocks) } }
            if rows.isEmpty { appendContainer(i, to: &blocks) }
            if !rows.isEmpty, let captionNode {
                dropped.record(.captionOfATableReadAsBlocks, text: ExtractionRemovals.text(tree: tree, captionNode), span: tree.span(of: captionNode))
            }
            return
        }
        let cellRows = rows.map { row in
            row.cells.map { TableCell(content: cellInlines($0), colspan: span(.colspan, $0), rowspan: span(.rowspan, $0)) }
        }
        var header: [TableCell]?
        var body = cellRows
        if rows[0].header {
            header = cellRows[0]
            body.removeFirst()
        }
        var alignments: [Table.Alignment] = []
        for cell in rows[0].cells {
            let alignment = self.alignment(cell)
            alignments.append(contentsOf: Array(repeating: alignment, count: span(.colspan, cell)))
        }
        alignments = Array(alignments.prefix(columns))
        alignments += Array(repeating: .none, count: max(0, columns - alignments.count))
        let caption = captionNode.map { inlines(of: $0) }
        let table = Table(alignments: alignments, header: header, rows: body, caption: caption?.isEmpty == false ? caption : nil)
        blocks.append(Block(.table(table), span: tree.span(of: i)))
    }

    /// A cell holding headings, several paragraphs or quotes is page layout, not data.
    private func isLayoutCell(_ cell: Int) -> Bool {
        let end = tree.subtreeEnd(cell)
        var paragraphs = 0
        for j in (cell + 1)..<end where !removed[j] {
            switch tree.nodes[j].tag {
            case .h1, .h2, .h3, .h4, .h5, .h6, .blockquote, .pre, .table, .article, .section: return true
            case .p, .div, .ul, .ol:
                paragraphs += 1
                if paragraphs > 3 { return true }
            default: continue
            }
        }
        return false
    }

    private func cellInlines(_ cell: Int) -> [Inline] {
        var pieces: [[Inline]] = []
        for block in containerBlocks(cell).allBlocks {
            switch block.kind {
            case .paragraph(let inlines): pieces.append(inlines)
            case .heading(let heading): pieces.append(heading.content)
            case .figure(let figure): pieces.append([.image(figure.image)])
            case .codeBlock(let code): pieces.append([.code(InlineWhitespace.collapse(code.text).trimmingSpaces)])
            // A cell holds inlines: a definition list's terms are kept as lines (its descriptions
            // follow as blocks), never dropped.
            case .definitionList(let items): pieces += items.map(\.term)
            default: continue
            }
        }
        return Self.lines(pieces)
    }

    /// Pieces of inline content joined by line breaks (empty pieces skipped).
    private static func lines(_ pieces: [[Inline]]) -> [Inline] {
        var out: [Inline] = []
        for piece in pieces where !piece.isEmpty {
            if !out.isEmpty { out.append(.lineBreak) }
            out += piece
        }
        return out
    }

    private func span(_ name: HTMLAttributeName, _ cell: Int) -> Int {
        guard let raw = tree.attribute(name, of: cell), let value = Int(raw.trimmingSpaces) else { return 1 }
        return min(max(value, 1), 1000)
    }

    private func alignment(_ cell: Int) -> Table.Alignment {
        var value = tree.attribute(.align, of: cell)?.lowercased()
        if value == nil, let style = tree.attribute(.style, of: cell)?.lowercased().filter({ $0 != " " }),
           let range = style.range(of: "text-align:") {
            value = String(style[range.upperBound...].prefix { $0.isLetter })
        }
        switch value {
        case "left"?, "start"?: return .left
        case "center"?: return .center
        case "right"?, "end"?: return .right
        default: return .none
        }
    }
}
