// A boosted forest's trees padded to complete binary trees, so scoring walks a fixed number of levels.
import GalleyModel
import GalleySupport

/// Every tree of a scorer laid out as a complete binary tree of its depth (heap order: the children
/// of node `h` are `2h+1` and `2h+2`). A leaf met above the bottom level becomes a split whose two
/// sides both lead to copies of that leaf, so any row reaches the leaf value the original tree gives
/// it (`FlatForest.scoreByNodes`), NaN included (`x <= t` false goes right, as there). Scoring then
/// walks exactly `depth` levels per tree with no test for leaves: fewer mispredicted branches than
/// the node-by-node walk, the same leaves added in the same order, so the same Double.
struct CompleteTrees: Sendable {
    /// Per tree: its depth, where its splits start in `column`/`threshold`, where its leaves start in `leaf`.
    let depth: [Int]
    let splitStart: [Int]
    let leafStart: [Int]
    /// Row column and threshold of every split (padding splits read the tree's root column).
    let column: [Int]
    let threshold: [Double]
    /// Leaf values, `1 << depth` per tree, left to right.
    let leaf: [Double]

    /// What `score` reads: each split's column and threshold side by side, and per tree its depth,
    /// first split, and where its leaves start less its split count (the heap index of its first leaf).
    private struct Split { var column: Int; var threshold: Double }
    private struct Tree { var depth: Int; var splitStart: Int; var leafOffset: Int }
    private let splits: [Split]
    private let trees: [Tree]

    /// The deepest tree laid out (a complete tree holds `1 << depth` leaves): a model with deeper
    /// trees (only a developer's override model could have them) is scored node by node instead.
    static let maximumDepth = 12

    /// Nil when a tree is deeper than `maximumDepth`.
    init?(_ scorer: OutlineModel.Scorer, columns: [Int]) {
        var depth: [Int] = [], splitStart: [Int] = [], leafStart: [Int] = []
        var column: [Int] = [], threshold: [Double] = [], leaf: [Double] = []
        for tree in scorer.trees {
            func height(_ n: Int, _ level: Int) -> Int {
                guard level <= Self.maximumDepth, tree.feature[n] >= 0 else { return 0 }
                return 1 + max(height(tree.left[n], level + 1), height(tree.right[n], level + 1))
            }
            let d = height(0, 0)
            guard d <= Self.maximumDepth else { return nil }
            let splits = (1 << d) - 1
            let base = column.count, leafBase = leaf.count
            let padColumn = d > 0 ? columns[tree.feature[0]] : 0
            column += [Int](repeating: padColumn, count: splits)
            threshold += [Double](repeating: 0, count: splits)
            leaf += [Double](repeating: 0, count: 1 << d)
            func fill(_ n: Int, _ h: Int, _ level: Int) {
                if level == d {
                    leaf[leafBase + h - splits] = tree.value[n]
                    return
                }
                if tree.feature[n] >= 0 {
                    column[base + h] = columns[tree.feature[n]]
                    threshold[base + h] = tree.threshold[n]
                    fill(tree.left[n], 2 * h + 1, level + 1)
                    fill(tree.right[n], 2 * h + 2, level + 1)
                } else {
                    fill(n, 2 * h + 1, level + 1)
                    fill(n, 2 * h + 2, level + 1)
                }
            }
            fill(0, 0, 0)
            depth.append(d); splitStart.append(base); leafStart.append(leafBase)
        }
        self.depth = depth
        self.splitStart = splitStart
        self.leafStart = leafStart
        self.column = column
        self.threshold = threshold
        self.leaf = leaf
        splits = zip(column, threshold).map { Split(column: $0, threshold: $1) }
        trees = depth.indices.map { Tree(depth: depth[$0], splitStart: splitStart[$0], leafOffset: leafStart[$0] - ((1 << depth[$0]) - 1)) }
    }

    /// `bias` plus each tree's leaf value for `row`, trees in order.
    func score(_ row: [Double], bias: Double) -> Double {
        var s = bias
        row.withUnsafeBufferPointer { row in
            splits.withUnsafeBufferPointer { splits in
                leaf.withUnsafeBufferPointer { leaf in
                    trees.withUnsafeBufferPointer { trees in
                        guard let row = row.baseAddress, let splits = splits.baseAddress, let leaf = leaf.baseAddress else { return }
                        for tree in trees {
                            let split = splits + tree.splitStart
                            var h = 0
                            for _ in 0..<tree.depth {
                                let node = split[h]
                                h = 2 &* h &+ (row[node.column] <= node.threshold ? 1 : 2)
                            }
                            s += leaf[tree.leafOffset &+ h]
                        }
                    }
                }
            }
        }
        return s
    }
}
