// Text merged into the last text run in place: same inlines as concatenation, linear time on many pieces.
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

@Suite("Inline text merge")
struct InlineTextMergeTests {
    @Test func mergesIntoTextAndOnlyText() {
        var inlines: [Inline] = []
        inlines.appendText(merging: "a")
        inlines.appendText(merging: "b")
        inlines.append(.strong([.text("c")]))
        inlines.appendText(merging: "d")
        #expect(inlines == [.text("ab"), .strong([.text("c")]), .text("d")])
        let copy = inlines
        inlines.appendText(merging: "e")
        #expect(copy.last == .text("d"), "a copy of the array keeps its own text")
        #expect(inlines.last == .text("de"))
    }

    /// Was quadratic: every span's text copied the paragraph so far (120,000 spans: 19 s).
    @Test func paragraphOfManySpansIsOneTextRun() throws {
        let count = 50_000
        let html = "<p>" + String(repeating: "<span>x </span>", count: count) + "</p>"
        let document = try HTMLReader().read(Data(html.utf8), options: ReadOptions(wholePage: true))
        guard case .paragraph(let inlines)? = document.blocks.first?.kind else {
            Issue.record("no paragraph")
            return
        }
        #expect(inlines.count == 1)
        #expect(inlines.plainText.count == count * 2 - 1)
    }
}
