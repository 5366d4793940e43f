// The fast string paths give exactly what the plain versions give, on random tricky text.
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

private let alphabet: [String] = [
    "a", "B", "z", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{A0}", "\u{3000}", "\u{2003}", "\u{301}", "\u{200D}",
    "\u{200C}", "\u{600}", "\u{903}", "é", "e\u{301}", "“", "—", "…", "ß", "İ", "K", "👍🏽", "🇫🇷", "ж", "中", "-", "(", "↑",
    "\u{1F3FB}", "\u{FF9E}", "\u{0D4E}", "\u{93F}", "\u{1680}", "\u{85}", "\u{2028}", "\u{E0041}", "\u{1100}", "\u{1161}", "\u{AC00}",
]

@Test func scalarWhitespaceFoldingEqualsCharacterFolding() {
    var random = SeededRandom(state: 42)
    var fastPathTaken = 0
    for _ in 0..<20_000 {
        let text = (0..<random.next(12)).map { _ in alphabet[random.next(alphabet.count)] }.joined()
        let slow = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        if let fast = text.foldingWhitespaceByScalars {
            fastPathTaken += 1
            #expect(fast == slow, "\(Array(text.unicodeScalars))")
        }
        #expect(text.foldingWhitespace == slow)
    }
    #expect(fastPathTaken > 5_000)
}

@Test func scalarWhitespaceFoldingEqualsCharacterFoldingOnMostlyASCIIText() {
    // The ASCII branch of `foldingWhitespaceByScalars` against the Character split, with marks,
    // prepended and format scalars next to ASCII spaces.
    let mostlyASCII = ["a", "Bc", " ", "  ", "\t", "\n", "\r\n", ".", "\u{301}", "\u{600}", "\u{200D}", "\u{0D4E}", "é", "\u{A0}", "\u{1F3FB}"]
    var random = SeededRandom(state: 7)
    var fastPathTaken = 0
    for _ in 0..<20_000 {
        let text = (0..<random.next(14)).map { _ in mostlyASCII[random.next(random.next(3) == 0 ? mostlyASCII.count : 8)] }.joined()
        let slow = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        if let fast = text.foldingWhitespaceByScalars {
            fastPathTaken += 1
            #expect(fast == slow, "\(Array(text.unicodeScalars))")
        }
        #expect(text.foldingWhitespace == slow)
    }
    #expect(fastPathTaken > 10_000)
}

@Test func navigationLineFastExitAgreesWithTheKey() {
    #expect(NavigationArtifactPass.isNavigationLine("  ↑ Back to top ↑ "))
    #expect(NavigationArtifactPass.isNavigationLine("Story continues below advertisement"))
    #expect(!NavigationArtifactPass.isNavigationLine("Back to top of the long paragraph that goes on and on and on for a while"))
    #expect(NavigationArtifactPass.isNavigationLine("Back to top" + String(repeating: " \u{301}", count: 50)))
}

@Test func wordLimitMatchesSplitCount() {
    var random = SeededRandom(state: 11)
    for _ in 0..<3_000 {
        let text = (0..<random.next(40)).map { _ in ["a", " ", "  ", "bc", " \u{301}", "\t", "x"][random.next(7)] }.joined()
        for limit in [0, 1, 3, 16] {
            #expect(NavigationArtifactPass.hasMoreWords(text, than: limit) == (text.split(separator: " ").count > limit))
        }
    }
}
