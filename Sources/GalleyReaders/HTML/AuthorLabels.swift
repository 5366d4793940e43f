// The words pages put before an author's name ("By", "Текст:"), stripped from author metadata.
import Foundation
import GalleyModel
import GalleySupport

/// Author labels as data: prepositions stripped when a name follows, nouns only before a colon.
enum AuthorLabels {
    /// Prepositions meaning "by", matched case-insensitively, followed by a space and a capital
    /// (`Models/metadata-cues.json`, `authorPrepositions`).
    static let prepositions = MetadataCues.shared.authorPrepositions
    /// Nouns naming the author, stripped only when a colon follows (`Текст: Иван Петров`;
    /// `authorNouns`).
    static let nouns = MetadataCues.shared.authorNouns

    /// The name without its label, and whether a label was found.
    static func strip(_ raw: String) -> (name: String, stripped: Bool) {
        guard mayStartLabel(raw[...]), asciiPrefixVerdict(raw) != false else { return (raw, false) }
        return stripByCharacters(raw)
    }

    /// `strip` without its cheap byte tests, which only rule out texts in which this finds no label.
    static func stripByCharacters(_ raw: String) -> (name: String, stripped: Bool) {
        let lower = raw.lowercased()
        for noun in nouns where lower.hasPrefix(noun) {
            var rest = raw.dropFirst(noun.count)
            while rest.first == " " { rest = rest.dropFirst() }
            if rest.first == ":" {
                let name = rest.dropFirst().trimmingCharacters(in: .whitespaces)
                if !name.isEmpty { return (name, true) }
            }
        }
        for (preposition, spaced) in prepositionsLongestFirstSpaced where lower.hasPrefix(spaced) {
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
    /// … each with the space that must follow it.
    private static let prepositionsLongestFirstSpaced = prepositionsLongestFirst.map { ($0, $0 + " ") }
    /// The longest label, in UTF-8 bytes.
    private static let longestLabelBytes = (prepositions + nouns).map(\.utf8.count).max() ?? 0

    /// True when `text` is a label alone (`By`, `Written by`, `Author:`), the name standing in the next element.
    /// A noun counts only as a label, capitalized or before a colon (`Text:`, not the word `text` in
    /// a sentence). (Cheap necessary tests first, by bytes: a label is short, starts with a label's
    /// first letter and, for ASCII text, equals a label case-blind; lower-casing shrinks a text at
    /// most threefold in bytes.)
    static func isLabelOnly(_ text: String) -> Bool {
        let cheap = trimmedSpacesAndColons(text[...])
        guard cheap.utf8.count <= 3 * longestLabelBytes, mayStartLabel(cheap), asciiLabelVerdict(text) != false else { return false }
        let lower = text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " :"))
        if prepositions.contains(lower) { return true }
        let trimmed = text.drop { $0 == " " }
        return nouns.contains(lower) && (trimmed.first?.isUppercase == true || trimmed.contains(":"))
    }

    /// The ASCII labels as bytes; the prefixes `strip` looks for (nouns, prepositions and a space), as bytes.
    private static let asciiLabels: [[UInt8]] = (prepositions + nouns).map { Array($0.utf8) }.filter { !$0.contains { $0 >= 0x80 } }
    private static let asciiStripPrefixes: [[UInt8]] = (nouns + prepositions.map { $0 + " " }).map { Array($0.utf8) }.filter { !$0.contains { $0 >= 0x80 } }

    /// The same, filed by first byte (only those of a text's lower-cased first byte are compared).
    private static let asciiLabelsByFirstByte: [[[UInt8]]] = byFirstByte(asciiLabels)
    private static let asciiStripPrefixesByFirstByte: [[[UInt8]]] = byFirstByte(asciiStripPrefixes)
    /// An empty prefix starts every text (not filed by first byte).
    private static let anyEmptyStripPrefix = asciiStripPrefixes.contains(where: \.isEmpty)

    private static func byFirstByte(_ list: [[UInt8]]) -> [[[UInt8]]] {
        var out = [[[UInt8]]](repeating: [], count: 256)
        for bytes in list { if let first = bytes.first { out[Int(first)].append(bytes) } }
        return out
    }

    /// For an ASCII text (one byte per character, lower-cased byte by byte): whether it is a label
    /// alone, as `isLabelOnly` decides. Nil for any other text.
    private static func asciiLabelVerdict(_ text: String) -> Bool? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            for b in bytes where b >= 0x80 { return nil }
            var start = 0, end = bytes.count
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x3A { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x3A { end -= 1 }
            guard start < end else { return asciiLabels.contains { $0.isEmpty } }
            let first = bytes[start] >= 0x41 && bytes[start] <= 0x5A ? bytes[start] + 0x20 : bytes[start]
            return asciiLabelsByFirstByte[Int(first)].contains { label in
                label.count == end - start && label.indices.allSatisfy { k in
                    let b = bytes[start + k]
                    return (b >= 0x41 && b <= 0x5A ? b + 0x20 : b) == label[k]
                }
            }
        } ?? nil
    }

    /// For a text whose first bytes are ASCII (as many as the longest label and its space, or all
    /// of a shorter text): whether it starts, lower-cased, with a noun or a preposition and a space
    /// (false: `strip` finds no label). Nil for any other text. Only those bytes matter: lower-casing
    /// keeps ASCII characters' bytes in place, so no label, ASCII or not, can start the lower-cased
    /// text unless its bytes start these; and a `Character` ending a label there ends on its byte
    /// or later (then `strip`, asked, decides).
    private static func asciiPrefixVerdict(_ text: String) -> Bool? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            for b in bytes.prefix(longestLabelBytes + 1) where b >= 0x80 { return nil }
            guard let head = bytes.first else { return asciiStripPrefixes.contains { $0.isEmpty } }
            let first = head >= 0x41 && head <= 0x5A ? head + 0x20 : head
            if anyEmptyStripPrefix { return true }
            return asciiStripPrefixesByFirstByte[Int(first)].contains { prefix in
                prefix.count <= bytes.count && prefix.indices.allSatisfy { k in
                    let b = bytes[k]
                    return (b >= 0x41 && b <= 0x5A ? b + 0x20 : b) == prefix[k]
                }
            }
        } ?? nil
    }

    /// The first bytes of the labels (all lower case), as a table by byte.
    private static let labelFirstBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for label in prepositions + nouns { if let first = label.utf8.first { table[Int(first)] = true } }
        return table
    }()

    /// False when the text cannot start with a label once lower-cased: its first byte is ASCII and,
    /// lower-cased, starts no label (an ASCII character lower-cases to ASCII, whatever follows it).
    private static func mayStartLabel(_ text: Substring) -> Bool {
        guard let first = text.utf8.first else { return true }
        guard first < 0x80 else { return true }
        return labelFirstBytes[Int(first >= 0x41 && first <= 0x5A ? first + 0x20 : first)]
    }

    /// The text without the spaces and colons at its ends.
    private static func trimmedSpacesAndColons(_ text: Substring) -> Substring {
        let utf8 = text.utf8
        var start = utf8.startIndex, end = utf8.endIndex
        while start < end, utf8[start] == 0x20 || utf8[start] == 0x3A { start = utf8.index(after: start) }
        while start < end {
            let before = utf8.index(before: end)
            guard utf8[before] == 0x20 || utf8[before] == 0x3A else { break }
            end = before
        }
        return text[start..<end]
    }
}
