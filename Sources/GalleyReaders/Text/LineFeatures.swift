// What one line of plain text looks like: length, words, case, final punctuation, markers.
import Foundation
import GalleyModel
import GalleySupport

/// How the words of a line are capitalised.
enum CaseStyle: String, Sendable {
    /// Every letter is upper case (`WHAT YOU NEED`).
    case allCaps
    /// Most content words start with a capital (`Power and Performance`).
    case title
    /// Only the first word (and names) start with a capital (`Testing the silicon`).
    case sentence
    /// The line starts with a lower-case letter.
    case lower
    /// No letters, or a script without case.
    case none
}

/// The measurable features of a single line, computed once.
struct LineFeatures: Sendable {
    /// The line, trimmed.
    let text: String
    /// Number of characters.
    let length: Int
    /// Number of white-space separated words.
    let wordCount: Int
    /// Capitalisation of the words.
    let caseStyle: CaseStyle
    /// The last character that is not a closing quote or bracket.
    let finalCharacter: Character?
    /// Number of sentences (sentence ends followed by a capitalised word, plus one).
    let sentenceCount: Int
    /// Share of characters that are letters.
    let letterShare: Double
    /// True when the line contains a URL or an e-mail / social handle.
    let hasLink: Bool

    init(_ raw: String) {
        let text = raw.trimmedSpaces
        self.text = text
        if text.utf8.count > LineFeatures.longLine || text.utf8.count > 170 && !text.hasPrefix("Q") && LineFeatures.scalarCount(text) > 170 {
            // Far too long for a heading: only the cheap measures (the rest never decides anything).
            length = LineFeatures.scalarCount(text)
            wordCount = 1 + LineFeatures.spaceBytes(text)
            caseStyle = .sentence
            finalCharacter = text.last
            sentenceCount = 2
            letterShare = 1
            hasLink = false
            return
        }
        if let scalars = ReaderScalars.scalars(text) {
            // Every scalar is a Character of its own: the same measures from scalars and flags.
            let m = SimpleLineMeasures(text, scalars)
            length = m.length
            wordCount = m.wordCount
            caseStyle = m.caseStyle
            finalCharacter = m.finalCharacter
            sentenceCount = m.sentenceCount
            letterShare = m.letterShare
            hasLink = m.hasLink
            return
        }
        length = text.count
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        wordCount = words.count
        caseStyle = LineFeatures.caseStyle(of: words)
        finalCharacter = LineFeatures.finalCharacter(of: text)
        sentenceCount = LineFeatures.sentences(in: text)
        let letters = text.reduce(0) { $0 + ($1.isLetter ? 1 : 0) }
        letterShare = length == 0 ? 0 : Double(letters) / Double(length)
        let lower = text.lowercased()
        hasLink = lower.contains("http://") || lower.contains("https://") || lower.contains("www.") || words.contains { $0.hasPrefix("@") && $0.count > 1 }
    }

    /// How many space bytes (0x20) the text holds: `text.utf8` counted from contiguous bytes.
    static func spaceBytes(_ text: String) -> Int {
        if let count = text.utf8.withContiguousStorageIfAvailable({ bytes -> Int in
            var count = 0
            for byte in bytes where byte == 0x20 { count += 1 }
            return count
        }) { return count }
        return text.utf8.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) }
    }

    /// `text.unicodeScalars.count` from the bytes: a String's UTF-8 is valid, so each scalar has
    /// exactly one byte that is no continuation byte (10xxxxxx).
    static func scalarCount(_ text: String) -> Int {
        if let count = text.utf8.withContiguousStorageIfAvailable({ bytes -> Int in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }) { return count }
        return text.unicodeScalars.count
    }

    /// Lines longer than this (in UTF-8 bytes) get only cheap measures.
    static let longLine = 640

    /// True when the line ends like a sentence: `.`, `!`, `;`, `,` or an ellipsis.
    var endsLikeSentence: Bool {
        guard let c = finalCharacter else { return false }
        return ".!;,…。！；，".contains(c)
    }

    /// True when the line ends with a question mark.
    var isQuestion: Bool { finalCharacter == "?" || finalCharacter == "？" }

    /// True when the line ends with a colon.
    var endsWithColon: Bool { finalCharacter == ":" || finalCharacter == "：" }

    /// The first letter of the line is lower case (ignoring opening quotes, digits and marks).
    var startsLowerCase: Bool { caseStyle == .lower }

    /// The characters that can close a sentence or phrase and are looked through at the end of a line.
    static let closers: Set<Character> = ["\"", "'", "”", "’", "»", ")", "]", "*", "_"]

    static func finalCharacter(of text: String) -> Character? {
        var last: Character?
        for c in text.reversed() where !c.isWhitespace {
            if closers.contains(c) { if last == nil { last = c }; continue }
            // Emoji and other symbols after the last word do not end the sentence.
            if c.isSymbol && !c.isCurrencySymbol && !c.isMathSymbol { continue }
            if text.hasSuffix("...") { return "…" }
            return c
        }
        return last
    }

    static func sentences(in text: String) -> Int {
        var count = 1
        let chars = Array(text)
        var i = 0
        while i < chars.count - 2 {
            if ".!?".contains(chars[i]) {
                var j = i + 1
                while j < chars.count, closers.contains(chars[j]) { j += 1 }
                // "'We Got Her!' Video Shows …": a stop inside quotation marks ends the quote, not the line's sentence.
                let quoted = j > i + 1
                if !quoted, j < chars.count - 1, chars[j] == " ", chars[j + 1].isUppercase {
                    // "Dr. Smith", "U.S. Army": a one- or two-letter word before the stop is an abbreviation.
                    var k = i - 1
                    var wordLength = 0
                    while k >= 0, chars[k].isLetter { wordLength += 1; k -= 1 }
                    if wordLength > 2 || chars[i] != "." { count += 1 }
                }
            }
            i += 1
        }
        return count
    }

    /// Minor words that title case leaves in lower case (articles, short prepositions, conjunctions).
    static let minorWordLength = 3

    static func caseStyle(of words: [Substring]) -> CaseStyle {
        var lettersSeen = false
        var anyLower = false
        var cased = false
        var firstLower = false
        var contentWords = 0
        var capitalisedContent = 0
        for (index, word) in words.enumerated() {
            // "16-inches instead", "3 Hospitalized": a line that starts with a figure does not start in lower case.
            if index == 0, word.first?.isNumber ?? false { lettersSeen = true }
            guard let first = word.first(where: { $0.isLetter }) else { continue }
            // A word that starts with a figure says nothing about case.
            if word.first?.isNumber ?? false { continue }
            let letters = word.filter(\.isLetter)
            if first.isUppercase || first.isLowercase { cased = true }
            if !lettersSeen {
                lettersSeen = true
                // "iPhone", "eBay": a lower-case letter followed by a capital is a name, not sentence text.
                let second = letters.dropFirst().first
                firstLower = first.isLowercase && !(second?.isUppercase ?? false)
            }
            if letters.contains(where: { $0.isLowercase }) { anyLower = true }
            if index > 0 && letters.count > minorWordLength {
                contentWords += 1
                if first.isUppercase || first.isNumber { capitalisedContent += 1 }
            }
        }
        if !lettersSeen || !cased { return .none }
        // "comwrap und eZ auf der DMEXCO": a lower-case brand name opening a line of capitalised words.
        if firstLower && !(contentWords > 0 && capitalisedContent == contentWords && words.count >= 3 && words.contains { $0.count > 1 && $0.allSatisfy { $0.isUppercase || !$0.isLetter } }) { return .lower }
        let letterCount = words.reduce(0) { $0 + $1.filter(\.isLetter).count }
        if !anyLower && letterCount >= 2 { return .allCaps }
        if contentWords == 0 { return .title }
        return Double(capitalisedContent) >= 0.75 * Double(contentWords) ? .title : .sentence
    }
}
