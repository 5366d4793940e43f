// The text cue groups found with the ASCII first-word pre-check give what a plain phrase search gives.
import Foundation
import Testing
@testable import GalleyModel
@testable import GalleySupport
@testable import GalleyReaders

@Suite("Extraction text cues")
struct ExtractionTextCuesTests {
    /// Per group: 1 when the text's words hold one of its phrases' words in a row (no look-up table).
    private func reference(_ text: String) -> [Double] {
        let words = ExtractionText.words(text)
        return ExtractionTextCues.names.map { name in
            let phrases = (ExtractionCues.shared.textGroups?[name] ?? []).map { ExtractionText.words($0) }.filter { !$0.isEmpty }
            let found = phrases.contains { phrase in
                phrase.count <= words.count && (0...(words.count - phrase.count)).contains { words[$0..<($0 + phrase.count)].elementsEqual(phrase) }
            }
            return found ? 1 : 0
        }
    }

    @Test func valuesMatchAPlainPhraseSearch() {
        var texts = ["Sign up for our newsletter", "The signature of the treaty", "SHARE this", "Read more", "Is it you?",
                     "Tags: politics", "Filed under: news", "Leave a reply", "Abonnez-vous", "Schlagwörter: Politik", "",
                     "you", "YOU", "Follow us on Twitter", "see also", "More about the author", "Étiquettes : a, b"]
        let phraseWords = ExtractionTextCues.names.flatMap { ExtractionCues.shared.textGroups?[$0] ?? [] }
        var generator = SeededRandom(state: 7)
        let pieces = phraseWords + ["the", "of", "a", "signs", "reads", "x", " ", ", ", ". ", "-", "é", "2025"]
        for _ in 0..<300 {
            texts.append((0..<Int.random(in: 1...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: " "))
        }
        for text in texts {
            #expect(ExtractionTextCues.values(text, words: 10) == reference(text), "\(text)")
        }
    }
}
