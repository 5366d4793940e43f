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

    /// One value per group: 1 when the text holds one of its phrases.
    static func values(_ text: String, words: Int) -> [Double] {
        guard words <= maxWords, !names.isEmpty else { return [Double](repeating: 0, count: names.count) }
        let list = ExtractionText.lowerWords(text)
        var values = [Double](repeating: 0, count: names.count)
        for start in list.indices {
            guard let candidates = byFirstWord[list[start]] else { continue }
            for (g, phrase) in candidates where values[g] == 0 && start + phrase.count <= list.count {
                if phrase.count == 1 || list[start..<(start + phrase.count)].elementsEqual(phrase) { values[g] = 1 }
            }
        }
        return values
    }
}
