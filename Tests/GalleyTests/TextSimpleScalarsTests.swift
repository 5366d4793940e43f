// Tests that the text reader's fast paths for simple lines answer exactly what its Character code answers.
import Foundation
import Testing
@testable import Galley
@testable import GalleyModel
@testable import GalleySupport
@testable import GalleyReaders
@testable import GalleyPasses
@testable import GalleyWriters
@testable import GalleyPipeline
@testable import GalleyBook
@testable import GalleyBatch

/// Lines of several scripts and shapes, all simple (SimpleScalars).
private let simpleLines = [
    "Growing Tomatoes on a Balcony", "WHAT YOU NEED", "iPhone 12 review: is it worth it?", "eBay und DMEXCO Köln",
    "Dr. Smith met U.S. Army officers. They left!", "“Quoted,” she said. “Really?”", "Über die Straße – ein Überblick…",
    "Ελληνικά: Η ΑΘΗΝΑ είναι πόλη.", "Москва — столица России. Это город.", "fs.read(fd[, options])", "snake_case and a::b",
    "Listing 4-1: A caption", "Chapter IV", "See http://example.com or www.test.org", "Follow @galley now",
    "«Citation» — «Zitat»", "3 Hospitalized after crash", "16-inches instead", "Price: 12 €", "A B", "x", "", "...", "Wait...",
    "Ends with emoji-free symbol ©", "Title – Subtitle ‰", "İstanbul ǅemal", "tab\tseparated\tcells",
]

@Test func simpleLinesAreRecognized() {
    for line in simpleLines { #expect(SimpleScalars.isSimple(line), "\(line)") }
    for line in ["e\u{301}", "emoji 👍", "a\rb", "한국어", "ΟΔΟΣ", "a\u{200D}b", "ab\u{483}"] {
        #expect(!SimpleScalars.isSimple(line), "\(line)")
    }
}

@Test func simpleLineMeasuresMatchTheCharacterCode() {
    for line in simpleLines {
        let scalars = SimpleScalars.scalars(line)!
        let m = SimpleLineMeasures(line, scalars)
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        #expect(m.length == line.count, "\(line)")
        #expect(m.wordCount == words.count, "\(line)")
        #expect(m.caseStyle == LineFeatures.caseStyle(of: words), "\(line)")
        #expect(m.finalCharacter == LineFeatures.finalCharacter(of: line), "\(line)")
        #expect(m.sentenceCount == LineFeatures.sentences(in: line), "\(line)")
        let lower = line.lowercased()
        let link = lower.contains("http://") || lower.contains("https://") || lower.contains("www.") || words.contains { $0.hasPrefix("@") && $0.count > 1 }
        #expect(m.hasLink == link, "\(line)")
    }
}

@Test func simpleTablesMatchCharacterProperties() {
    var all = ""
    for v: UInt32 in 0..<0x20D0 {
        guard let slot = SimpleScalars.slot(v), let scalar = Unicode.Scalar(v) else { continue }
        let c = Character(scalar)
        let flags = SimpleScalars.table[slot]
        #expect(flags.contains(.letter) == c.isLetter && flags.contains(.uppercase) == c.isUppercase && flags.contains(.number) == c.isNumber)
        if v > 0x20 { all.unicodeScalars.append(scalar) }
    }
    // Lower-casing from the table is String's own, on every simple scalar at once.
    #expect(SimpleScalars.lowercased(all) == all.lowercased())
    #expect(SimpleScalars.lowercased("e\u{301}") == nil)
}

@Test func simpleWordSplitMatchesSplit() {
    for line in simpleLines + ["  two  spaces  ", String(repeating: "w ", count: 60)] {
        let expected = Array(line.split(separator: " ", maxSplits: OutlineFeatures.wordsRead, omittingEmptySubsequences: true).prefix(OutlineFeatures.wordsRead))
        #expect(SimpleScalars.words(line[...], limit: OutlineFeatures.wordsRead) == expected, "\(line)")
    }
}

@Test func flatForestScoresLikeTheTrees() {
    let model = OutlineModel.shared
    let text = "A Title For The Page\n\nSome running text that is long enough to be a paragraph of the page.\n\nA Section\n\nMore text.\n"
    for row in TextStructure.analyze(text).featureRows {
        let features = Array(row.features.dropLast())
        #expect(model.headingScore(features) == model.heading.score(features, columns: OutlineModel.headingColumns))
    }
}
