// Tables for the pandoc JSON reader: pandoc's Table (head, bodies, foot) to Galley's header and rows.
import GalleyModel
import GalleySupport

/// Table conversion (API 1.22/1.23: `Table Attr Caption [ColSpec] TableHead [TableBody] TableFoot`).
enum PandocTableReader {
    static func table(_ parts: [Any], context: inout PandocReadContext) -> [Block] {
        guard parts.count == 6 else {
            context.approximate("Table")
            let text = PandocInlineReader.text(of: parts)
            return text.isEmpty ? [] : [Block(.paragraph([.text(text)]))]
        }
        let alignments = PandocNode.array(parts[2]).map { spec -> Table.Alignment in
            switch PandocNode.parts(PandocNode.array(spec).first as Any)?.tag {
            case "AlignLeft": return .left
            case "AlignCenter": return .center
            case "AlignRight": return .right
            default: return .none
            }
        }
        let headRows = rows(PandocNode.array(parts[3]).dropFirst().first, context: &context)
        var bodyRows: [[TableCell]] = []
        for body in PandocNode.array(parts[4]) {
            // TableBody Attr RowHeadColumns [Row] [Row]: intermediate head rows, then body rows.
            let pieces = PandocNode.array(body)
            guard pieces.count == 4 else { continue }
            bodyRows += rows(pieces[2], context: &context) + rows(pieces[3], context: &context)
        }
        let footRows = rows(PandocNode.array(parts[5]).dropFirst().first, context: &context)
        if !footRows.isEmpty { context.approximate("TableFoot") }
        let header = headRows.first
        bodyRows = Array(headRows.dropFirst()) + bodyRows + footRows
        let caption = captionInlines(parts[1], context: &context)
        return [Block(.table(Table(alignments: alignments, header: header, rows: bodyRows, caption: caption.isEmpty ? nil : caption)))]
    }

    private static func rows(_ value: Any?, context: inout PandocReadContext) -> [[TableCell]] {
        PandocNode.array(value).map { row in
            // Row Attr [Cell]; Cell Attr Alignment RowSpan ColSpan [Block]
            PandocNode.array(PandocNode.array(row).dropFirst().first).map { cell in
                let pieces = PandocNode.array(cell)
                guard pieces.count == 5 else { return TableCell(content: []) }
                return TableCell(content: cellInlines(PandocNode.array(pieces[4]), context: &context),
                                 colspan: max(1, PandocNode.int(pieces[3]) ?? 1), rowspan: max(1, PandocNode.int(pieces[2]) ?? 1))
            }
        }
    }

    /// A cell's blocks as inlines: paragraphs joined by line breaks (Galley cells hold inlines).
    private static func cellInlines(_ nodes: [Any], context: inout PandocReadContext) -> [Inline] {
        var out: [Inline] = []
        for node in nodes {
            let converted = PandocBlockReader.blocks([node], context: &context)
            if !out.isEmpty && !converted.isEmpty { out.append(.lineBreak) }
            for block in converted {
                switch block.kind {
                case .paragraph(let inlines): out += inlines
                case .codeBlock(let code): out.append(.code(String(code.text.dropLast())))
                default: out.append(.text(PandocInlineReader.text(of: node)))
                }
            }
        }
        return out
    }

    /// A caption's inlines (`Caption (Maybe ShortCaption) [Block]`), its blocks' text joined.
    static func captionInlines(_ value: Any?, context: inout PandocReadContext) -> [Inline] {
        let pieces = PandocNode.array(value)
        guard pieces.count == 2 else { return [] }
        var out: [Inline] = []
        for block in PandocBlockReader.blocks(PandocNode.array(pieces[1]), context: &context) {
            if case .paragraph(let inlines) = block.kind {
                if !out.isEmpty { out.append(.lineBreak) }
                out += inlines
            }
        }
        return out
    }
}
