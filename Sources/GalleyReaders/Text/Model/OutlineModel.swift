// The trained outline model: which units are headings (logistic score) and their levels (Viterbi).
import Foundation
import GalleyModel
import GalleySupport

/// The weights fitted by `scripts/fit-outline.py`, read from the embedded `Models/outline-model.json`.
struct OutlineModel: Decodable, Equatable, Sendable {
    /// One regression tree of a boosted ensemble: node arrays, `feature` -1 at the leaves.
    struct Tree: Decodable, Equatable, Sendable {
        /// Index into the scorer's `features` of each node's split (-1 at a leaf).
        var feature: [Int]
        /// A row goes left when its feature is <= the threshold.
        var threshold: [Double]
        var left: [Int]
        var right: [Int]
        /// The node's value (leaves: the tree's output; inner nodes: used to explain contributions).
        var value: [Double]
    }

    /// A boosted sum of trees over named features: the score is `bias` plus each tree's leaf value.
    struct Scorer: Decodable, Equatable, Sendable {
        var features: [String]
        var bias: Double
        var trees: [Tree]

        /// The score of a row (`columns` maps `features` to row columns).
        func score(_ row: [Double], columns: [Int]) -> Double {
            var s = bias
            for tree in trees {
                var node = 0
                while tree.feature[node] >= 0 {
                    node = row[columns[tree.feature[node]]] <= tree.threshold[node] ? tree.left[node] : tree.right[node]
                }
                s += tree.value[node]
            }
            return s
        }

        /// Each feature's share of the score (the change of node value along the path, summed per feature).
        func contributions(_ row: [Double], columns: [Int]) -> [Double] {
            var out = [Double](repeating: 0, count: features.count)
            for tree in trees {
                var node = 0
                while tree.feature[node] >= 0 {
                    let next = row[columns[tree.feature[node]]] <= tree.threshold[node] ? tree.left[node] : tree.right[node]
                    out[tree.feature[node]] += tree.value[next] - tree.value[node]
                    node = next
                }
            }
            return out
        }
    }

    /// The heading scorer (log-odds of "this unit is a heading").
    var heading: Scorer
    /// A unit is a heading when its probability reaches this.
    var threshold: Double
    /// One scorer per direction from the previous heading: `up`, `same`, `down` (softmax).
    var levels: [String: Scorer]
    /// Score taken off per level below 1 for every heading (prefers shallow outlines on ties).
    var depthCost: Double
    /// The deepest level the decoder uses.
    var maxLevel: Int

    /// The model compiled into the binary.
    static let shared: OutlineModel = {
        do {
            return try ModelJSONDecoder().decode(OutlineModel.self, from: OutlineModelData.json)
        } catch {
            preconditionFailure("the embedded outline model does not decode: \(error)")
        }
    }()

    /// The column of each feature name in a table with the given column names (a missing name reads column 0).
    static func columns(_ names: [String], in table: [String]) -> [Int] {
        let index = Dictionary(uniqueKeysWithValues: table.enumerated().map { ($1, $0) })
        return names.map { name in
            guard let column = index[name] else { preconditionFailure("the outline model uses an unknown feature \(name)") }
            return column
        }
    }

    /// The heading columns, resolved once.
    static let headingColumns = columns(shared.heading.features, in: OutlineFeatures.names)
    /// The names of the pair features of the level scorers.
    static let pairNames: [String] = OutlineFeatures.ownNames.map { "a." + $0 } + OutlineFeatures.ownNames.map { "b." + $0 }
        + OutlineFeatures.ownNames.map { "same." + $0 } + ["adjacent", "logGap", "aFirst", "oldDown", "oldSame", "oldUp", "oldNone", "bias"] + PairContextFeatures.names
    /// The level scorers' columns, resolved once.
    static let levelColumns: [String: [Int]] = shared.levels.mapValues { columns($0.features, in: pairNames) }

    /// The heading scorer and the level scorers as flat forests (what scoring uses).
    static let headingForest = FlatForest(shared.heading, columns: headingColumns)
    static let levelForests: [String: FlatForest] = shared.levels.mapValues { FlatForest($0, columns: columns($0.features, in: pairNames)) }

    /// The heading score (log-odds) of a row (`heading.score` of it, from the flat forest).
    func headingScore(_ row: [Double]) -> Double {
        OutlineModel.headingForest.score(row)
    }

    /// The largest contributions to a row's heading score, in words (for `galley explain`):
    /// each feature with its value and what it added to the log-odds (`relChars=-1.8 +0.52`).
    func contributions(_ row: [Double], count: Int = 4) -> [String] {
        guard count > 0 else { return [] }
        let values = OutlineModel.headingForest.contributions(row)
        let names = heading.features
        // Largest share first, ties by name: the names differ, so this order is total and keeping
        // the best `count` while reading gives the first `count` of the whole sorted list.
        func before(_ a: Int, _ b: Int) -> Bool {
            let x = abs(values[a]), y = abs(values[b])
            return x > y || x == y && names[a] < names[b]
        }
        var best: [Int] = []
        best.reserveCapacity(count + 1)
        for i in values.indices where values[i] != 0 {
            guard best.count < count || before(i, best[best.count - 1]) else { continue }
            var at = best.count
            while at > 0, before(i, best[at - 1]) { at -= 1 }
            best.insert(i, at: at)
            if best.count > count { best.removeLast() }
        }
        return best.map {
            "\(names[$0])=\(OutlineModel.hundredths(row[OutlineModel.headingColumns[$0]], sign: false)) \(OutlineModel.hundredths(values[$0], sign: true))"
        }
    }

    /// A number to two decimals (`-1.8`, `+0.52`, `3`), signed on request.
    static func hundredths(_ value: Double, sign: Bool) -> String {
        let h = Int((value * 100).rounded())
        let whole = abs(h) / 100, cents = abs(h) % 100
        let digits = cents == 0 ? "\(whole)" : cents % 10 == 0 ? "\(whole).\(cents / 10)" : "\(whole).\(cents < 10 ? "0" : "")\(cents)"
        return (h < 0 ? "-" : sign ? "+" : "") + digits
    }

    /// The pair features of heading `b` after heading `a` (rows of `OutlineFeatures`); `earlierShapes`: the shapes of the headings before `a`.
    static func pair<Rows: OutlineRows>(_ rows: Rows, _ a: Int, _ b: Int, aFirst: Bool, earlierShapes: Set<NeighbourFeatures.Shape>) -> [Double] {
        let n = OutlineFeatures.ownNames.count
        var v: [Double] = []
        v.reserveCapacity(pairNames.count)
        for k in 0..<n { v.append(rows.value(a, k)) }
        for k in 0..<n { v.append(rows.value(b, k)) }
        for k in 0..<n { v.append(rows.value(a, k) == rows.value(b, k) ? 1 : 0) }
        let la = rows.value(a, oldLevelColumn), lb = rows.value(b, oldLevelColumn)
        let known = la > 0 && lb > 0
        v += [b == a + 1 ? 1 : 0, log(Double(b - a)), aFirst ? 1 : 0,
              known && lb > la ? 1 : 0, known && lb == la ? 1 : 0, known && lb < la ? 1 : 0, known ? 0 : 1, 1]
        return v + PairContextFeatures.values(rows, a, b, earlierShapes: earlierShapes)
    }

    /// The own features that mark a heading's rank explicitly: section numbering, a division word, an underline.
    static let markColumns = ["sectionNumber", "division", "setext"].map { OutlineFeatures.ownNames.firstIndex(of: $0)! }
    /// Whether a unit starts with section numbering (`2.`, `1.2`), and how many numbers it has.
    static let sectionNumberColumn = OutlineFeatures.ownNames.firstIndex(of: "sectionNumber")!
    static let sectionDepthColumn = OutlineFeatures.ownNames.firstIndex(of: "sectionDepth")!
    /// The rule-based level of a unit (0 when the rules did not make it a heading).
    static let oldLevelColumn = OutlineFeatures.ownNames.firstIndex(of: "oldLevel")!
    /// How sure a direction marked by numbering or division words is (the rest is shared by the other two).
    static let markedConfidence = 0.96

    /// When numbering, division words or underlines mark either heading of a pair and the rules
    /// levelled both, their direction decides (`1.2` under `1`, `Chapter II` above the scene before it).
    static func markedDirection<Rows: OutlineRows>(_ rows: Rows, _ a: Int, _ b: Int) -> (up: Double, same: Double, down: Double)? {
        let yes = log(markedConfidence), no = log((1 - markedConfidence) / 2)
        // Both numbered (`1.2` then `2.`): the depth of their numbers decides, whatever the rules made of them.
        if rows.value(a, sectionNumberColumn) > 0, rows.value(b, sectionNumberColumn) > 0 {
            let da = rows.value(a, sectionDepthColumn), db = rows.value(b, sectionDepthColumn)
            return (db < da ? yes : no, db == da ? yes : no, db > da ? yes : no)
        }
        let la = rows.value(a, oldLevelColumn), lb = rows.value(b, oldLevelColumn)
        guard la > 0, lb > 0, markColumns.contains(where: { rows.value(a, $0) > 0 || rows.value(b, $0) > 0 }) else { return nil }
        return (lb < la ? yes : no, lb == la ? yes : no, lb > la ? yes : no)
    }

    /// Log-probabilities of `up`, `same`, `down` for a pair vector.
    func directionLogProbabilities(_ v: [Double]) -> (up: Double, same: Double, down: Double) {
        func score(_ key: String) -> Double {
            guard let forest = OutlineModel.levelForests[key] else { return 0 }
            return forest.score(v)
        }
        let up = score("up"), same = score("same"), down = score("down")
        let top = max(up, same, down)
        let norm = top + log(exp(up - top) + exp(same - top) + exp(down - top))
        return (up - norm, same - norm, down - norm)
    }

    /// Levels 1…maxLevel for the headings at `indices` (in order): the best-scoring sequence where
    /// a heading is at most one level below the one before it and only the first, when it opens the text, may be level 1.
    func levels<Rows: OutlineRows>(_ rows: Rows, headings indices: [Int]) -> [Int] {
        guard !indices.isEmpty else { return [] }
        let states = max(2, maxLevel)
        // The title stands at the top of the text: a first heading after body text is a section.
        var score = (0..<states).map { $0 == 0 && indices[0] != 0 ? -Double.infinity : -depthCost * Double($0) }
        var back: [[Int]] = []
        // The shapes of the headings before the pair's first one.
        var earlierShapes = Set<NeighbourFeatures.Shape>()
        for j in indices.indices.dropFirst() {
            if j >= 2 { earlierShapes.insert(NeighbourFeatures.shape(rows, indices[j - 2])) }
            let p = OutlineModel.markedDirection(rows, indices[j - 1], indices[j])
                ?? directionLogProbabilities(OutlineModel.pair(rows, indices[j - 1], indices[j], aFirst: j == 1, earlierShapes: earlierShapes))
            var next = [Double](repeating: -.infinity, count: states)
            var from = [Int](repeating: 0, count: states)
            // Level 1 is the title's alone (the title pass keeps exactly one level-1 heading).
            for to in 1..<states {
                for prev in 0..<states where to <= prev + 1 {
                    let move = to > prev ? p.down : to == prev ? p.same : p.up
                    let s = score[prev] + move - depthCost * Double(to)
                    if s > next[to] + 1e-12 { next[to] = s; from[to] = prev }
                }
            }
            score = next
            back.append(from)
        }
        var state = score.indices.max { score[$0] < score[$1] || score[$0] == score[$1] && $0 < $1 }!
        // Ties go to the shallower level.
        for s in score.indices where score[s] >= score[state] - 1e-12 { state = s; break }
        var out = [state]
        for from in back.reversed() { state = from[state]; out.append(state) }
        return out.reversed().map { $0 + 1 }
    }
}
