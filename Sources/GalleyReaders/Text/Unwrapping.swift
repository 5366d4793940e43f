// Hard-wrapped text (e-mail, Project Gutenberg): detects the wrap width and joins wrapped lines.
import Foundation
import GalleyModel
import GalleySupport

/// Joins lines that were wrapped at a fixed width back into running text.
enum Unwrapping {
    /// The width the text is wrapped at, when most lines inside multi-line blocks end near one
    /// width (a hard-wrapped text); nil for text whose lines are whole paragraphs.
    static func wrapWidth(_ units: [TextUnit]) -> Int? {
        var lengths: [Int] = []
        for unit in units where unit.kind == .paragraph && unit.lines.count >= 2 {
            for line in unit.lines.dropLast() { lengths.append(line.count) }
        }
        guard lengths.count >= 4 else { return nil }
        let sorted = lengths.sorted()
        let width = sorted[min(sorted.count - 1, sorted.count * 9 / 10)]
        guard width >= 30, width <= 110 else { return nil }
        let near = lengths.filter { $0 >= width - max(12, width / 5) }.count
        return near * 10 >= lengths.count * 6 ? width : nil
    }

    /// The width of one block when its lines (all but the last) end near one width: a wrapped
    /// paragraph in a text too short to show a width of its own.
    static func blockWidth(_ lines: [String]) -> Int? {
        guard lines.count >= 3 else { return nil }
        let lengths = lines.dropLast().map(\.count)
        guard let widest = lengths.max(), widest >= 40, widest <= 100 else { return nil }
        return lengths.allSatisfy({ $0 >= widest - max(12, widest / 5) }) ? widest : nil
    }

    /// The logical lines of a paragraph: wrapped lines joined, deliberate line breaks kept.
    static func logicalLines(_ lines: [String], width: Int?, vocabulary: Set<String>) -> [String] {
        let width = width ?? blockWidth(lines)
        var out: [String] = []
        var lastRaw = ""
        for raw in lines {
            let line = raw.trimmedSpaces
            defer { lastRaw = line }
            if !out.isEmpty, shouldJoin(lastRaw, line, width: width) {
                join(&out[out.count - 1], line, vocabulary: vocabulary)  // in place: linear in the paragraph
            } else {
                out.append(line)
            }
        }
        return out
    }

    /// True when `next` continues `previous` rather than starting a new line of its own.
    static func shouldJoin(_ previous: String, _ next: String, width: Int?) -> Bool {
        if LineMarkers.listMarker(next) != nil { return false }
        let nextStartsLower = next.first(where: { $0.isLetter || $0.isNumber })?.isLowercase ?? false
        let previousEnd = LineFeatures.finalCharacter(of: previous)
        let previousClosed = previousEnd.map { ".!?:;…".contains($0) } ?? false
        if let width {
            // In wrapped text a line that reaches near the width was broken by the wrapper.
            let length = previous.count
            if length >= width - max(15, width / 4) || length >= width * 6 / 10 && !previousClosed { return true }
            return nextStartsLower && !previousClosed
        }
        return nextStartsLower && !previousClosed
    }

    /// Joins two wrapped lines; a word hyphenated at the line end is rejoined when the joined word
    /// is plausible (a lower-case continuation, not a known hyphenated compound).
    static func join(_ previous: inout String, _ next: String, vocabulary: Set<String>) {
        if let keep = keepsHyphen(previous, next, vocabulary: vocabulary) {
            if !keep { previous.removeLast() }
            previous += next
        } else {
            previous += " "
            previous += next
        }
    }

    /// `previous` joined with `next` (see `join`).
    static func joined(_ previous: String, _ next: String, vocabulary: Set<String>) -> String {
        var line = previous
        join(&line, next, vocabulary: vocabulary)
        return line
    }

    /// For a line ending in a word hyphenated before a lower-case `next`: true when the hyphen
    /// belongs to a known compound, false when it only broke the word; nil when no word was broken.
    private static func keepsHyphen(_ previous: String, _ next: String, vocabulary: Set<String>) -> Bool? {
        guard previous.hasSuffix("-"), !previous.hasSuffix("--"), let first = next.first, first.isLowercase else { return nil }
        let before = previous[..<previous.index(before: previous.endIndex)]  // not dropLast(): O(n) on String
        guard let lastChar = before.last, lastChar.isLetter else { return nil }
        let fragment = before[(before.lastIndex(of: " ").map { before.index(after: $0) } ?? before.startIndex)...]
        let rest = next.prefix(while: { $0.isLetter })
        let joined = (fragment + rest).lowercased()
        let hyphenated = (fragment + "-" + rest).lowercased()
        return vocabulary.contains(hyphenated) && !vocabulary.contains(joined)
    }

    /// The words of a text (lower case, letters and hyphens), for judging hyphenation.
    static func vocabulary(_ lines: [String]) -> Set<String> {
        var words = Set<String>()
        for line in lines {
            for word in line.split(whereSeparator: { !($0.isLetter || $0 == "-") }) where word.count > 2 && !word.hasSuffix("-") {
                words.insert(word.lowercased())
            }
        }
        return words
    }
}
