// Cue phrases in a unit's own text (newsletter prompts, donation appeals, share bars, tag labels, bios):
// one 0/1 feature per group of `textGroups` in Models/extraction-cues.json.
import GalleyModel
import GalleySupport

/// Matches the text cue groups against a short unit's words.
struct ExtractionTextCues {
    /// The group names, sorted (feature columns `text.NAME`).
    static let names: [String] = (ExtractionCues.shared.textGroups ?? [:]).keys.sorted()
    /// Per group, its phrases as word lists (lower case).
    private static let phrases: [[[String]]] = names.map { name in
        (ExtractionCues.shared.textGroups?[name] ?? []).map { ExtractionText.words($0) }.filter { !$0.isEmpty }
    }
    /// Units longer than this many words are not matched (cues mark short boilerplate blocks).
    static let maxWords = 60

    /// Per first word, the phrases starting with it: (group index, phrase words).
    private static let byFirstWord: [String: [(group: Int, words: [String])]] = {
        var table: [String: [(group: Int, words: [String])]] = [:]
        for (g, group) in phrases.enumerated() {
            for phrase in group { table[phrase[0], default: []].append((g, phrase)) }
        }
        return table
    }()

    /// Per first byte of a phrase's first word: bit `n` set when such a word has `n` bytes (bit 63:
    /// 63 or more). An ASCII word of another first byte or length equals no key and is not looked up
    /// (ASCII strings equal only byte for byte; other words are always looked up).
    private static let firstWordShapes: [UInt64] = {
        var out = [UInt64](repeating: 0, count: 256)
        for key in byFirstWord.keys {
            guard let first = key.utf8.first else { continue }
            out[Int(first)] |= 1 << UInt64(min(key.utf8.count, 63))
        }
        return out
    }()

    /// Per first and last byte of an ASCII first word of a phrase (`slot`): bit `n` set when such a
    /// word has `n` bytes (bit 63: 63 or more).
    private static let asciiFirstWordShapes: [UInt64] = {
        var out = [UInt64](repeating: 0, count: 37 * 37)
        for key in byFirstWord.keys where !key.utf8.contains(where: { $0 >= 0x80 }) {
            guard let first = key.utf8.first, let last = key.utf8.last else { continue }
            out[slot(first, last)] |= 1 << UInt64(min(key.utf8.count, 63))
        }
        return out
    }()

    /// The slot of a word's first and last bytes (the class tokens' slots: `ExtractionCues.shapeSlot`).
    @inline(__always)
    private static func slot(_ first: UInt8, _ last: UInt8) -> Int { ExtractionCues.shapeSlot(first, last) }

    /// True when `text` is ASCII and none of its words (as `ExtractionText.lowerWords` splits them:
    /// runs of letters and digits, lower-cased) has the shape of a phrase's first word: then no
    /// phrase can match, and the words need not be built. False for any other text.
    private static func asciiHoldsNoFirstWord(_ text: String) -> Bool {
        let shapes = asciiFirstWordShapes
        var start = -1, first: UInt8 = 0, last: UInt8 = 0, position = 0
        for b in text.utf8 {
            if b >= 0x80 { return false }
            if TextPieces.isAlphanumeric(b) {
                let lower = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                if start < 0 { start = position; first = lower }
                last = lower
            } else if start >= 0 {
                if shapes[slot(first, last)] & (1 << UInt64(min(position - start, 63))) != 0 { return false }
                start = -1
            }
            position += 1
        }
        if start >= 0, shapes[slot(first, last)] & (1 << UInt64(min(position - start, 63))) != 0 { return false }
        return true
    }

    /// False when `word` cannot be a key of `byFirstWord` (see `firstWordShapes`).
    private static func mayStartPhrase(_ word: String, shapes: [UInt64]) -> Bool {
        let utf8 = word.utf8
        guard let first = utf8.first else { return true }
        if shapes[Int(first)] & (1 << UInt64(min(utf8.count, 63))) != 0 { return true }
        return utf8.contains { $0 >= 0x80 }
    }

    /// One value per group: 1 when the text holds one of its phrases.
    static func values(_ text: String, words: Int) -> [Double] {
        guard words <= maxWords, !names.isEmpty else { return [Double](repeating: 0, count: names.count) }
        var values = [Double](repeating: 0, count: names.count)
        if asciiHoldsNoFirstWord(text) { return values }
        let list = ExtractionText.lowerWords(text)
        let shapes = firstWordShapes
        for start in list.indices {
            guard mayStartPhrase(list[start], shapes: shapes), let candidates = byFirstWord[list[start]] else { continue }
            for (g, phrase) in candidates where values[g] == 0 && start + phrase.count <= list.count {
                if phrase.count == 1 || list[start..<(start + phrase.count)].elementsEqual(phrase) { values[g] = 1 }
            }
        }
        return values
    }
}
