// The few words the book itself adds (the contents heading), in the book's language when known.
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// Words Galley writes into a book, by language.
enum BookWords {
    private static let contents: [String: String] = [
        "en": "Contents", "de": "Inhalt", "es": "Índice", "fr": "Table des matières",
        "it": "Indice", "nl": "Inhoud", "pt": "Sumário", "sv": "Innehåll", "da": "Indhold", "nb": "Innhold",
    ]

    /// The heading of the table of contents for a BCP 47 `language` (English when not known).
    static func contentsHeading(language: String) -> String {
        let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? ""
        return contents[primary] ?? "Contents"
    }
}
