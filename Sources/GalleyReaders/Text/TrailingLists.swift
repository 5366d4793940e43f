// A list run straight on from the sentence that introduces it (no blank line) becomes a list.
import GalleyModel
import GalleySupport

/// Copied text often sets a list right under its lead-in line: `The association held four
/// events:` then `- Spring fair`, `- Summer picnic` with no blank line between. CommonMark lets a
/// bullet list, or a numbered one starting at 1, interrupt a paragraph; so does the reader, when
/// the unit ends with at least two items of one list (what `BlockClassifier.isList` accepts).
/// A unit the classifier left a paragraph (not code, a quote or a table) is split in two, the
/// lead-in and the list, and each part is classified again.
enum TrailingLists {
    /// `units` with each paragraph unit that ends in a list split into its lead-in and the list.
    static func split(_ units: [TextUnit], baseIndent: Int) -> [TextUnit] {
        guard units.contains(where: { $0.lines.count >= 3 && $0.kind == .paragraph && !$0.fenced }) else { return units }
        var out: [TextUnit] = []
        out.reserveCapacity(units.count + 8)
        for unit in units {
            guard unit.kind == .paragraph, !unit.fenced, unit.lines.count >= 3, let start = listStart(unit.lines) else {
                out.append(unit)
                continue
            }
            var lead = unit
            lead.lines = Array(unit.lines[..<start])
            lead.numbers = Array(unit.numbers[..<start])
            lead.spanEnd = nil
            var list = unit
            list.lines = Array(unit.lines[start...])
            list.numbers = Array(unit.numbers[start...])
            list.blankLinesBefore = 0
            list.repeats = 1
            list.backLink = false
            out.append(BlockClassifier.classify(lead, baseIndent: baseIndent))
            out.append(BlockClassifier.classify(list, baseIndent: baseIndent))
        }
        return out
    }

    /// The index of the first line of a list that ends `lines`, when a paragraph line comes first.
    static func listStart(_ lines: [String]) -> Int? {
        guard LineMarkers.listMarker(lines[0]) == nil else { return nil }
        for k in 1..<(lines.count - 1) {
            guard let marker = LineMarkers.listMarker(lines[k]), !marker.ordered || marker.number == 1 else { continue }
            let rest = lines[k...]
            let items = rest.filter { LineMarkers.listMarker($0) != nil }.count
            if items >= 2, BlockClassifier.isList(Array(rest)) { return k }
            return nil
        }
        return nil
    }
}
