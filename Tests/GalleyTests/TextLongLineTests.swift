// Long lines and long paragraphs read in linear time: each was quadratic once (String.dropLast() is O(n)).
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

@Suite("Text long lines")
struct TextLongLineTests {
    @Test func trailingWhiteSpaceOfAnyLengthIsTrimmed() {
        let document = readText("word" + String(repeating: " ", count: 100_000) + "\t\r\n\nnext line\n")
        #expect(paragraphs(document) == ["word", "next line"])
    }

    @Test func closingHashesOfAnyNumberAreDropped() {
        #expect(LineMarkers.atxHeading("## Notes ## # #")! == (2, "Notes"))
        #expect(LineMarkers.atxHeading("# C#")! == (1, "C"))
        #expect(LineMarkers.atxHeading("# # #") == nil)
        let long = LineMarkers.atxHeading("# Title " + String(repeating: "#", count: 100_000))
        #expect(long! == (1, "Title"))
    }

    @Test func aLongWrappedParagraphIsJoinedWhole() {
        let lines = 20_000
        let text = String(repeating: "a long line of wrapped text that ends in a hyph-\nenated word and goes on\n", count: lines / 2)
        let document = readText(text)
        let joined = paragraphs(document).joined(separator: " ")
        #expect(joined.components(separatedBy: "hyphenated word").count - 1 == lines / 2)
    }
}
