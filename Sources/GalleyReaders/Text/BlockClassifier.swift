// Decides the block kind of a unit from its lines alone: setext heading, rule, quote, code, list.
import Foundation
import GalleyModel
import GalleySupport

/// Classifies units by their shape (markers and indentation); headings by wording come later.
enum BlockClassifier {
    /// Classifies each paragraph unit; `baseIndent` is the indentation shared by the whole text.
    static func classify(_ units: [TextUnit], baseIndent: Int) -> [TextUnit] {
        units.map { classify($0, baseIndent: baseIndent) }
    }

    /// The smallest indentation of any non-blank line (text indented as a whole is not a quote).
    static func baseIndent(_ lines: [String]) -> Int {
        var smallest = Int.max
        for line in lines where !line.isEmpty {
            smallest = min(smallest, LineMarkers.indentation(line))
            if smallest == 0 { return 0 }
        }
        return smallest == Int.max ? 0 : smallest
    }

    static func classify(_ unit: TextUnit, baseIndent: Int) -> TextUnit {
        guard unit.kind == .paragraph else { return unit }
        var u = unit
        let lines = u.lines
        if lines.count == 2, let c = LineMarkers.setextUnderline(lines[1]), !LineMarkers.isThematicBreak(lines[0]),
           lines[0].count <= 120, LineMarkers.listMarker(lines[0]) == nil || c == "=" {
            u.kind = .heading
            u.setext = c
            u.lines = [lines[0]]
            u.spanEnd = u.numbers.last
            u.numbers = [u.numbers[0]]
            u.evidence.append("underlined with \(c)\(c)\(c)")
            return u
        }
        if lines.count == 1, let (marks, text) = LineMarkers.atxHeading(lines[0]) {
            u.kind = .heading
            u.atx = marks
            u.lines = [text]
            u.evidence.append("written as a heading with \(String(repeating: "#", count: marks))")
            return u
        }
        if lines.count == 1 && LineMarkers.isThematicBreak(lines[0]) {
            u.kind = .rule
            u.evidence.append("a line of repeated \(lines[0].trimmedSpaces.first.map(String.init) ?? "")")
            return u
        }
        if lines.allSatisfy({ $0.trimmedSpaces.hasPrefix(">") }) {
            u.kind = .quote
            u.evidence.append("every line starts with >")
            return u
        }
        if TabTables.isTable(lines) {
            u.kind = .table
            u.evidence.append("rows of tab-separated cells")
            return u
        }
        let indents = lines.map { LineMarkers.indentation($0) - baseIndent }
        if let smallest = indents.min(), smallest >= 2, LineMarkers.listMarker(lines[0]) == nil {
            if smallest >= 4 && looksPreformatted(lines) {
                u.kind = .code
                u.evidence.append("indented \(smallest)+ spaces, laid out in columns or code")
            } else {
                u.kind = .quote
                u.evidence.append("every line indented \(smallest)+ spaces")
            }
            return u
        }
        if lines.count >= 2 && looksPreformatted(lines) {
            u.kind = .code
            u.evidence.append("lines laid out in columns or code")
            return u
        }
        if isList(lines) && (lines.count > 1 || !(LineMarkers.listMarker(lines[0])?.ordered ?? true)) {
            u.kind = .list
            u.evidence.append("lines start with list markers")
        }
        return u
    }

    /// True when every line that is not a continuation starts with a marker of the same family.
    static func isList(_ lines: [String]) -> Bool {
        guard let first = LineMarkers.listMarker(lines[0]) else { return false }
        let firstIndent = LineMarkers.indentation(lines[0])
        var items = 1
        for line in lines.dropFirst() {
            if let marker = LineMarkers.listMarker(line) {
                if marker.ordered == first.ordered || LineMarkers.indentation(line) > firstIndent { items += 1; continue }
                return false
            }
            // A continuation line: indented under the item, or wrapped text.
            if LineMarkers.indentation(line) > firstIndent { continue }
            if line.first(where: { $0.isLetter })?.isLowercase ?? false { continue }
            return false
        }
        return items >= 1
    }

    /// True when a line has a tab or a run of three spaces inside it (columns).
    static func hasColumnGap(_ body: String) -> Bool {
        var run = 0
        for byte in body.utf8 {
            if byte == 0x09 { return true }
            run = byte == 0x20 ? run + 1 : 0
            if run >= 3 { return true }
        }
        return false
    }

    /// Text laid out for the eye: aligned columns (runs of spaces inside lines) or code punctuation.
    static func looksPreformatted(_ lines: [String]) -> Bool {
        var signals = 0
        for line in lines {
            let body = line.trimmedSpaces
            if hasColumnGap(body) { signals += 1; continue }
            // In a simple line (SimpleScalars) no mark can join an ASCII needle: a byte search finds what Foundation's finds.
            let simple = ReaderScalars.isSimple(body)
            func has(_ needle: String) -> Bool { simple ? ReaderScalars.containsBytes(body, needle) : body.contains(needle) }
            if body.hasSuffix(";") || body.hasSuffix("{") || body == "}" || body.hasPrefix("//") || body.hasPrefix("#include")
                || body.hasPrefix("$ ") || has(" = ") && has("(") || has("=>") || has("->") && has("(") {
                signals += 1
            }
        }
        return signals * 2 > lines.count
    }
}
