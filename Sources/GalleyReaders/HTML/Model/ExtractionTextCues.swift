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

    /// One value per group: 1 when the text holds one of its phrases.
    static func values(_ text: String, words: Int) -> [Double] {
        guard words <= maxWords, !names.isEmpty else { return [Double](repeating: 0, count: names.count) }
        let list = ExtractionText.words(text)
        let present = Set(list)
        return phrases.map { group in
            group.contains { phrase in
                guard present.contains(phrase[0]) else { return false }
                if phrase.count == 1 { return true }
                for start in list.indices where list[start] == phrase[0] && start + phrase.count <= list.count {
                    if Array(list[start..<(start + phrase.count)]) == phrase { return true }
                }
                return false
            } ? 1 : 0
        }
    }
}
