// Markers at the start of a line: list bullets, item numbers, section numbers, chapter words, rules.
import Foundation
import GalleyModel
import GalleySupport

/// A list marker at the start of a line.
struct ListMarker: Sendable, Equatable {
    /// True for `1.`, `a)`, `(2)`; false for bullets.
    let ordered: Bool
    /// The item number (letters count a = 1), 1 for bullets.
    let number: Int
    /// `.` or `)` for ordered items.
    let delimiter: ListBlock.Delimiter
    /// The bullet character for bullet items.
    let bullet: Character?
    /// True when the item is lettered (`a)`), which never starts a heading.
    let lettered: Bool
    /// The text after the marker.
    let content: String
}

/// Recognises the markers a line can start with.
enum LineMarkers {
    static let bullets: Set<Character> = ["-", "*", "•", "·", "‣", "◦", "▪", "–", "+", "●", "○", "■", "□", "➢", "►"]

    /// The list marker of a line, if it has one.
    static func listMarker(_ line: String) -> ListMarker? {
        // A line opening with two ASCII letters (a word) has no marker: a lettered item needs `a)` or `a.`.
        if let lead = line.utf8.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }), LineMarkers.isASCIILetter(line.utf8[lead]) {
            let next = line.utf8.index(after: lead)
            if next < line.utf8.endIndex, LineMarkers.isASCIILetter(line.utf8[next]) { return nil }
        }
        guard let lead = line.first(where: { $0 != " " && $0 != "\t" }), bullets.contains(lead) || lead.isNumber || lead.isLetter || lead == "(" else { return nil }
        let s = line.trimmedSpaces
        guard let first = s.first else { return nil }
        if bullets.contains(first) {
            let rest = s.dropFirst()
            guard let space = rest.first, space == " " || space == "\t" else { return nil }
            let content = rest.trimmedSpaces
            guard !content.isEmpty else { return nil }
            // "- - -" and "* * *" are rules, not items.
            if isThematicBreak(s) { return nil }
            return ListMarker(ordered: false, number: 1, delimiter: .period, bullet: first, lettered: false, content: content)
        }
        var chars = Substring(s)
        var parenthesised = false
        if chars.first == "(" { parenthesised = true; chars = chars.dropFirst() }
        let digits = chars.prefix(while: { $0.isASCII && $0.isNumber })
        var number: Int?
        var lettered = false
        var after = chars
        if !digits.isEmpty && digits.count <= 3 {
            number = Int(digits)
            after = chars.dropFirst(digits.count)
        } else if let letter = chars.first, letter.isASCII, letter.isLetter, chars.dropFirst().first.map({ $0 == ")" || $0 == "." }) ?? false {
            number = Int((letter.lowercased().unicodeScalars.first?.value ?? 97) - 96)
            lettered = true
            after = chars.dropFirst()
        }
        guard let n = number, let delimiter = after.first else { return nil }
        if parenthesised && delimiter != ")" { return nil }
        guard delimiter == "." || delimiter == ")" else { return nil }
        let rest = after.dropFirst()
        guard let space = rest.first, space == " " || space == "\t" else { return nil }
        let content = rest.trimmedSpaces
        guard !content.isEmpty else { return nil }
        // "a. m." or "A. Smith" style initials are not lettered items unless followed by a word.
        if lettered && delimiter == "." && content.count < 2 { return nil }
        return ListMarker(ordered: true, number: n, delimiter: delimiter == ")" ? .paren : .period, bullet: nil, lettered: lettered, content: content)
    }

    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A || byte >= 0x61 && byte <= 0x7A }

    /// Section numbering such as `2.`, `2.3`, `IV.` at the start of a heading: the number parts.
    static func sectionNumber(_ line: String) -> [Int]? {
        // Numbering starts with a digit, a sign (`Int` reads `+2`, `-1`) or a Roman numeral letter.
        guard let lead = line.unicodeScalars.first(where: { !$0.properties.isWhitespace }),
              lead.isASCII, "0123456789+-IVXLCDM".utf8.contains(UInt8(lead.value)) else { return nil }
        let s = line.trimmedSpaces
        let token = s.prefix(while: { !$0.isWhitespace })
        guard token.endIndex < s.endIndex else { return nil }  // (token is a prefix of s: fewer characters)
        var body = token
        if body.hasSuffix(".") || body.hasSuffix(")") { body = body.dropLast() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count <= 5 else { return nil }
        var numbers: [Int] = []
        for part in parts {
            if let n = Int(part), part.count <= 3 { numbers.append(n); continue }
            if parts.count == 1, token.hasSuffix("."), let r = romanValue(String(part)) { numbers.append(r); continue }
            return nil
        }
        // "2019 was a year" is not numbering: a plain number needs its dot.
        if numbers.count == 1 && !(token.hasSuffix(".") || token.hasSuffix(")")) { return nil }
        return numbers
    }

    /// Words that introduce a division of a book, in rank order (lower index outranks).
    static let divisionWords: [[String]] = [
        ["volume", "book", "band", "tome", "livre", "libro"],
        ["part", "teil", "partie", "parte"],
        ["chapter", "kapitel", "chapitre", "capítulo", "capitolo", "hoofdstuk"],
        ["section", "abschnitt", "appendix", "anhang", "annexe"],
    ]

    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "the",
    ]

    /// The rank of a division heading such as `Chapter IV`, `Part Two`, `BOOK 3. The Return`, or nil.
    static func divisionRank(_ line: String) -> Int? {
        guard line.utf8.count <= 200, line.first(where: { $0 != " " && $0 != "\t" })?.isUppercase ?? false else { return nil }
        let trimmed = line.trimmedSpaces
        // (An ASCII line neither short enough for a Roman numeral nor opened by a division word: nil.)
        if HeadingASCII.withBytes(trimmed, HeadingASCII.cannotBeDivision) == true { return nil }
        return divisionRankByCharacters(trimmed)
    }

    /// `divisionRank` of a line already trimmed whose first Character is upper-case, read by Characters.
    static func divisionRankByCharacters(_ trimmed: String) -> Int? {
        // "IV." or "XII" alone on a line: a chapter number, as in many printed books.
        let bare = trimmed.hasSuffix(".") ? String(trimmed.dropLast()) : trimmed
        if !bare.isEmpty, bare.dropFirst(6).isEmpty, bare == bare.uppercased(), let value = romanValue(bare), value <= 60, bare != "I" || trimmed.hasSuffix(".") {
            return 2
        }
        // The keyword first (the first word is the same whatever the split), then the word count.
        let head = trimmed.split(separator: " ", maxSplits: 1)
        guard head.count >= 2 else { return nil }
        let keyword = head[0].lowercased()
        guard let rank = divisionWords.firstIndex(where: { $0.contains(keyword) }) else { return nil }
        // (At most 15 pieces: the line has no trailing space, so a 15th piece means 15 words or more.)
        let words = trimmed.split(separator: " ", maxSplits: 14)
        guard words.count >= 2, words.count <= 14 else { return nil }
        let numberToken = words[1].trimmingCharacters(in: CharacterSet(charactersIn: ".:—–-"))
        let isNumber = Int(numberToken) != nil || romanValue(numberToken.uppercased()) != nil && numberToken == numberToken.uppercased()
            || numberWords.contains(numberToken.lowercased())
        guard isNumber else { return nil }
        // The keyword must be capitalised like a heading ("Chapter", "CHAPTER"), not prose ("part two of").
        guard words[0].first?.isUppercase ?? false else { return nil }
        return rank
    }

    /// The value of a Roman numeral (I–MMM), or nil.
    static func romanValue(_ s: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        guard !s.isEmpty, s.count <= 8 else { return nil }
        var total = 0
        var previous = 0
        for c in s.reversed() {
            guard let v = values[c] else { return nil }
            if v < previous { total -= v } else { total += v; previous = v }
        }
        return total > 0 ? total : nil
    }

    /// True for a line made only of `-`, `*`, `_`, `=` or `~` (3 or more, spaces allowed).
    static func isThematicBreak(_ line: String) -> Bool {
        // (The Characters before the first other one are single space and tab bytes, so it starts at
        // the first other byte; an ASCII byte other than `-*_=~` there starts a Character that equals
        // none of the markers: only the same scalar equals an ASCII one, and `·` and `•` are not ASCII.)
        guard line.utf8.count <= 200, let lead = line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }),
              lead >= 0x80 || lead == 0x2D || lead == 0x2A || lead == 0x5F || lead == 0x3D || lead == 0x7E else { return false }
        return isThematicBreakByCharacters(line)
    }

    /// `isThematicBreak` read by Characters (any line).
    static func isThematicBreakByCharacters(_ line: String) -> Bool {
        guard line.utf8.count <= 200, let first = line.first(where: { $0 != " " && $0 != "\t" }), "-*_=~·•".contains(first) else { return false }
        let s = line.filter { !$0.isWhitespace }
        guard s.count >= 3, let c = s.first, "-*_=~·•".contains(c) else { return false }
        return s.allSatisfy { $0 == c }
    }

    /// The setext underline character (`=` or `-`) when the line is only that character.
    static func setextUnderline(_ line: String) -> Character? {
        let s = line.trimmedSpaces
        guard s.count >= 3, let c = s.first, c == "=" || c == "-" else { return nil }
        return s.allSatisfy { $0 == c } ? c : nil
    }

    /// `## Notes`: one to six `#`, a space, then text (the `#` count and the text).
    static func atxHeading(_ line: String) -> (Int, String)? {
        guard line.first(where: { $0 != " " }) == "#" else { return nil }
        let s = line.trimmedSpaces
        let marks = s.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(marks), s.dropFirst(marks).first == " " else { return nil }
        // Closing #s and the white space between them go; one backward pass (linear in the line).
        var text = Substring(s.dropFirst(marks).trimmedSpaces)
        while text.last == "#" {
            text.removeLast()
            while let last = text.unicodeScalars.last, last.properties.isWhitespace { text.unicodeScalars.removeLast() }
        }
        return text.isEmpty ? nil : (marks, String(text))
    }

    /// The number of leading spaces (a tab counts 4).
    static func indentation(_ line: String) -> Int {
        var n = 0
        for c in line {
            if c == " " { n += 1 } else if c == "\t" { n += 4 } else { break }
        }
        return n
    }
}
