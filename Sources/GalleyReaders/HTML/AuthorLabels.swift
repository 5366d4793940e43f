// The words pages put before an author's name ("By", "Текст:"), stripped from author metadata.
import Foundation
import GalleyModel
import GalleySupport

/// Author labels as data: prepositions stripped when a name follows, nouns only before a colon.
enum AuthorLabels {
    /// Prepositions meaning "by", matched case-insensitively, followed by a space and a capital.
    static let prepositions = ["by", "written by", "posted by", "story by", "words by", "reporting by", "text by", "article by",
                               "von", "par", "por", "door", "av", "af", "przez", "od"]
    /// Nouns naming the author, stripped only when a colon follows (`Текст: Иван Петров`).
    static let nouns = ["author", "authors", "autor", "autores", "auteur", "autore", "autori", "text", "texto", "texte",
                        "testo", "tekst", "текст", "автор", "автори", "авторы", "yazar", "writer", "reporter", "redacción"]

    /// The name without its label, and whether a label was found.
    static func strip(_ raw: String) -> (name: String, stripped: Bool) {
        let lower = raw.lowercased()
        for noun in nouns where lower.hasPrefix(noun) {
            var rest = raw.dropFirst(noun.count)
            while rest.first == " " { rest = rest.dropFirst() }
            if rest.first == ":" {
                let name = rest.dropFirst().trimmingCharacters(in: .whitespaces)
                if !name.isEmpty { return (name, true) }
            }
        }
        for preposition in prepositionsLongestFirst where lower.hasPrefix(preposition + " ") {
            let name = raw.dropFirst(preposition.count + 1).trimmingCharacters(in: .whitespaces)
            let startsName = name.first.map { $0.isUppercase || !$0.isCased && $0.isLetter } ?? false
            if startsName { return (name, true) }
        }
        return (raw, false)
    }
}

extension AuthorLabels {
    /// The prepositions, longest first (sorted once, not on every call).
    private static let prepositionsLongestFirst = prepositions.sorted { $0.count > $1.count }

    /// True when `text` is a label alone (`By`, `Written by`, `Author:`), the name standing in the next element.
    /// A noun counts only as a label, capitalized or before a colon (`Text:`, not the word `text` in a sentence).
    static func isLabelOnly(_ text: String) -> Bool {
        let lower = text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " :"))
        if prepositions.contains(lower) { return true }
        let trimmed = text.drop { $0 == " " }
        return nouns.contains(lower) && (trimmed.first?.isUppercase == true || trimmed.contains(":"))
    }
}
