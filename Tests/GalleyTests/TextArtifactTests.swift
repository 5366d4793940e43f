// Unit tests: scraping artifacts removed from text, each one recorded in Document.removals.
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

private let body = "A paragraph of ordinary text that says something and ends properly."

@Test(arguments: ["Back to top", "Share this", "Advertisement", "Skip to content", "↑ Back to top"])
func navigationLinesAreRemoved(_ line: String) {
    let doc = readText("\(body)\n\n\(line)\n\nAnother paragraph, different from the first one.\n")
    #expect(paragraphs(doc) == [body, "Another paragraph, different from the first one."])
    #expect(doc.removals.map(\.reason) == [.navigationLine])
    #expect(doc.removals.first?.text == line)
    #expect(doc.removals.first?.span == SourceSpan(startLine: 3))
}

@Test func navigationLinesInsideABlockAreRemoved() {
    let doc = readText("\(body)\nShare this\n")
    #expect(doc.removals.count == 1)
}

@Test func linesRepeatedTwoOrThreeTimesCollapse() {
    let doc = readText("\(body)\n\nThe Harbour at Dawn\nThe Harbour at Dawn\n\n\(body)\n")
    #expect(doc.removals.map(\.reason) == [.repeatedLine])
    let all = paragraphs(doc) + headings(doc).map(\.1)
    #expect(all.filter { $0 == "The Harbour at Dawn" }.count == 1)
}

@Test func backLinkMarkersAreStrippedAndRecorded() {
    let doc = readText("\(body)\n\nOur History (Top)\n\n\(body)\n")
    #expect(headings(doc).map(\.1) == ["Our History"])
    #expect(doc.removals.map(\.text) == ["(Top)"])
}

@Test func removalsAppearInTheJSONOutput() throws {
    let json = try Converter.convert(Data("Skip to content\n\n\(body)\n".utf8), from: .text, to: [.json])[.json] ?? ""
    #expect(json.contains("\"removals\""))
    #expect(json.contains("navigation line"))
}

@Test func linesEqualButForSpacingAndCaseCollapseWhateverTheirLength() {
    let spaced = "Results" + String(repeating: " ", count: 40) + "of the vote"
    let doc = readText("Results of the vote\n\n\(spaced)\n\n\(body)\n")
    #expect(doc.removals.map(\.reason) == [.repeatedLine])
    #expect(TextArtifacts.asciiInkCount("a b\tc") == 3 && TextArtifacts.asciiInkCount("é") == nil)
}

@Test func linesEqualByKeyCollapseWhateverTheirSpacingOrCase() throws {
    // The ASCII fast path (counting the bytes that are not white space) must agree with the key.
    for (first, second) in [("Chapter One", "CHAPTER  ONE"), ("Chapter\tOne", "chapter one"), ("Über uns", "ÜBER  UNS")] {
        let doc = try Converter.document(from: Data("\(first)\n\n\(second)\n\nA paragraph of text that follows the repeated line.\n".utf8), format: .text)
        #expect(doc.removals.map(\.reason) == [.repeatedLine], "\(first) / \(second)")
        #expect(doc.removals.first?.text.foldingWhitespace == second.foldingWhitespace)
    }
}
