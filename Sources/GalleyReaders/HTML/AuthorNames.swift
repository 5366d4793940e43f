// Cleans author names read from metadata and bylines, and tells a name from other short text.
import Foundation
import GalleyModel
import GalleySupport

/// Author-name cleaning shared by the metadata sources and the visible bylines.
enum AuthorNames {
    /// What `clean` trims from a name's ends.
    private static let cleanTrimmed = CharacterSet(charactersIn: " ,;:|·•⋅*-–—\"“”»«›‹").union(.whitespaces)
    /// What `withoutTrailer` trims from a name's ends.
    private static let trailerTrimmed = CharacterSet(charactersIn: " ,;:|·•-–—")

    /// The name without white-space runs, its label (`By`), a URL in parentheses or after it
    /// (`Jane Doe (https://…)`) and surrounding punctuation; empty when nothing is left or the
    /// value is only a URL or a handle.
    static func clean(_ raw: String) -> String {
        var name = AuthorLabels.strip(raw.foldingWhitespace).name
        while let open = name.firstIndex(of: "("), let close = name[open...].firstIndex(of: ")"),
              name[open...close].contains("://") || name[open...close].contains("www.") {
            name.removeSubrange(open...close)
        }
        // An ASCII name without the bytes of `://` holds it nowhere, before or after the words are
        // filtered and the ends trimmed (Foundation's search needed only for other names).
        let asciiWithoutScheme = name.utf8.allSatisfy { $0 < 0x80 } && !SimpleScalars.containsBytes(name, "://")
        name = name.split(separator: " ").filter { (asciiWithoutScheme || !$0.contains("://")) && !$0.hasPrefix("www.") }.joined(separator: " ")
        name = name.trimmingCharacters(in: Self.cleanTrimmed)
        if name.hasPrefix("@") || (!asciiWithoutScheme && name.contains("://")) || !name.contains(where: \.isLetter) || isTemplateKey(name) { return "" }
        return withoutRepetition(name.utf8.contains(0x2C) ? name.replacingOccurrences(of: " ,", with: ",") : name)  // `Jane Doe , John Roe`
    }

    /// A template's unfilled key standing where a name should be (`page.head.extra.author`,
    /// `{{ author }}`, `${author}`): braces, or three or more dotted parts of three letters or more
    /// without a space (initials such as `J.R.R.Tolkien` stay names).
    static func isTemplateKey(_ name: String) -> Bool {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {  // by bytes: equal to Foundation's search in ASCII text
            if SimpleScalars.containsBytes(name, "{{") || SimpleScalars.containsBytes(name, "}}") || SimpleScalars.containsBytes(name, "${") { return true }
        } else if name.contains("{{") || name.contains("}}") || name.contains("${") {
            return true
        }
        guard !name.contains(" ") else { return false }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 3 && parts.allSatisfy { $0.count >= 3 && $0.allSatisfy { $0.isLetter || $0 == "_" || $0 == "-" } }
    }

    /// `Jane Doe Jane Doe` (a name shown twice, as a link and as text) → `Jane Doe`.
    static func withoutRepetition(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count >= 2, words.count % 2 == 0, words[..<(words.count / 2)].elementsEqual(words[(words.count / 2)...]) else { return name }
        return words[..<(words.count / 2)].joined(separator: " ")
    }

    /// The name a byline text holds: cleaned, cut at the first separator (`| May 3`), labels
    /// stripped again (`Posted by`); nil unless it looks like a name.
    static func fromByline(_ raw: String, cues: MetadataCues = .shared) -> String? {
        var text = raw.foldingWhitespace
        text = AuthorLabels.strip(text).name
        let sets = NameCueSets.of(cues)
        for (k, separator) in cues.bylineSeparators.enumerated() {
            if let cut = sets.separators[k].offset(in: text) {
                if let cut { text = String(decoding: text.utf8.prefix(cut), as: UTF8.self) }
            } else if let range = text.range(of: separator) {
                text = String(text[..<range.lowerBound])
            }
        }
        var name = withoutTrailer(clean(text), cues: cues)
        let void = sets.void
        if name.split(separator: " ").contains(where: { void.contains($0.lowercased()) }) { return nil }  // `Jane says` (a comment)
        if !looksLikeName(name, cues: cues) {
            // `Jane Doe Published May 3`: the words before the first that never names a person
            let rejected = sets.rejected
            let words = name.split(separator: " ")
            guard let cut = words.firstIndex(where: { rejected.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }),
                  cut > 0 else { return nil }
            name = clean(words[..<cut].joined(separator: " "))
        }
        return looksLikeName(name, cues: cues) && !isPhrase(name, cues: cues) ? name : nil
    }

    /// True when more than `nameMaxStopShare` of the words are function words (`This post was`,
    /// `How we`): a phrase a byline element happens to hold, not a name (`The Ritualist` is one).
    static func isPhrase(_ name: String, cues: MetadataCues = .shared) -> Bool {
        let words = name.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" })
        guard !words.isEmpty else { return false }
        let stop = NameCueSets.of(cues).stop
        return Double(words.filter { stop.contains(String($0)) }.count) > cues.nameMaxStopShare * Double(words.count)
    }

    /// A list of several names without the entries that are no names (more than `nameMaxWords`
    /// words, or a word that never names anyone: `… Network on Facebook`); the list unchanged when
    /// it has one name or none of them would be left.
    static func withoutNonNames(_ names: [String], cues: MetadataCues = .shared) -> [String] {
        guard names.count > 1 else { return names }
        let rejected = NameCueSets.of(cues).rejected
        let kept = names.filter { name in
            let words = name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "-" && $0 != "_" })
            return words.count <= cues.nameMaxWords && !words.contains { rejected.contains(String($0)) }
        }
        return kept.isEmpty ? names : kept
    }

    /// The name without what a byline adds after it: a date (`Andrew Gerrand 4 August 2010`,
    /// `Jane Doe March 3, 2025`) or a job title before any comma (`Keith Barry Senior Autos
    /// Reporter` → `Keith Barry`: the first two words, three with a middle initial).
    static func withoutTrailer(_ name: String, cues: MetadataCues = .shared) -> String {
        var words = name.split(separator: " ")
        guard words.count >= 2 else { return name }
        if let digit = words.indices.dropFirst().first(where: { words[$0].contains(where: \.isNumber) }) {
            // … and the month or weekday words before the digits (`Sat, Dec 13 2025`)
            let weekdays = NameCueSets.of(cues).weekdays
            var cut = digit
            while cut > 0 {
                let word = words[cut - 1].lowercased().trimmingCharacters(in: .punctuationCharacters)
                guard MetadataDate.monthNumbers[word] != nil || weekdays.contains(word) || (cut == digit && MetadataDate.month(Substring(word)) != nil) else { break }
                cut -= 1
            }
            // only a date is cut (`Top Trends in 2025` keeps its year and is then no name)
            let rest = words[cut...].joined(separator: " ")
            guard MetadataDate.iso8601(rest) != nil || MetadataDate.isoDayInText(rest) != nil else { return name }
            words = Array(words[..<cut])
            guard words.count >= 2 else { return words.joined(separator: " ").trimmingCharacters(in: Self.trailerTrimmed) }
        }
        let beforeComma = words.firstIndex { $0.hasSuffix(",") } ?? words.count - 1
        let roles = NameCueSets.of(cues).roles
        if beforeComma >= 2, let role = words[2...beforeComma].firstIndex(where: { roles.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }) {
            let keep = min(words[1].trimmingCharacters(in: .punctuationCharacters).count == 1 && role >= 3 ? 3 : 2, role)
            // a name's words are capitalized (`Insights from Liza Burke …` is left whole)
            if words[..<keep].allSatisfy({ $0.first?.isUppercase == true }) { words = Array(words[..<keep]) }
        }
        return words.joined(separator: " ").trimmingCharacters(in: Self.trailerTrimmed)
    }

    /// A short run of words starting with a letter, without digits or words that never name a
    /// person (`comments`, `share`, `read more`).
    static func looksLikeName(_ name: String, cues: MetadataCues = .shared) -> Bool {
        guard let first = name.first, first.isLetter, name.count <= cues.nameMaxCharacters,
              !name.contains(where: { $0.isNumber || $0 == ":" || $0 == "?" || $0 == "!" }) else { return false }
        let words = name.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" })
        guard !words.isEmpty, words.count <= cues.nameMaxWords else { return false }
        let rejected = NameCueSets.of(cues).rejected
        return !words.contains { rejected.contains(String($0)) }
    }
}
