// Unit tests: lists, quotes, preformatted text, unwrapping, hyphenation and encodings.
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

private func firstList(_ doc: Document) -> ListBlock? {
    for block in doc.blocks { if case .list(let l) = block.kind { return l } }
    return nil
}

@Test(arguments: ["- ", "* ", "• "])
func bulletListsSeparatedBySingleNewlines(_ bullet: String) {
    let doc = readText("\(bullet)apples\n\(bullet)pears\n\(bullet)plums\n")
    let list = firstList(doc)
    #expect(list?.ordered == false)
    #expect(list?.items.count == 3)
    #expect(list?.tight == true)
}

@Test func aListRightUnderItsLeadInLineIsAList() {
    let doc = readText("The association held four events during the year:\n- Spring fair\n- Summer picnic\n- Winter concert\n")
    #expect(doc.blocks.count == 2)
    #expect(doc.blocks.first?.inlineContent?.plainText == "The association held four events during the year:")
    #expect(firstList(doc)?.items.count == 3)
    let numbered = readText("Steps to follow, in this order:\n1. Open the valve\n2. Wait a minute\n")
    #expect(firstList(numbered)?.ordered == true && firstList(numbered)?.items.count == 2)
    // One dash-led line in a wrapped paragraph, or numbering that does not start at 1, is no list.
    #expect(firstList(readText("The score was five\n- three of them late\nin the second half of the game.\n")) == nil)
    #expect(firstList(readText("As the report says in\n2019. It was a year\n2020. Another year\n")) == nil)
}

@Test func numberedAndLetteredLists() {
    let numbered = firstList(readText("1. one\n2. two\n3. three\n"))
    #expect(numbered?.ordered == true && numbered?.items.count == 3 && numbered?.start == 1)
    let lettered = firstList(readText("a) first thing\nb) second thing\n"))
    #expect(lettered?.style == .ordered(.paren) && lettered?.items.count == 2)
}

@Test func itemsSeparatedByBlankLinesMakeOneLooseList() {
    let list = firstList(readText("- one\n\n- two\n\n- three\n"))
    #expect(list?.items.count == 3)
    #expect(list?.tight == false)
}

@Test func wrappedItemLinesContinueTheItem() {
    let list = firstList(readText("- a long item that wraps\n  onto a second line\n- short\n"))
    #expect(list?.items.count == 2)
    #expect(list?.items.first.map { outline($0) } == "a long item that wraps onto a second line")
}

@Test func quotesWithMarkersOrIndentation() {
    let marked = readText("> quoted line one\n> quoted line two\n")
    guard case .blockQuote(let inner)? = marked.blocks.first?.kind else { Issue.record("no quote"); return }
    #expect(paragraphs(Document(blocks: inner)) == ["quoted line one quoted line two"])
    let indented = readText("Some text before it.\n\n    An indented passage of prose that\n    continues on the next line.\n")
    #expect(indented.blocks.count == 2)
    if case .blockQuote = indented.blocks[1].kind {} else { Issue.record("indented prose is not a quote") }
}

@Test func preformattedBlocksKeepTheirLayout() {
    let doc = readText("Text before.\n\n    Name     Qty\n    Apples    3\n")
    guard case .codeBlock(let code)? = doc.blocks.last?.kind else { Issue.record("no code block"); return }
    #expect(code.text == "Name     Qty\nApples    3\n")
    let fenced = readText("```swift\nlet x = 1\n\nlet y = 2\n```\n")
    guard case .codeBlock(let f)? = fenced.blocks.first?.kind else { Issue.record("no fenced block"); return }
    #expect(f.language == "swift" && f.text == "let x = 1\n\nlet y = 2\n")
}

@Test func hardWrappedParagraphsAreUnwrapped() {
    let text = """
    It was a cold morning in the village, and the baker had been up since
    four o'clock, kneading the dough for the day's bread while the rest of
    the street slept on under a thin layer of frost and silence.

    By seven the first customers were waiting at the door, stamping their
    feet and blowing on their fingers, and the smell of warm loaves had
    drifted all the way down to the harbour and the fishing boats there.
    """
    let paras = paragraphs(readText(text))
    #expect(paras.count == 2)
    #expect(paras[0].hasPrefix("It was a cold morning in the village, and the baker had been up since four o'clock"))
    #expect(!paras[0].contains("\n"))
}

@Test func lineBreaksOfShortLinesAreKept() {
    let doc = readText("Best wishes,\nTom\n")
    guard case .paragraph(let inlines)? = doc.blocks.first?.kind else { Issue.record("no paragraph"); return }
    #expect(inlines == [.text("Best wishes,"), .lineBreak, .text("Tom")])
}

@Test func hyphenatedWordsAreRejoinedOnlyWhenPlausible() {
    let vocabulary: Set<String> = ["well-known"]
    #expect(Unwrapping.joined("the sea beat up-", "on the rocks", vocabulary: vocabulary) == "the sea beat upon the rocks")
    #expect(Unwrapping.joined("a well-", "known story", vocabulary: vocabulary) == "a well-known story")
    #expect(Unwrapping.joined("the year 1914-", "1918 saw", vocabulary: vocabulary) == "the year 1914- 1918 saw")
    #expect(Unwrapping.joined("North-", "East", vocabulary: vocabulary) == "North- East")
}

@Test func encodingsAreRecognised() throws {
    let text = "Caf\u{e9} \u{201C}quoted\u{201D} \u{2014} na\u{ef}ve"
    let utf8 = Data(text.utf8)
    let bom8 = Data([0xEF, 0xBB, 0xBF]) + utf8
    var le = Data([0xFF, 0xFE]); var be = Data([0xFE, 0xFF])
    for unit in text.utf16 {
        le.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)])
        be.append(contentsOf: [UInt8(unit >> 8), UInt8(unit & 0xFF)])
    }
    let cp1252 = Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x71, 0x75, 0x6F, 0x74, 0x65, 0x64, 0x94, 0x20, 0x97, 0x20, 0x6E, 0x61, 0xEF, 0x76, 0x65])
    for data in [utf8, bom8, le, be, cp1252] {
        let doc = try TextReader().read(data, options: ReadOptions())
        #expect(paragraphs(doc) == [text])
    }
}

@Test func windowsAndOldMacLineEndingsSplitLines() {
    let crlf = readText("First Line Here\r\n\r\nSecond paragraph of ordinary text, ending properly.\r\n")
    #expect(crlf.blocks.count == 2)
    let cr = readText("One.\rTwo.\r\rThree.\r")
    #expect(cr.blocks.count == 2)
}

@Test func deeplyNestedQuotesDoNotExhaustTheStack() {
    let doc = readText(String(repeating: ">", count: 5000) + " deep\n")
    #expect(doc.blocks.count == 1)
}

@Test func listsNestByIndentation() {
    let list = firstList(readText("- a\n  - b\n    - c\n- d\n"))
    #expect(list?.items.count == 2)
    guard case .list(let inner)? = list?.items.first?.last?.kind else { Issue.record("no nested list"); return }
    #expect(inner.items.count == 1)
    guard case .list(let innermost)? = inner.items.first?.last?.kind else { Issue.record("no third level"); return }
    #expect(innermost.items.count == 1)
}

@Test func veryDeepListsStayBounded() {
    let lines = (0..<200).map { String(repeating: " ", count: $0 * 2) + "- item \($0)" }.joined(separator: "\n")
    #expect(firstList(readText(lines)) != nil)
}
