// Scraping artifacts in text: navigation lines, back-link markers and lines repeated in a row.
import Foundation
import GalleyModel
import GalleySupport

/// Removes scraping artifacts from units before structure is inferred, keeping what they tell
/// (a `(Top)` marker and a repeated title are evidence of a heading) and recording every removal.
package enum TextArtifacts {
    /// The stage written in removal records.
    package static let stage = RemovalStage.textReader

    /// Cleans the units; removals are recorded in `log`.
    static func clean(_ units: [TextUnit], log: inout RemovalLog) -> [TextUnit] {
        var out: [TextUnit] = []
        out.reserveCapacity(units.count)
        // The key and counts of the line of `out.last`, once computed (each line's are computed at most once).
        var previousKey: String?
        var previousCounts: LineCounts?
        for var unit in units {
            guard unit.kind == .paragraph else { out.append(unit); previousKey = nil; previousCounts = nil; continue }
            dropNavigationLines(&unit, log: &log)
            guard !unit.lines.isEmpty else { continue }
            collapseRepeatedLines(&unit, log: &log)
            if unit.isSingleLine { stripBackLink(&unit, log: &log) }
            var unitKey: String?
            var unitCounts: LineCounts?
            if let previous = out.last,
               isRepeat(unit, of: previous, previousKey: &previousKey, unitKey: &unitKey, previousCounts: &previousCounts, unitCounts: &unitCounts) {
                var kept = previous
                kept.repeats += 1
                kept.spanEnd = unit.span.endLine
                kept.backLink = previous.backLink || unit.backLink
                log.record(.repeatedLine, text: unit.text, span: unit.span)
                out[out.count - 1] = kept
                continue
            }
            out.append(unit)
            previousKey = unitKey
            previousCounts = unitCounts
        }
        return out
    }

    private static func dropNavigationLines(_ unit: inout TextUnit, log: inout RemovalLog) {
        var lines: [String] = []
        var numbers: [Int] = []
        for (line, number) in zip(unit.lines, unit.numbers) {
            if NavigationLines.isNavigationLine(line) {
                log.record(.navigationLine, text: line.foldingWhitespace, span: SourceSpan(startLine: number))
            } else {
                lines.append(line)
                numbers.append(number)
            }
        }
        unit.lines = lines
        unit.numbers = numbers
    }

    private static func collapseRepeatedLines(_ unit: inout TextUnit, log: inout RemovalLog) {
        guard unit.lines.count > 1 else { return }
        var lines: [String] = []
        var numbers: [Int] = []
        // The key and counts of `lines.last`, once computed (each line's are computed at most once).
        var lastKey: String?
        var lastCounts: LineCounts?
        for (line, number) in zip(unit.lines, unit.numbers) {
            var lineKey: String?
            var lineCounts: LineCounts?
            if let last = lines.last, sameKeys(line, last, aKey: &lineKey, bKey: &lastKey, aCounts: &lineCounts, bCounts: &lastCounts),
               !(lineKey ?? key(line)).isEmpty {
                log.record(.repeatedLine, text: line.foldingWhitespace, span: SourceSpan(startLine: number))
                if lines.count == 1 { unit.repeats += 1 }
                continue
            }
            lines.append(line)
            numbers.append(number)
            lastKey = lineKey
            lastCounts = lineCounts
        }
        unit.lines = lines
        unit.numbers = numbers
    }

    private static func stripBackLink(_ unit: inout TextUnit, log: inout RemovalLog) {
        let text = unit.text
        // Back-links end the line with a bracket, an arrow or the word "top".
        // (Those last Characters need the text's last byte to be one of theirs: a test checks every scalar.)
        guard let lastByte = text.utf8.last, mayEndBackLink(lastByte) else { return }
        guard text.utf8.count <= 300, let last = text.last,
              last == ")" || last == "]" || "↑⇧▲".contains(last) || text.suffix(4).lowercased().hasSuffix("top") else { return }
        guard text.split(separator: " ").count <= 16, let kept = NavigationLines.strippingTrailingMarker(text) else { return }
        let removed = String(text.dropFirst(kept.count)).trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{00A0}")))
        log.record(.backLinkMarker, text: removed, span: unit.span)
        unit.lines = [kept.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{00A0}")))]
        unit.backLink = true
    }

    /// False when a text ending in `byte` cannot end in a Character `)`, `]`, `↑`, `⇧` or `▲`, nor in one
    /// that lower-cases to a string ending in `p`: only `)`, `]`, `p` and `P` and the last bytes of the
    /// three arrows (UTF-8 `E2 86 91`, `E2 87 A7`, `E2 96 B2`) may.
    @inline(__always) static func mayEndBackLink(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x29, 0x5D, 0x70, 0x50, 0x91, 0xA7, 0xB2: return true
        default: return false
        }
    }

    /// The comparison key of a line: folded white space, lower case.
    package static func key(_ line: String) -> String {
        if let fast = asciiKey(line) ?? simpleKey(line) { return fast }
        let folded = line.foldingWhitespace
        // A simple line (SimpleScalars) lower-cases from a table: the same String, without property look-ups.
        return SimpleScalars.lowercased(folded) ?? folded.lowercased()
    }

    /// `key` of an ASCII line in one pass over its bytes (every byte a scalar; white space is tab to CR and
    /// space, as `foldingWhitespace` folds it; lower case is A-Z shifted); nil for any other line.
    static func asciiKey(_ line: String) -> String? {
        var copy = line
        return copy.withUTF8 { bytes -> String? in
            var out = [UInt8](repeating: 0, count: bytes.count)
            var count = 0
            var pendingSpace = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte == 0x20 || byte >= 0x09 && byte <= 0x0D {
                    pendingSpace = count > 0
                    continue
                }
                if pendingSpace { out[count] = 0x20; count += 1; pendingSpace = false }
                out[count] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                count += 1
            }
            return String(decoding: out[0..<count], as: UTF8.self)
        }
    }

    /// `key` of a simple line (SimpleScalars: every scalar a Character) in one pass over its scalars:
    /// white-space scalars folded to one space, each other scalar lower-cased from the table; nil for any other line.
    static func simpleKey(_ line: String) -> String? {
        var copy = line
        return copy.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            let bits = ReaderScalars.bits, whitespace = ReaderScalars.whitespace, lowercase = SimpleScalars.lowercase
            var pendingSpace = false
            var i = 0
            while i < bytes.count {
                let (v, length) = ReaderScalars.scalar(bytes, at: i)
                i += length
                guard let slot = ReaderScalars.slot(v) else { return nil }
                if bits[slot] & whitespace != 0 {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                // (An ASCII scalar's lower case in the table is the byte, A-Z shifted.)
                if v < 0x80 { out.append(UInt8(v >= 0x41 && v <= 0x5A ? v + 0x20 : v)) } else { out.append(contentsOf: lowercase[slot]) }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// True when `unit` repeats `previous`; the keys are computed only when needed and kept in
    /// `previousKey` and `unitKey` for the next comparison.
    private static func isRepeat(_ unit: TextUnit, of previous: TextUnit, previousKey: inout String?, unitKey: inout String?,
                                 previousCounts: inout LineCounts?, unitCounts: inout LineCounts?) -> Bool {
        guard unit.isSingleLine && previous.isSingleLine && previous.kind == .paragraph else { return false }
        return sameKeys(unit.lines[0], previous.lines[0], aKey: &unitKey, bKey: &previousKey, aCounts: &unitCounts, bCounts: &previousCounts)
    }

    /// True when lines `a` and `b` have the same key; the keys are computed only when needed and
    /// kept in `aKey` and `bKey` (a key already there is used as it is).
    private static func sameKeys(_ a: String, _ b: String, aKey: inout String?, bKey: inout String?,
                                 aCounts: inout LineCounts?, bCounts: inout LineCounts?) -> Bool {
        let ca = aCounts ?? LineCounts(a)
        aCounts = ca
        let cb = bCounts ?? LineCounts(b)
        bCounts = cb
        // Cheap and exact: two ASCII lines with equal keys have as many bytes that are not white space.
        if let m = ca.ink, let n = cb.ink, m != n { return false }
        // Cheap and exact: folding white space and lower-casing neither make nor drop ASCII digits and punctuation.
        if ca.marks != cb.marks { return false }
        let ka = aKey ?? key(a)
        aKey = ka
        let kb = bKey ?? key(b)
        bKey = kb
        return ka == kb
    }

    /// A line's `asciiInkCount` and `asciiMarkCount`, computed once for the comparisons with both its neighbours.
    struct LineCounts {
        let ink: Int?
        let marks: Int

        init(_ line: String) {
            ink = TextArtifacts.asciiInkCount(line)
            marks = TextArtifacts.asciiMarkCount(line)
        }
    }

    /// The number of ASCII digits and punctuation bytes of a line.
    static func asciiMarkCount(_ line: String) -> Int {
        if let count = line.utf8.withContiguousStorageIfAvailable({ bytes -> Int in
            var count = 0
            for byte in bytes where byte >= 0x21 && byte <= 0x7E && !(byte >= 0x41 && byte <= 0x5A) && !(byte >= 0x61 && byte <= 0x7A) { count += 1 }
            return count
        }) { return count }
        var count = 0
        for byte in line.utf8 where byte >= 0x21 && byte <= 0x7E && !(byte >= 0x41 && byte <= 0x5A) && !(byte >= 0x61 && byte <= 0x7A) { count += 1 }
        return count
    }

    /// The number of bytes that are not white space when the line is ASCII; nil otherwise.
    package static func asciiInkCount(_ line: String) -> Int? {
        if let count = line.utf8.withContiguousStorageIfAvailable({ bytes -> Int? in
            var count = 0
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte != 0x20 && !(byte >= 0x09 && byte <= 0x0D) { count += 1 }
            }
            return count
        }) { return count }
        var count = 0
        for byte in line.utf8 {
            if byte >= 0x80 { return nil }
            if byte != 0x20 && !(0x09...0x0D).contains(byte) { count += 1 }
        }
        return count
    }
}
