// Splits decoded text into units: blank-line separated blocks, with fenced code kept whole.
import Foundation
import GalleyModel
import GalleySupport

/// Turns text into units of consecutive non-blank lines.
enum TextSegmenter {
    /// The lines of a text, with `\r` line ends removed and trailing white space trimmed.
    static func lines(of text: String) -> [String] {
        var out: [String] = []
        out.reserveCapacity(text.utf8.count / 40)
        // Split on the LF byte: "\r\n" is one Character in Swift, so a Character split would miss it.
        var raws: [Substring] = []
        // The offsets of the LF bytes (memchr over the contiguous bytes), then one Substring per line.
        var copy = text
        let breaks = copy.withUTF8 { bytes -> [Int] in
            var breaks: [Int] = []
            guard let base = bytes.baseAddress else { return breaks }
            var offset = 0
            while offset < bytes.count, let hit = memchr(base + offset, 0x0A, bytes.count - offset) {
                let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                breaks.append(at)
                offset = at + 1
            }
            return breaks
        }
        let utf8 = copy.utf8
        var start = utf8.startIndex
        var startOffset = 0
        for at in breaks {
            // (Offsets from the line's start: linear even where the view's offsetBy is not O(1).)
            let i = utf8.index(start, offsetBy: at - startOffset)
            raws.append(copy[start..<i])
            start = utf8.index(after: i)
            startOffset = at + 1
        }
        raws.append(copy[start...])
        // A text without a CR byte has no line with one: the per-line tests below are skipped.
        let hasCR = TextSegmenter.containsCR(text)
        for raw in raws {
            var line = TextSegmenter.droppingTrailingBlanks(raw)
            // (Each of these Characters is one ASCII scalar: a line whose last byte is none of them keeps its end.)
            while let byte = line.utf8.last, byte == 0x0D || byte == 0x20 || byte == 0x09 || byte == 0x0C,
                  let last = line.last, last == "\r" || last == " " || last == "\t" || last == "\u{000C}" { line.removeLast() }
            // A lone carriage return (old Mac line ends) also ends a line.
            if hasCR, line.utf8.contains(0x0D), line.contains("\r") {
                out.append(contentsOf: line.split(separator: "\r", omittingEmptySubsequences: false).map(String.init))
            } else {
                out.append(String(line))
            }
        }
        return out
    }

    /// True when the text holds a CR byte (0x0D).
    static func containsCR(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(base, 0x0D, bytes.count) != nil
        }
    }

    /// The line without the CR, space, tab and form feed bytes at its end that are characters of their own
    /// (the byte before each is ASCII, so no grapheme cluster joins them); the Character loop does the rest.
    static func droppingTrailingBlanks(_ line: Substring) -> Substring {
        let utf8 = line.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex {
            let before = utf8.index(before: end)
            let byte = utf8[before]
            guard byte == 0x0D || byte == 0x20 || byte == 0x09 || byte == 0x0C else { break }
            if before > utf8.startIndex, utf8[utf8.index(before: before)] >= 0x80 { break }
            end = before
        }
        return line[..<end]
    }

    /// Groups lines into units. A fence (three backticks or tildes) opens a code unit that runs to
    /// the closing fence, blank lines included.
    static func units(_ lines: [String]) -> [TextUnit] {
        var units: [TextUnit] = []
        var current: [String] = []
        var numbers: [Int] = []
        var blanks = 0
        var index = 0
        func flush() {
            guard !current.isEmpty else { return }
            units.append(TextUnit(lines: current, numbers: numbers, blankLinesBefore: blanks))
            current = []
            numbers = []
            blanks = 0
        }
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmedSpaces
            if let fence = fenceMarker(trimmed), closingFence(fence, in: lines, after: index) != nil {
                flush()
                var body: [String] = []
                var bodyNumbers: [Int] = [index + 1]
                var end = index + 1
                while end < lines.count, !lines[end].trimmedSpaces.hasPrefix(fence) {
                    body.append(lines[end])
                    bodyNumbers.append(end + 1)
                    end += 1
                }
                if end < lines.count { bodyNumbers.append(end + 1) }
                var unit = TextUnit(lines: body, numbers: bodyNumbers, blankLinesBefore: blanks)
                unit.kind = .code
                unit.fenced = true
                let info = trimmed.dropFirst(fence.count).trimmedSpaces
                unit.fenceInfo = info.isEmpty ? nil : info
                unit.evidence = ["fenced with \(fence)"]
                units.append(unit)
                blanks = 0
                index = end + 1
                continue
            }
            if trimmed.isEmpty {
                flush()
                blanks += 1
            } else {
                current.append(line)
                numbers.append(index + 1)
            }
            index += 1
        }
        flush()
        return units
    }

    /// The index of the line that closes a fence opened at `index`, if any.
    private static func closingFence(_ fence: String, in lines: [String], after index: Int) -> Int? {
        var end = index + 1
        while end < lines.count {
            if lines[end].trimmedSpaces.hasPrefix(fence) { return end }
            end += 1
        }
        return nil
    }

    private static func fenceMarker(_ trimmed: String) -> String? {
        // (A fence starts with the byte of a backtick or a tilde.)
        guard let first = trimmed.utf8.first, first == 0x60 || first == 0x7E else { return nil }
        for fence in ["```", "~~~"] where trimmed.hasPrefix(fence) {
            let run = trimmed.prefix(while: { $0 == fence.first })
            return String(run)
        }
        return nil
    }
}
