// Fills in the document's language from the words of its text when the input declared none, and
// corrects a declaration its text plainly contradicts.
import GalleyModel
import GalleySupport

/// When the metadata has no language, guesses it from the text (`LanguageGuess`: writing system,
/// then stop words; nothing is set when the guess is unsure). A declared language is kept unless
/// a confident guess names another primary language (a German article on a page declared `en`):
/// then the guess is used and a warning says so.
public enum LanguagePass {
    /// The pass.
    public static let pass = Pass(name: "language", summary: "guess the language from the text when none is declared") { document in
        var document = document
        let text = sample(document)
        guard let declared = document.metadata.language else {
            document.metadata.language = LanguageGuess.guess(text)
            return document
        }
        let primary = declared.split(separator: "-").first.map { $0.lowercased() } ?? ""
        if let guessed = LanguageGuess.confidentGuess(text), guessed != primary, !compatible(primary, guessed) {
            document.metadata.language = guessed
            document.warnings.append("the input declares the language '\(declared)' but its text reads as '\(guessed)'; using '\(guessed)'")
        }
        return document
    }

    /// The text of the headings and paragraphs, up to about 16 KB.
    private static func sample(_ document: Document) -> String {
        var text = ""
        for block in document.blocks.allBlocks {
            guard let inlines = block.inlineContent else { continue }
            text += inlines.plainText
            text += "\n"
            if text.utf8.count > 16_000 { break }
        }
        return text
    }

    /// Declared and guessed tags the guesser cannot tell apart reliably (close relatives).
    private static func compatible(_ declared: String, _ guessed: String) -> Bool {
        let families: [Set<String>] = [["no", "nb", "nn", "da", "sv"], ["ru", "uk", "bg", "be", "sr", "mk"], ["id", "ms"],
                                       ["cs", "sk"], ["fa", "ur", "ar", "ps"], ["hi", "mr", "ne"], ["zh", "ja", "ko"], ["es", "gl", "ca", "pt"]]
        return families.contains { $0.contains(declared) && $0.contains(guessed) }
    }
}
