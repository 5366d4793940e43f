// Tests that the text reader's byte and flat-array fast paths answer exactly what the code they shortcut answers.
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

/// Lines that exercise both ends of the fast paths: ASCII, other scripts, white space at the ends, CR, combining marks.
private let mixedLines = [
    "Plain ASCII line", "  indented line", "trailing tab\t", "\u{00A0}no-break at start", "end\u{00A0}", "Über Köln",
    " e\u{301} combining", "a\rb", "line\n", "", " ", "\t\t", "UPPER lower 123", "Ελληνικά", "emoji 👍", "\u{2003}em space\u{2003}",
    "K\u{212A}elvin", "İstanbul", "x",
]

/// The scalar loop `trimmedSpaces` used before its byte fast path.
private func trimmedByScalars(_ text: some StringProtocol) -> String {
    let scalars = text.unicodeScalars
    var start = scalars.startIndex, end = scalars.endIndex
    while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
    while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
    return String(text[start..<end])
}

@Test func trimmedSpacesFastPathMatchesTheScalarLoop() {
    for line in mixedLines {
        #expect(line.trimmedSpaces == trimmedByScalars(line), "\(line.debugDescription)")
        let sub = ("<" + line + ">").dropFirst().dropLast()
        #expect(sub.trimmedSpaces == trimmedByScalars(sub), "\(line.debugDescription)")
    }
}

@Test func simpleScalarsASCIIPathsMatchTheScalarLoops() {
    for line in mixedLines {
        let simple = line.unicodeScalars.allSatisfy { SimpleScalars.slot($0.value) != nil }
        #expect(SimpleScalars.isSimple(line) == simple, "\(line.debugDescription)")
        #expect(SimpleScalars.scalars(line) == (simple ? line.unicodeScalars.map(\.value) : nil), "\(line.debugDescription)")
        if simple {
            #expect(SimpleScalars.lowercased(line) == line.lowercased(), "\(line.debugDescription)")
            #expect(SimpleScalars.containsNumber(line) == line.contains { $0.isNumber }, "\(line.debugDescription)")
        }
    }
}

@Test func flatForestContributionsMatchTheScorer() throws {
    let model = OutlineModel.shared
    let text = "Growing Tomatoes\n\nTomatoes need sun, water and patience. They grow well on balconies.\n\nWhat You Need\n\nPots, soil and seeds.\n"
    let analysis = TextStructure.analyze(text)
    #expect(!analysis.featureRows.isEmpty)
    for row in analysis.featureRows {
        let features = Array(row.features.dropLast())  // (the last column, `vetoed`, is no feature)
        #expect(OutlineModel.headingForest.contributions(features) == model.heading.contributions(features, columns: OutlineModel.headingColumns))
        #expect(OutlineModel.headingForest.score(features) == model.heading.score(features, columns: OutlineModel.headingColumns))
    }
}

@Test func explanationSummaryKeepsEightWordsAndPads() {
    let span = SourceSpan(startLine: 12345, endLine: 12350)
    let long = TextBlockExplanation(kind: "paragraph", span: span, text: "one two three four five six seven eight nine", evidence: ["e"])
    #expect(long.summary == "lines 12345-12 paragraph  \"one two three four five six seven eight …\"  e")
    let eight = TextBlockExplanation(kind: "heading", level: 2, span: SourceSpan(startLine: 3), text: "one two three four five six seven eight   ", evidence: [])
    #expect(eight.summary == "line 3         heading 2  \"one two three four five six seven eight\"  ")
    #expect(TextBlockExplanation.padded("abc", 5) == "abc".padding(toLength: 5, withPad: " ", startingAt: 0))
    #expect(TextBlockExplanation.padded("abcdefg", 5) == "abcdefg".padding(toLength: 5, withPad: " ", startingAt: 0))
}
