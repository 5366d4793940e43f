// Tests that the fourth round's changes to the text reader (flat feature table, prefix byte checks, reading without evidence) give the answers they replace.
import Foundation
import Testing
@testable import Galley
@testable import GalleyModel
@testable import GalleySupport
@testable import GalleyReaders
@testable import GalleyPasses

/// Lines whose first words are ASCII and whose later bytes are not, with combining marks right
/// after a word or a space (where a Character spans more than the ASCII byte).
private let lines = [
    "Title", "Title \u{301}rest", "Title\u{301} rest", "Wor\u{301}d", "Kelvin \u{212A}", "Über alles", "  Title: é", "Ab1 \u{301}x",
    "Figure 2. ünïcode later", "Figure 2 \u{301}x", "Figure 2\u{301} x", "Listing 4-1: é", "Table\u{301} 3 x", "Table 3", "Table 3:",
    "Figure  2  x é", "figure 2 é", "Fig 2a é", "Chapter 12 \u{1F44D}", "", " ", "   x", "x\ry é", "A 1-2. \u{301}", "Word, then é",
]

/// `OutlineFeatures.firstWord` as the Character code computes it.
private func firstWordByCharacters(_ line: String) -> Substring? {
    guard let word = line.split(separator: " ", maxSplits: 1).first else { return nil }
    let trimmed = word.prefix { $0.isLetter || $0.isNumber }
    return trimmed.isEmpty ? nil : trimmed
}

/// `OutlineFeatures.startsWithLabelNumber` as the Character code computes it.
private func labelNumberByCharacters(_ text: String) -> Bool {
    let words = text.split(separator: " ", maxSplits: 2)
    guard words.count >= 2, words[0].first?.isUppercase ?? false, words[0].allSatisfy(\.isLetter) else { return false }
    let number = OutlineFeatures.trimmingColonsAndDots(words[1])
    return !number.isEmpty && number.first!.isNumber && number.allSatisfy { $0.isNumber || $0 == "-" || $0 == "." }
}

@Test func firstWordReadsOnlyItsPrefixAndAnswersAsCharactersDo() {
    for line in lines + [String(repeating: "word ", count: 2000) + "é"] {
        #expect(OutlineFeatures.firstWord(line) == firstWordByCharacters(line), "\(line.debugDescription)")
    }
}

@Test func labelNumberReadsOnlyTwoWordsAndAnswersAsCharactersDo() {
    for line in lines {
        #expect(OutlineFeatures.startsWithLabelNumber(line) == labelNumberByCharacters(line), "\(line.debugDescription)")
    }
    // (Through the byte after the space that ends the second word: it must not be a mark joining that space.)
    #expect(OutlineFeatures.asciiThroughSecondWord("Figure 2 xé"))
    #expect(!OutlineFeatures.asciiThroughSecondWord("Figure 2 é"))
    #expect(!OutlineFeatures.asciiThroughSecondWord("Figure 2 \u{301}"))
    #expect(!OutlineFeatures.asciiThroughSecondWord("Figure é"))
}

private let sample = """
Growing Tomatoes on a Balcony

Tomatoes need sun, water and a large pot; this guide covers the rest of what a small balcony garden needs.

1. Choosing a Variety

Cherry tomatoes forgive a small pot better than beefsteak varieties and ripen earlier in the summer.

- a list item
- another item

Watering

Water in the morning, deeply and at the base of the plant, so the leaves stay dry through the day.

Foto: dpa
"""

@Test func flatFeatureTableReadsAsTheRowsItPrints() throws {
    let rows = TextStructure.analyze(sample).featureRows.map { Array($0.features.dropLast()) }
    #expect(!rows.isEmpty)
    // The rows printed by `explain` are the table's rows; reading them through the table's columns gives the same numbers.
    let names = OutlineFeatures.names
    for row in rows { #expect(row.count == names.count) }
    // The reader's steps up to the feature table (as `TextStructure.analyze`).
    let lines = TextSegmenter.lines(of: sample)
    var log = RemovalLog(stage: TextArtifacts.stage)
    var units = BlockClassifier.classify(TextArtifacts.clean(TextSegmenter.units(lines), log: &log), baseIndent: BlockClassifier.baseIndent(lines))
    let (ruled, evidence) = RuleReading.read(&units, reasons: true)
    let table = OutlineFeatures(units, old: ruled, evidence: evidence)
    #expect(table.count == rows.count)
    for unit in 0..<table.count {
        #expect(table.row(unit) == rows[unit])
        for column in names.indices { #expect(table.value(unit, column) == rows[unit][column]) }
    }
    // The level scorers' pair features are the same whether they read the flat table or the printed rows.
    let shapes: Set<NeighbourFeatures.Shape> = [NeighbourFeatures.shape(rows[0])]
    #expect(OutlineModel.pair(table, 0, 2, aFirst: true, earlierShapes: shapes) == OutlineModel.pair(rows, 0, 2, aFirst: true, earlierShapes: shapes))
}

@Test func readingAloneDecidesAsExplainDoes() {
    for text in [sample, "ONE PART\n\nSome running text that goes on for a while.\n\nA smaller point\n\nMore text here, long enough.\n"] {
        let alone = TextStructure.analyze(text, explain: false).document
        let explained = TextStructure.analyze(text, explain: true).document
        #expect(alone == explained)
    }
}

@Test func wordCountsOfSimpleTextMatchCharacterSplits() {
    let texts = lines + ["один два три четыре пять шесть семь восемь девять десять", "a  b   c", "Zürich ist schön und groß, sagt man dort seit Jahren immer wieder gern",
                         "e\u{301} b c", "ä ö ü ß é è ê ë ï î ô œ ù û ü ÿ ç à â æ", String(repeating: "słowo ", count: 20)]
    for text in texts {
        for limit in [0, 2, 5, 16] {
            #expect(NavigationArtifactPass.hasMoreWords(text, than: limit) == (text.split(separator: " ").count > limit), "\(text.debugDescription) \(limit)")
        }
        #expect(LineFeatures.spaceBytes(text) == text.utf8.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) })
    }
}

@Test func bylineTestReadsTheFirstWordOnlyWhenItCanMatch() {
    #expect(HeadingScorer.isByline("By Jane Roe"))
    #expect(HeadingScorer.isByline("Von Max Muster"))
    #expect(HeadingScorer.isByline("  Par Jean Dupont"))
    #expect(!HeadingScorer.isByline("by jane roe"))
    #expect(!HeadingScorer.isByline("B\u{308}y Jane Roe"))
    #expect(HeadingScorer.isByline("Caroline Hawley, BBC diplomatic correspondent"))
}
