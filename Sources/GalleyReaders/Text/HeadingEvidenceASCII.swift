// Byte paths of the heading disqualifiers (score, byline, word list, caption, date) for lines whose every byte is a Character.
import GalleyModel
import GalleySupport

/// The same answers as the Character code of `HeadingScorer`, read from bytes when every byte of
/// the line is ASCII and none is a CR (then each byte is one Character: only CR LF joins two ASCII
/// scalars). `HeadingScorer`'s tests fall back to their Character code otherwise; a test compares both.
enum HeadingASCII {
    /// `body` applied to the bytes of `text` when each byte is a Character of its own; nil otherwise.
    @inline(__always)
    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        var copy = text
        return copy.withUTF8 { bytes -> R? in
            for byte in bytes where byte >= 0x80 || byte == 0x0D { return nil }
            return body(bytes)
        }
    }

    /// `HeadingScorer.endsWithScore` of a simple line (SimpleScalars: every scalar a Character of
    /// its own, so the last space Character is the last space byte and each scalar of the last word
    /// is one Character, a number when its flags say so); nil for any other line.
    static func endsWithScoreSimple(_ text: String) -> Bool? {
        guard ReaderScalars.isSimple(text) else { return nil }
        var copy = text
        return copy.withUTF8 { b -> Bool in
            guard !b.isEmpty else { return false }
            var start = b.count
            while start > 0 && b[start - 1] != 0x20 { start -= 1 }
            let table = ReaderScalars.bits, numberBit = ReaderScalars.number
            var parts = 0, inPart = false, numbersOnly = true, colon = false
            var i = start
            while i < b.count {
                let (v, length) = ReaderScalars.scalar(b, at: i)
                i += length
                // The separators `-`, `–` and `:` (empty pieces omitted, as `split` omits them).
                if v == 0x2D || v == 0x2013 || v == 0x3A {
                    if v == 0x3A { colon = true }
                    inPart = false
                } else {
                    if !inPart { parts += 1; inPart = true }
                    if (ReaderScalars.slot(v).map { table[$0] } ?? 0) & numberBit == 0 { numbersOnly = false }
                }
            }
            return parts == 2 && numbersOnly && !colon
        }
    }

    /// True when `HeadingScorer.isBylineByCharacters` of a simple line (SimpleScalars) is false for
    /// reasons its bytes show: the first non-space byte cannot open `By`, `Von`, `Par`, `Por`, `Door`
    /// or `Di`, and the line has no comma, more than one, or not two or three space-separated words
    /// before it (in a simple line every scalar is a Character, so the comma and space Characters
    /// are the `,` and space bytes). False whenever the Character code must decide.
    static func bylineRuledOutSimple(_ text: String) -> Bool {
        var copy = text
        let answer = copy.withUTF8 { b -> Bool in
            var i = 0
            while i < b.count && b[i] == 0x20 { i += 1 }
            let lead = i < b.count ? b[i] : 0
            if lead == 0x42 || lead == 0x56 || lead == 0x50 || lead == 0x44 { return false }
            var words = 0, inWord = false, commas = 0
            for byte in b {
                if byte == 0x2C {
                    commas += 1
                    if commas > 1 { return true }
                    inWord = false
                    continue
                }
                if commas > 0 { continue }
                if byte == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1 }
            }
            return commas == 0 || words < 2 || words > 3
        }
        return answer && ReaderScalars.isSimple(text)
    }

    /// `body` applied to the UTF-8 bytes of `text` (any text).
    @inline(__always)
    static func withUTF8<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var copy = text
        return copy.withUTF8(body)
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b >= 0x09 && b <= 0x0D }

    /// The pieces of `bytes[range]` between separators, as `split(maxSplits:whereSeparator:)`
    /// gives them (empty pieces omitted; after `maxSplits` pieces the rest is one piece).
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, maxSplits: Int = .max,
                      _ isSeparator: (UInt8) -> Bool) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            if isSeparator(bytes[i]) {
                let appended = start < i
                if appended { pieces.append(start..<i) }
                i += 1
                start = i
                if appended && pieces.count == maxSplits { break }
            } else {
                i += 1
            }
        }
        if start < range.upperBound { pieces.append(start..<range.upperBound) }
        return pieces
    }

    /// `HeadingScorer.endsWithScore` from bytes.
    static func endsWithScore(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !b.isEmpty else { return false }
        var start = b.count
        while start > 0 && b[start - 1] != 0x20 { start -= 1 }
        var parts = 0
        var inPart = false
        var digitsOnly = true
        var colon = false
        for i in start..<b.count {
            let c = b[i]
            if c == 0x2D || c == 0x3A {
                if c == 0x3A { colon = true }
                inPart = false
            } else {
                if !inPart { parts += 1; inPart = true }
                if !isDigit(c) { digitsOnly = false }
            }
        }
        return parts == 2 && digitsOnly && !colon
    }

    /// The lower-cased words a byline may start with.
    static let bylineOpeners: Set<String> = ["by", "von", "par", "por", "door", "di"]

    /// `HeadingScorer.isByline` from bytes.
    static func isByline(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let all = 0..<b.count
        let space: (UInt8) -> Bool = { $0 == 0x20 }
        let lead = b.first { $0 != 0x20 } ?? 0
        if lead == 0x42 || lead == 0x56 || lead == 0x50 || lead == 0x44 {
            let words = split(b, all, maxSplits: 7, space)
            if words.count >= 2, words.count <= 7, (2...4).contains(words[0].count),
               bylineOpeners.contains(String(decoding: words[0].map { isUpper(b[$0]) ? b[$0] | 0x20 : b[$0] }, as: UTF8.self)),
               isUpper(b[words[0].lowerBound]), isUpper(b[words[1].lowerBound]) {
                return true
            }
        }
        guard let comma = b.firstIndex(of: 0x2C), !b[(comma + 1)...].contains(0x2C) else { return false }
        let name = split(b, 0..<comma, space)
        let role = split(b, (comma + 1)..<b.count, space)
        guard (2...3).contains(name.count), name.allSatisfy({ word in
            isUpper(b[word.lowerBound]) && word.dropFirst().allSatisfy { isLower(b[$0]) || b[$0] == 0x2D || b[$0] == 0x27 }
        }) else { return false }
        return role.count >= 2 && role.contains { isLower(b[$0.lowerBound]) }
    }

    /// `HeadingScorer.isWordList` from bytes.
    static func isWordList(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.contains(0x2C) else { return false }
        let parts = split(b, 0..<b.count) { $0 == 0x2C }
        return parts.count >= 3 && parts.allSatisfy { split(b, $0) { $0 == 0x20 }.count == 1 }
    }

    /// `HeadingScorer.isCaption` from bytes.
    static func isCaption(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let colon = b.firstIndex(of: 0x3A) else { return false }
        guard split(b, 0..<colon, { $0 == 0x20 }).count == 1 else { return false }
        var i = colon + 1
        while i < b.count && isSpace(b[i]) { i += 1 }
        return i < b.count && isLower(b[i])
    }

    /// `HeadingScorer.containsDate` from bytes.
    static func containsDate(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let words = split(b, 0..<b.count) { $0 == 0x20 || $0 == 0x2C || $0 == 0x2E }
        for (i, word) in words.enumerated() where word.count <= 9 && isUpper(b[word.lowerBound])
            && word.allSatisfy({ isUpper(b[$0]) || isLower(b[$0]) })
            && HeadingScorer.months.contains(String(decoding: word.map { b[$0] | 0x20 }, as: UTF8.self)) {
            let neighbours = [i > 0 ? words[i - 1] : nil, i + 1 < words.count ? words[i + 1] : nil].compactMap { $0 }
            if neighbours.contains(where: { w in w.allSatisfy { isDigit(b[$0]) } || (isDigit(b[w.lowerBound]) && w.count <= 4) }) { return true }
        }
        return words.contains { w in
            guard b[w].contains(0x2D) else { return false }
            let parts = split(b, w) { $0 == 0x2D }
            return parts.count == 3 && parts[0].count == 4 && parts.allSatisfy { $0.allSatisfy { isDigit(b[$0]) } }
        }
    }

    /// The ASCII words that open a division (`LineMarkers.divisionWords`), as bytes.
    static let divisionWordBytes: [[UInt8]] = LineMarkers.divisionWords.joined().map { Array($0.utf8) }.filter { $0.allSatisfy { $0 < 0x80 } }

    /// True when the trimmed line in `b` cannot be a division (`LineMarkers.divisionRank` is nil):
    /// more than 6 bytes before a final `.` (no Roman numeral alone) and a first word before a
    /// space that no division word equals when lower-cased (or no space at all).
    static func cannotBeDivision(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let bare = b.last == 0x2E ? b.count - 1 : b.count
        guard bare > 6 else { return false }
        guard let space = b.firstIndex(of: 0x20) else { return true }
        return !divisionWordBytes.contains { word in
            word.count == space && (0..<space).allSatisfy { (isUpper(b[$0]) ? b[$0] | 0x20 : b[$0]) == word[$0] }
        }
    }
}
