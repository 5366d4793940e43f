// Byte-level tests of one line for the outline model's own features: first word, label numbers, colons, identifiers.
import Foundation
import GalleyModel
import GalleySupport

extension OutlineFeatures {
    /// True when the first colon byte of the text is followed by a space byte.
    static func firstColonBeforeSpace(_ text: String) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            guard let colon = bytes.firstIndex(of: 0x3A) else { return false }
            return colon + 1 < bytes.count && bytes[colon + 1] == 0x20
        }) { return answer }
        guard let colon = text.utf8.firstIndex(of: 0x3A) else { return false }
        let next = text.utf8.index(after: colon)
        return next < text.utf8.endIndex && text.utf8[next] == 0x20
    }

    /// True when a word has an upper-case letter after its first character (`camelCase`, `iPhone`).
    static func hasUpperAfterFirst(_ word: Substring) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.utf8.dropFirst().contains { $0 >= 0x41 && $0 <= 0x5A } }
        return word.dropFirst().contains { $0.isUppercase }
    }

    /// The first word of a line, without trailing punctuation (`Class:` → `Class`).
    static func firstWord(_ line: String) -> Substring? {
        let utf8 = line.utf8
        // The first run of bytes that are not spaces, cut at the first byte that is no letter or digit.
        let start = utf8.firstIndex { $0 != 0x20 } ?? utf8.endIndex
        let end = utf8[start...].firstIndex { !($0 >= 0x30 && $0 <= 0x39 || $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x61 && $0 <= 0x7A) } ?? utf8.endIndex
        // When every byte up to and with the one that ends the word is ASCII (and no CR), each is a
        // Character of its own up to there (an ASCII byte extends no Character before it), and the
        // Character at `end` starts with a byte that is no letter or digit: the Character loop below
        // finds this word. (Reading only this prefix: a long line is not scanned to its end.)
        let checked = end < utf8.endIndex ? utf8.index(after: end) : end
        if utf8[..<checked].allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            return start == end ? nil : line[start..<end]
        }
        guard let word = line.split(separator: " ", maxSplits: 1).first else { return nil }
        let trimmed = word.prefix { $0.isLetter || $0.isNumber }
        return trimmed.isEmpty ? nil : trimmed
    }

    /// `Listing 4-1: …`, `Figure 2. …`, `Table 3 …`: a word and a number opening a caption.
    static func startsWithLabelNumber(_ text: String) -> Bool {
        if OutlineFeatures.asciiThroughSecondWord(text) {
            // ASCII: every byte a Character; capitals A-Z, letters A-Z and a-z, numbers 0-9.
            let words = text.utf8.split(separator: 0x20, maxSplits: 2)
            guard words.count >= 2, let lead = words[0].first, lead >= 0x41 && lead <= 0x5A,
                  words[0].allSatisfy({ $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x61 && $0 <= 0x7A }) else { return false }
            var number = words[1]
            while let b = number.first, b == 0x3A || b == 0x2E { number = number.dropFirst() }
            while let b = number.last, b == 0x3A || b == 0x2E { number = number.dropLast() }
            guard let first = number.first, first >= 0x30 && first <= 0x39 else { return false }
            return number.allSatisfy { $0 >= 0x30 && $0 <= 0x39 || $0 == 0x2D || $0 == 0x2E }
        }
        let words = text.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, words[0].first?.isUppercase ?? false, words[0].allSatisfy(\.isLetter) else { return false }
        let number = OutlineFeatures.trimmingColonsAndDots(words[1])
        return !number.isEmpty && number.first!.isNumber && number.allSatisfy { $0.isNumber || $0 == "-" || $0 == "." }
    }

    /// True when the bytes of a text up to two bytes past its second space-separated word (or to its
    /// end) are ASCII and no CR: there every byte is a Character of its own, and the space after the
    /// second word is a Character `" "`, so splitting bytes at spaces finds the first two words that
    /// splitting Characters finds. (A long line is not scanned to its end.)
    static func asciiThroughSecondWord(_ text: String) -> Bool {
        let utf8 = text.utf8
        var words = 0, inWord = false
        for byte in utf8 {
            guard byte < 0x80 && byte != 0x0D else { return false }
            if byte == 0x20 {
                if inWord { words += 1; inWord = false }
            } else if words >= 2 {
                // The second word ended with the space before this byte: both bytes after it checked.
                return true
            } else {
                inWord = true
            }
        }
        return true
    }

    /// `trimmingCharacters(in: CharacterSet(charactersIn: ":."))`: both are ASCII, so trimming bytes is the same.
    static func trimmingColonsAndDots(_ s: Substring) -> String {
        let utf8 = s.utf8
        var start = utf8.startIndex, end = utf8.endIndex
        while start < end, utf8[start] == 0x3A || utf8[start] == 0x2E { start = utf8.index(after: start) }
        while end > start {
            let before = utf8.index(before: end)
            guard utf8[before] == 0x3A || utf8[before] == 0x2E else { break }
            end = before
        }
        return String(s[start..<end])
    }
}
