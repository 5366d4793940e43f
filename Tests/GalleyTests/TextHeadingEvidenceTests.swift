// Unit tests: each kind of heading evidence the text reader weighs.
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

private let body = "This paragraph is ordinary running text, long enough to read as body and ending with a full stop."

@Test func shortLineWithoutFinalPunctuationBeforeBodyIsAHeading() {
    let doc = readText("Intro text that is a sentence of its own.\n\nThe first section\n\n\(body)\n")
    #expect(headings(doc).map(\.1) == ["The first section"])
}

@Test func finalPunctuationKeepsAShortLineAParagraph() {
    let doc = readText("\(body)\n\nShe left.\n\n\(body)\n")
    #expect(headings(doc).isEmpty)
}

@Test func longLinesAreNotHeadings() {
    let long = Array(repeating: "word", count: 30).joined(separator: " ")
    #expect(headings(readText("\(body)\n\n\(long)\n\n\(body)\n")).isEmpty)
}

@Test func titleCaseAndAllCapsAreEvidence() {
    let f = LineFeatures("Power and Performance")
    #expect(f.caseStyle == .title)
    #expect(LineFeatures("WHAT YOU NEED TO KNOW").caseStyle == .allCaps)
    #expect(LineFeatures("Testing the new silicon chips").caseStyle == .sentence)
    #expect(LineFeatures("iPhone sales rise").caseStyle != .lower)
    #expect(LineFeatures("and then it rained").caseStyle == .lower)
}

@Test func aQuestionCanBeATitle() {
    let doc = readText("\(body)\n\nWhat is a library for?\n\n\(body)\n")
    #expect(headings(doc).map(\.1) == ["What is a library for?"])
}

@Test func conversationalAndQuotedQuestionsAreNotTitles() {
    let doc = readText("\(body)\n\nThat was easy, wasn’t it?\n\n\(body)\n\n“Why are we here?”\n\n\(body)\n")
    #expect(headings(doc).isEmpty)
}

@Test func aLineBeforeTheEndOfTheTextIsNotAHeading() {
    #expect(headings(readText("\(body)\n\nContributed by Jane Roe\n")).isEmpty)
}

@Test func numberedHeadingsNestByNumbering() {
    let text = "Guide Title\n\n\(body)\n\n1. Setting up\n\n\(body)\n\n1.1 Tools\n\n\(body)\n\n2. Running\n\n\(body)\n"
    let h = headings(convertText(text))
    #expect(h.map(\.0) == [1, 2, 3, 2])
}

@Test func chapterAndPartWordsAreDivisions() {
    #expect(LineMarkers.divisionRank("Chapter IV") == 2)
    #expect(LineMarkers.divisionRank("Part Two") == 1)
    #expect(LineMarkers.divisionRank("CHAPTER 12. The Return") == 2)
    #expect(LineMarkers.divisionRank("part of the problem") == nil)
    let h = headings(convertText("\(body)\n\nPart One\n\nChapter I\n\n\(body)\n\nChapter II\n\n\(body)\n"))
    #expect(h.map(\.1) == ["Part One", "Chapter I", "Chapter II"])
    #expect(h[1].0 == h[2].0 && h[0].0 < h[1].0)
}

@Test func setextUnderlinesMakeHeadings() {
    let doc = convertText("Main Title\n==========\n\nIntro sentence here.\n\nA section\n---------\n\n\(body)\n")
    #expect(headings(doc).map(\.0) == [1, 2])
}

@Test func backLinkMarkersMakeSubHeadingsAndAreRemoved() {
    let text = "Topics\n\n\(body)\n\nFirst topic (Top)\n\n\(body)\n\nSecond topic (Top)\n\n\(body)\n"
    let doc = convertText(text)
    let h = headings(doc)
    #expect(h.map(\.1) == ["Topics", "First topic", "Second topic"])
    #expect(h[1].0 == h[2].0 && h[1].0 > h[0].0)
    #expect(doc.removals.filter { $0.reason == .backLinkMarker }.count == 2)
}

@Test func aHeadingFollowedByAHeadingOutranksIt() {
    let text = "\(body)\n\nSection Heading\n\nFirst Sub Heading\n\n\(body)\n\nSecond Sub Heading\n\n\(body)\n"
    let h = headings(readText(text))
    #expect(h.map(\.1) == ["Section Heading", "First Sub Heading", "Second Sub Heading"])
    #expect(h[0].0 < h[1].0 && h[1].0 == h[2].0)
}

@Test func sameKindHeadingsShareALevel() {
    let text = "\(body)\n\nGETTING STARTED\n\n\(body)\n\nA detail\n\n\(body)\n\nGOING FURTHER\n\n\(body)\n"
    let h = headings(readText(text))
    #expect(h.count == 3)
    // The outline model (issue #13) does not always give ALL CAPS headings one level.
    withKnownIssue("the outline model overrules the rules here", isIntermittent: true) {
        #expect(h[0].0 == h[2].0)
    }
}

@Test func theFirstLineThatReadsAsATitleIsTheOnlyLevelOne() {
    let text = "Regional Garden Clubs\n\nA short introduction to the clubs.\n\nNorth Club\n\n\(body)\n\nSouth Club\n\n\(body)\n"
    let h = headings(convertText(text))
    #expect(h.map(\.0) == [1, 2, 2])
    #expect(h.filter { $0.0 == 1 }.map(\.1) == ["Regional Garden Clubs"])
}

@Test func repeatedLinesCountAsEvidenceAndCollapse() {
    let doc = readText("\(body)\n\nSpring Fair\n\nSpring Fair\n\nSpring Fair\n\n\(body)\n")
    #expect(headings(doc).map(\.1) == ["Spring Fair"])
    #expect(doc.removals.filter { $0.reason == .repeatedLine }.count == 2)
}

@Test func recurringPromptsAreNotHeadings() {
    let block = "Who are you?\n\n— An answer that runs on for a while, as answers do.\n\n"
    let doc = readText(String(repeating: block, count: 3))
    #expect(headings(doc).isEmpty)
}

@Test func shortLinesBeforeEveryHeadingAreNotParents() {
    var text = ""
    for n in 1...4 { text += "Product Number \(n) Deluxe\n\n\(body)\n\nBuy Now\n\n" }
    let h = headings(readText(text))
    #expect(h.map(\.1) == (1...4).map { "Product Number \($0) Deluxe" })
}

@Test func captionsAndDatelinesStayParagraphs() {
    let doc = readText("\(body)\n\nPhoto: the harbour at dawn\n\nLONDON, May 4 —\n\n\(body)\n")
    #expect(headings(doc).isEmpty)
}

@Test func headingMarkerOptionDecidesAlone() {
    let doc = readText("# Title\n\nNot A Heading Here\n\n\(body)\n\n## Part\n\n\(body)\n", options: ReadOptions(headingMarker: "#"))
    #expect(headings(doc).map(\.0) == [1, 2])
    #expect(headings(doc).map(\.1) == ["Title", "Part"])
}

@Test func inferenceCanBeTurnedOff() {
    let doc = readText("Title\n\n\(body)\n", options: ReadOptions(inferStructure: false))
    #expect(headings(doc).isEmpty)
    #expect(paragraphs(doc).count == 2)
}

@Test func explanationsNameTheEvidence() {
    let analysis = TextStructure.analyze("\(body)\n\nThe first section\n\n\(body)\n")
    let heading = analysis.explanations.first { $0.kind == "heading" }
    #expect(heading?.evidence.contains("followed by body text") == true)
    #expect(heading?.summary.contains("heading") == true)
}

@Test func captionsAndBylinesAroundHeadingsStayParagraphs() {
    let text = "\(body)\n\nThe Harbour Section\n\nBoats Moored at the Old Quay in Winter\n\nWhy do boats winter here?\n\n\(body)\n\nJane Roe, harbour correspondent\n\n\(body)\n"
    let doc = readText(text)
    #expect(headings(doc).map(\.1) == ["The Harbour Section", "Why do boats winter here?"])
    #expect(headings(doc)[0].0 < headings(doc)[1].0)
    #expect(paragraphs(doc).contains("Jane Roe, harbour correspondent"))
}

@Test func wordListsAndLabelLinesAreNotHeadings() {
    let doc = readText("\(body)\n\nBoats, Nets, Ropes, Anchors\n\n\(body)\n\nSee it now: Amazon\n\n\(body)\n\nPortion: 1 Green, 1 Blue\n\n\(body)\n")
    #expect(!headings(doc).map(\.1).contains("Boats, Nets, Ropes, Anchors"))
    // The `Label: value` veto is lifted (reference documentation titles its entries `Class: Timeout`,
    // `Event: 'close'`; docs/outline.md): the rules' verdict is a feature, and the model overrules it here.
    withKnownIssue("the outline model makes short label lines between body paragraphs headings") {
        #expect(headings(doc).isEmpty)
    }
}

@Test func manyShortLinesInARowAreNotAHeadingChain() {
    let doc = readText("\(body)\n\nRed Apples\n\nGreen Pears\n\nYellow Plums\n\nBlack Grapes\n\nOur Fruit Stand\n\n\(body)\n")
    let h = headings(doc)
    #expect(h.count <= 2)
    #expect(h.last?.1 == "Our Fruit Stand")
}

@Test func aBookTitleStandsAboveItsChaptersAndKeepsItsSubtitle() {
    let text = "THE OLD MILL\n\nA Story of the Valley\n\nCHAPTER I\n\n\(body)\n\nCHAPTER II\n\n\(body)\n"
    let h = headings(convertText(text))
    #expect(h.map(\.0) == [1, 2, 2])
    #expect(paragraphs(convertText(text)).first == "A Story of the Valley")
}

@Test func markdownStyleHashesAndBareRomanNumeralsAreHeadings() {
    let doc = convertText("# Field Notes\n\nA first line.\n\n## Birds\n\n\(body)\n\n### Gulls\n\n\(body)\n")
    #expect(headings(doc).map(\.0) == [1, 2, 3])
    #expect(headings(doc).map(\.1) == ["Field Notes", "Birds", "Gulls"])
    let book = headings(readText("\(body)\n\nIV.\n\n\(body)\n\nV.\n\n\(body)\n"))
    #expect(book.map(\.1) == ["IV.", "V."])
}

@Test func aShortSectionHeadingBeforeQuestionsIsTheirParent() {
    let text = "\(body)\n\nFrequently Asked Questions\n\nHow do I join?\n\n\(body)\n\nWhat does it cost?\n\n\(body)\n"
    let h = headings(readText(text))
    #expect(h.map(\.1) == ["Frequently Asked Questions", "How do I join?", "What does it cost?"])
    #expect(h[0].0 < h[1].0 && h[1].0 == h[2].0)
}

@Test func byLinesAreNotHeadings() {
    let h = headings(readText("\(body)\n\nHarbour Life\n\nBy Jane Roe and John Doe\n\n\(body)\n"))
    #expect(h.map(\.1) == ["Harbour Life"])
}

@Test func aLineBeforeAnEmbeddedPostSignatureIsNotAHeading() {
    let doc = readText("\(body)\n\nClub statement\n\n— Harbour Club (@harbourclub) November 20, 2019\n\n\(body)\n\nReally, have you ever seen anything so fine?\n\n\(body)\n")
    // The outline model (issue #13) reads "Club statement" as a heading; the rules did not.
    withKnownIssue("the outline model overrules the rules here", isIntermittent: true) {
        #expect(headings(doc).isEmpty)
    }
    #expect(!headings(doc).map(\.1).contains { $0.hasPrefix("—") || $0.hasPrefix("Really") })
}

@Test func ofTwoQuestionsInARowTheFirstIsTheHeading() {
    let h = headings(readText("\(body)\n\nWill you help us?\n\nA favour: would you share this page?\n\n\(body)\n"))
    #expect(h.map(\.1) == ["Will you help us?"])
}
