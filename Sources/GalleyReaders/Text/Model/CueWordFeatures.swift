// Word-list features of the outline model: credit and caption words, datelines, in the languages of the dev sets (issue #13).
import Foundation
import GalleyModel
import GalleySupport

/// Features from the cue words of `Models/outline-words.json` (embedded as `OutlineModelData.words`):
/// a line naming a photo, a source or a credit (`fot. shutterstock`, `Foto: dpa`, `Źródło: Pixabay`)
/// is a caption, and a month name next to a number makes a dateline, whatever the language.
enum CueWordFeatures {
    /// The column names, appended after `NeighbourFeatures.names`.
    static let names = ["creditWord", "creditFirst", "monthDate", "prevCreditWord", "nextCreditWord"]

    /// The word lists of the data file: per list, per language, lower-case words.
    private struct Lists: Decodable {
        let credit: [String: [String]]
        let months: [String: [String]]
    }

    private static let lists: Lists = {
        do {
            return try ModelJSONDecoder().decode(Lists.self, from: OutlineModelData.words)
        } catch {
            preconditionFailure("the embedded outline words do not decode: \(error)")
        }
    }()

    /// Credit and caption words of every language.
    static let creditWords = Set(lists.credit.values.joined())
    /// Month names of every language.
    static let monthWords = Set(lists.months.values.joined())

    /// A word as the lists hold it: its letters and digits, lower-cased (`Źródło:` → `źródło`, `fot.` → `fot`).
    static func normalized(_ word: Substring) -> String {
        let utf8 = word.utf8
        // ASCII: the letters (lower-cased) and digits are the bytes A-Z, a-z, 0-9; the same answer without Characters.
        if utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(utf8.count)
            for b in utf8 {
                if b >= 0x41 && b <= 0x5A { bytes.append(b + 0x20) } else if b >= 0x61 && b <= 0x7A || b >= 0x30 && b <= 0x39 { bytes.append(b) }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(word.filter { $0.isLetter || $0.isNumber }).lowercased()
    }

    /// True when a word holds a figure (ASCII digits are read as bytes).
    static func hasNumber(_ word: Substring) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }
        return word.contains { $0.isNumber }
    }

    /// One row of `names` per unit; `texts` holds the text of each single-line unit (nil for others).
    static func rows(_ texts: [String?]) -> FeatureMatrix {
        let n = texts.count
        var rows = FeatureMatrix(count: n, width: names.count)
        var credit = [Bool](repeating: false, count: n)
        for i in texts.indices {
            guard let text = texts[i] else { continue }
            if let scan = CueWordScan(text) {
                // A simple line: the same answers from its bytes.
                credit[i] = scan.credit
                rows[i, 0] = scan.credit ? 1 : 0
                rows[i, 1] = scan.creditFirst ? 1 : 0
                rows[i, 2] = scan.date ? 1 : 0
                continue
            }
            let raw = text.split(separator: " ", maxSplits: OutlineFeatures.wordsRead, omittingEmptySubsequences: false).prefix(OutlineFeatures.wordsRead)
            let words = raw.map(normalized)
            credit[i] = words.contains { creditWords.contains($0) }
            rows[i, 0] = credit[i] ? 1 : 0
            rows[i, 1] = words.first.map { creditWords.contains($0) } ?? false ? 1 : 0
            let date = words.indices.contains { k in
                monthWords.contains(words[k]) && [k - 1, k + 1].contains { $0 >= 0 && $0 < words.count && hasNumber(raw[raw.startIndex + $0]) }
            }
            rows[i, 2] = date ? 1 : 0
        }
        for i in texts.indices {
            rows[i, 3] = i > 0 && credit[i - 1] ? 1 : 0
            rows[i, 4] = i + 1 < n && credit[i + 1] ? 1 : 0
        }
        return rows
    }
}
