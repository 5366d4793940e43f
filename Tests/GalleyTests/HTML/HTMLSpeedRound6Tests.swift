// Tests that the sixth HTML speed round's paths (complete-tree scoring, numbered word grams) answer what the code they replace answers.
import Foundation
import Testing
@testable import GalleyReaders

/// Rows for a forest over `width` columns: values near the thresholds, exact thresholds, NaN, infinities.
private func rows(count: Int, width: Int, thresholds: [Double], seed: UInt64) -> [[Double]] {
    var random = SeededRandom(state: seed)
    return (0..<count).map { _ in
        (0..<width).map { _ in
            switch random.next(10) {
            case 0: return .nan
            case 1: return random.next(2) == 0 ? .infinity : -.infinity
            case 2, 3, 4: return thresholds.isEmpty ? 0 : thresholds[random.next(thresholds.count)]
            default: return (Double(random.next() >> 11) / Double(UInt64(1) << 53) - 0.5) * 20
            }
        }
    }
}

@Suite struct CompleteTreesTests {
    private func check(_ forest: FlatForest, width: Int, seed: UInt64) {
        for row in rows(count: 2000, width: width, thresholds: forest.threshold, seed: seed) {
            let fast = forest.score(row), slow = forest.scoreByNodes(row)
            #expect(fast.bitPattern == slow.bitPattern, "row \(row)")
        }
    }

    @Test func theEmbeddedModelsScoreAsNodeByNode() {
        #expect(ExtractionModel.forest.complete != nil)
        check(ExtractionModel.forest, width: ExtractionFeatures.names.count, seed: 1)
        let heading = OutlineModel.headingForest
        let width = (heading.column + OutlineModel.levelForests.values.flatMap(\.column)).max()! + 1
        check(heading, width: width, seed: 2)
        for (key, forest) in OutlineModel.levelForests.sorted(by: { $0.key < $1.key }) {
            #expect(forest.complete != nil, "\(key)")
            check(forest, width: width, seed: 3)
        }
    }

    /// Trees of uneven depth: a leaf at the root, leaves above the bottom on either side.
    @Test func unevenTreesScoreAsNodeByNode() {
        let trees = [
            OutlineModel.Tree(feature: [-1], threshold: [0], left: [-1], right: [-1], value: [0.25]),
            OutlineModel.Tree(feature: [0, -1, 1, -1, -1], threshold: [0.5, 0, -1, 0, 0], left: [1, -1, 3, -1, -1], right: [2, -1, 4, -1, -1],
                              value: [0, 1.5, 0, -2, 3]),
            OutlineModel.Tree(feature: [2, 0, -1, 1, -1, -1, -1], threshold: [0, 1, 0, 2, 0, 0, 0], left: [1, 3, -1, 5, -1, -1, -1],
                              right: [2, 4, -1, 6, -1, -1, -1], value: [0, 0, 7, 0, -0.125, 0.5, 1e-9]),
        ]
        let scorer = OutlineModel.Scorer(features: ["a", "b", "c"], bias: 0.1, trees: trees)
        let forest = FlatForest(scorer, columns: [2, 0, 1])
        #expect(forest.complete?.depth == [0, 2, 3])
        check(forest, width: 3, seed: 4)
    }

    /// A tree deeper than `CompleteTrees.maximumDepth` is scored node by node.
    @Test func deepTreesFallBackToNodes() {
        let depth = CompleteTrees.maximumDepth + 1
        var feature: [Int] = [], left: [Int] = [], right: [Int] = [], value: [Double] = []
        for level in 0..<depth {  // a chain: each split's left child is a leaf, the right goes on
            feature += [0, -1]; left += [2 * level + 1, -1]; right += [2 * level + 2, -1]; value += [0, Double(level)]
        }
        feature.append(-1); left.append(-1); right.append(-1); value.append(99)
        let tree = OutlineModel.Tree(feature: feature, threshold: [Double](repeating: 0, count: feature.count), left: left, right: right, value: value)
        let forest = FlatForest(OutlineModel.Scorer(features: ["a"], bias: 0, trees: [tree]), columns: [0])
        #expect(forest.complete == nil)
        #expect(forest.score([1]) == 99)
        #expect(forest.score([-1]) == 0)
    }
}

@Suite struct WordGramsTests {
    @Test func numberedGramsDecideAsJoinedStrings() {
        var random = SeededRandom(state: 7)
        let vocabulary = ["a", "b", "c", "the", "cat", "sat", "ab", "bc", "abc", "été", "日本", "1", "12"]
        func words(_ count: Int) -> [String] { (0..<count).map { _ in vocabulary[random.next(vocabulary.count)] } }
        for _ in 0..<3000 {
            let visible = words(random.next(12))
            let grams = WordGrams(visible)
            let hidden = random.next(3) == 0 ? Array(visible.dropFirst(random.next(3)).prefix(random.next(8))) : words(random.next(8))
            #expect(grams.isCopy(hidden) == WordGrams.isCopyByJoinedGrams(hidden, visible: visible), "\(visible) / \(hidden)")
        }
    }

    @Test func realWords() {
        let visible = ExtractionText.words("The quick brown fox jumps over the lazy dog. Über alles, naïve café!")
        let grams = WordGrams(visible)
        for text in ["quick brown fox", "brown", "fox quick", "lazy dog über alles", "naïve café", "café naïve", "", "dog"] {
            let words = ExtractionText.words(text)
            #expect(grams.isCopy(words) == WordGrams.isCopyByJoinedGrams(words, visible: visible), "\(text)")
        }
    }
}
