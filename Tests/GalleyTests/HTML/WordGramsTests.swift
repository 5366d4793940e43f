// Tests that the hidden-copy test's numbered word grams decide as the joined strings they replaced did.
import Foundation
import Testing
@testable import GalleyReaders

@Suite struct WordGramsTests {
    @Test func numberedGramsDecideAsJoinedStrings() {
        var random = SeededRandom(state: 7)
        let vocabulary = ["a", "b", "c", "the", "cat", "sat", "ab", "bc", "abc", "été", "日本", "1", "12"]
        func words(_ count: Int) -> [String] { (0..<count).map { _ in vocabulary[random.next(vocabulary.count)] } }
        for _ in 0..<3000 {
            let visible = words(random.next(12))
            let grams = WordGrams(visible)
            let hidden = random.next(3) == 0 ? Array(visible.dropFirst(random.next(3)).prefix(random.next(8))) : words(random.next(8))
            #expect(grams.isCopy(hidden) == WordGrams.isCopyByJoinedGrams(hidden, visible: visible), "\(visible) / \(hidden)")
        }
    }

    @Test func realWords() {
        let visible = ExtractionText.words("The quick brown fox jumps over the lazy dog. Über alles, naïve café!")
        let grams = WordGrams(visible)
        for text in ["quick brown fox", "brown", "fox quick", "lazy dog über alles", "naïve café", "café naïve", "", "dog"] {
            let words = ExtractionText.words(text)
            #expect(grams.isCopy(words) == WordGrams.isCopyByJoinedGrams(words, visible: visible), "\(text)")
        }
    }
}
