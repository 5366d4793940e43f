// The word 1-, 2- and 3-grams of a text, as numbers: the hidden-copy test's look-up table.
import GalleyModel
import GalleySupport

/// The 1-, 2- and 3-grams of a list of words, each word numbered once, so a gram is three numbers
/// rather than a joined string. Words of `ExtractionText.words` hold no space, so two word runs
/// are equal exactly when their words joined by spaces are (what the table replaced: a set of the
/// joined strings, `isCopyByJoinedGrams`, kept for the tests).
struct WordGrams {
    private struct Gram: Hashable {
        var a: Int32, b: Int32, c: Int32
    }
    private var number: [String: Int32] = [:]
    private var grams = Set<Gram>()

    init(_ words: [String]) {
        var ids: [Int32] = []
        ids.reserveCapacity(words.count)
        for word in words {
            if let id = number[word] {
                ids.append(id)
            } else {
                let id = Int32(truncatingIfNeeded: number.count)
                number[word] = id
                ids.append(id)
            }
        }
        for j in ids.indices {
            grams.insert(Gram(a: ids[j], b: -1, c: -1))
            if j + 1 < ids.count { grams.insert(Gram(a: ids[j], b: ids[j + 1], c: -1)) }
            if j + 2 < ids.count { grams.insert(Gram(a: ids[j], b: ids[j + 1], c: ids[j + 2])) }
        }
    }

    /// Whether a hidden unit's `words` copy the text: its words occur as one run (fewer than three
    /// words), or half its word 3-grams occur.
    func isCopy(_ words: [String]) -> Bool {
        guard !words.isEmpty else { return false }
        let ids = ids(words)
        if words.count < 3 { return contains(ids, 0, words.count) }
        let hits = (0...(words.count - 3)).filter { contains(ids, $0, 3) }.count
        return hits * 2 >= words.count - 2
    }

    /// `isCopy` by a set of the visible text's grams joined into strings (the code `WordGrams` replaced).
    static func isCopyByJoinedGrams(_ words: [String], visible visibleWords: [String]) -> Bool {
        func gram(_ w: [String], _ j: Int, _ n: Int) -> String { w[j..<(j + n)].joined(separator: " ") }
        var grams = Set<String>()
        for n in 1...3 where visibleWords.count >= n {
            for j in 0...(visibleWords.count - n) { grams.insert(gram(visibleWords, j, n)) }
        }
        guard !words.isEmpty else { return false }
        if words.count < 3 { return grams.contains(gram(words, 0, words.count)) }
        let hits = (0...(words.count - 3)).filter { grams.contains(gram(words, $0, 3)) }.count
        return hits * 2 >= words.count - 2
    }

    /// The numbers of `words` (-2 for a word the table does not hold: no gram holds it).
    private func ids(_ words: [String]) -> [Int32] {
        words.map { number[$0] ?? -2 }
    }

    /// Whether the `n` words (1...3) of `ids` from `start` form a gram of the table.
    private func contains(_ ids: [Int32], _ start: Int, _ n: Int) -> Bool {
        let gram = Gram(a: ids[start], b: n > 1 ? ids[start + 1] : -1, c: n > 2 ? ids[start + 2] : -1)
        if gram.a < 0 || gram.b == -2 || gram.c == -2 { return false }
        return grams.contains(gram)
    }
}
