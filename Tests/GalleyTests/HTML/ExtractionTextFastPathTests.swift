// Tests that the extraction features' byte paths (TextPieces, ExtractionText, cue masks, text cues) answer what the Character code answers.
import Foundation
import Testing
@testable import GalleyReaders

/// The counts of `ExtractionText`, read Character by Character (the code the byte paths shortcut).
private func referenceCounts(_ text: String) -> [String] {
    var words = 0, shortWords = 0, digitWords = 0, capitalWords = 0, sentenceEnds = 0, punctuation = 0
    var wordList: [String] = []
    var length = 0, digits = 0, capital = false, current = ""
    var last: Character = " "
    func close() {
        guard length > 0 else { return }
        words += 1
        if length <= 3 { shortWords += 1 }
        if digits * 2 > length { digitWords += 1 }
        if capital { capitalWords += 1 }
        if wordList.count < 40 { wordList.append(current.lowercased()) }
        length = 0; digits = 0; capital = false; current = ""
    }
    for c in text {
        if c.isLetter || c.isNumber {
            if length == 0 { capital = c.isUppercase }
            length += 1
            if c.isNumber { digits += 1 }
            if wordList.count < 40 { current.append(c) }
        } else {
            close()
            if c == "." || c == "!" || c == "?" || c == "。" || c == "！" || c == "？" { sentenceEnds += 1 }
            if c.isPunctuation || c.isSymbol { punctuation += 1 }
        }
        if !c.isWhitespace { last = c }
    }
    close()
    let ends = last == "." || last == "!" || last == "?" || last == "。" || last == ":" || last == "\""
    return ["\(words) \(shortWords) \(digitWords) \(capitalWords) \(sentenceEnds) \(punctuation) \(ends)"] + wordList
}

private func counts(_ text: String) -> [String] {
    let t = ExtractionText(text)
    return ["\(t.words) \(t.shortWords) \(t.digitWords) \(t.capitalWords) \(t.sentenceEnds) \(t.punctuation) \(t.endsSentence)"] + t.wordList
}

/// Pieces that meet at every kind of edge: ASCII, listed punctuation, combining marks, CR LF, other scripts, prepended marks.
private let pieces = [
    "a", "Word", "x1", "42", " ", ".", "!", "?", ":", "\"", "-", "\r\n", "\r", "\n", "\t", "\u{A0}", "\u{2019}", "\u{201C}", "\u{201D}",
    "\u{2014}", "\u{2013}", "\u{2026}", "\u{AB}", "\u{BB}", "\u{B7}", "\u{2022}", "\u{301}", "e\u{301}", "é", "Über", "İ", "ΣΑΣ",
    "日本", "。", "！", "👍", "\u{200D}", "\u{600}", "\u{903}", "K\u{212A}", "©", "\u{2020}", "zapisz", "się", "à",
]

@Test func extractionTextByteStretchesMatchTheCharacterReading() {
    var generator = SystemRandomNumberGenerator()
    var texts = pieces.flatMap { a in pieces.map { b in a + b } }
    for _ in 0..<3000 {
        texts.append((0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
    }
    for text in texts {
        #expect(counts(text) == referenceCounts(text), "\(Array(text.unicodeScalars))")
        #expect(ExtractionText.lowerWords(text) == ExtractionText.words(text), "\(Array(text.unicodeScalars))")
    }
}

/// Long texts (past the 40 words kept for the title overlap), with runs of ASCII letters and
/// digits read at once (`readSimple`, HTML speed round 6) across piece edges.
@Test func extractionTextLongTextsMatchTheCharacterReading() {
    var random = SeededRandom(state: 11)
    for _ in 0..<400 {
        let text = (0..<(40 + random.next(80))).map { _ in pieces[random.next(pieces.count)] }.joined()
        #expect(counts(text) == referenceCounts(text), "\(Array(text.unicodeScalars))")
        let ascii = (0..<(40 + random.next(80))).map { _ in ["Word", "x1", "42", " ", ".", "ab", "Z", "\n", "-", "?"][random.next(10)] }.joined()
        #expect(counts(ascii) == referenceCounts(ascii), "\(ascii)")
    }
}

@Test func asciiWordsMatchTheCharacterSplit() {
    var random = SeededRandom(state: 3)
    var texts = pieces.flatMap { a in pieces.map { b in a + b } }
    for _ in 0..<3000 { texts.append((0..<random.next(12)).map { _ in pieces[random.next(12)] }.joined()) }
    for text in texts {
        let expected = text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        #expect(ExtractionText.words(text) == expected, "\(Array(text.unicodeScalars))")
        if let ascii = ExtractionText.asciiWords(text) { #expect(ascii == expected) } else { #expect(text.utf8.contains { $0 >= 0x80 }) }
    }
}

@Test func cueMasksMatchTheTokenReading() {
    var cache = CueMaskCache()
    for names in ["main-content", "mainContent sidebar", "two-col-sidebar-right", "NAV", "post__author-name", "a-very-long-class-name-with-many-parts",
                  "x" + String(repeating: "y", count: 80), "Kelvin\u{212A} comment", "", "byline", "byline"] {
        let reference = ExtractionCues.tokens(names).reduce(UInt32(0)) { $0 | (ExtractionCues.masks[$1] ?? 0) }
        #expect(ExtractionCues.mask(of: names) == reference, "\(names)")
        #expect(cache.mask(class: names, id: "") == reference, "\(names)")
        #expect(cache.mask(class: names, id: "author") == ExtractionCues.mask(of: names + " author"), "\(names)")
    }
}
