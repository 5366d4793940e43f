// A boosted tree ensemble laid out in flat arrays with its row columns resolved: the same score, no per-tree arrays.
import GalleyModel
import GalleySupport

/// `OutlineModel.Scorer` compiled for scoring: every tree's nodes in one set of arrays, child
/// indices absolute, each split's row column looked up once. `score` adds the same leaf values
/// in the same order as `Scorer.score`, so the result is the same Double.
struct FlatForest: Sendable {
    let bias: Double
    /// The row column each node splits on (-1 at a leaf).
    let column: [Int]
    /// The scorer's feature index each node splits on (-1 at a leaf): where `contributions` adds.
    let feature: [Int]
    /// How many features the scorer has.
    let featureCount: Int
    let threshold: [Double]
    let left: [Int]
    let right: [Int]
    let value: [Double]
    /// The first node of each tree.
    let roots: [Int]

    /// The forest of a scorer whose features sit at `columns` of a row.
    init(_ scorer: OutlineModel.Scorer, columns: [Int]) {
        var column: [Int] = [], feature: [Int] = [], threshold: [Double] = [], left: [Int] = [], right: [Int] = [], value: [Double] = [], roots: [Int] = []
        for tree in scorer.trees {
            let base = column.count
            roots.append(base)
            for node in tree.feature.indices {
                let leaf = tree.feature[node] < 0
                column.append(leaf ? -1 : columns[tree.feature[node]])
                feature.append(leaf ? -1 : tree.feature[node])
                threshold.append(tree.threshold[node])
                left.append(leaf ? -1 : base + tree.left[node])
                right.append(leaf ? -1 : base + tree.right[node])
                value.append(tree.value[node])
            }
        }
        self.bias = scorer.bias
        self.column = column
        self.feature = feature
        self.featureCount = scorer.features.count
        self.threshold = threshold
        self.left = left
        self.right = right
        self.value = value
        self.roots = roots
    }

    /// The score of a row: `bias` plus each tree's leaf value, trees in order.
    func score(_ row: [Double]) -> Double {
        var s = bias
        row.withUnsafeBufferPointer { row in
            column.withUnsafeBufferPointer { column in
                threshold.withUnsafeBufferPointer { threshold in
                    left.withUnsafeBufferPointer { left in
                        right.withUnsafeBufferPointer { right in
                            value.withUnsafeBufferPointer { value in
                                for root in roots {
                                    var node = root
                                    while column[node] >= 0 {
                                        node = row[column[node]] <= threshold[node] ? left[node] : right[node]
                                    }
                                    s += value[node]
                                }
                            }
                        }
                    }
                }
            }
        }
        return s
    }

    /// Each feature's share of a row's score, as `Scorer.contributions` computes it: the change of
    /// node value along each tree's path, added per feature, trees in order (the same Doubles).
    func contributions(_ row: [Double]) -> [Double] {
        var out = [Double](repeating: 0, count: featureCount)
        out.withUnsafeMutableBufferPointer { out in
            row.withUnsafeBufferPointer { row in
                column.withUnsafeBufferPointer { column in
                    feature.withUnsafeBufferPointer { feature in
                        threshold.withUnsafeBufferPointer { threshold in
                            left.withUnsafeBufferPointer { left in
                                right.withUnsafeBufferPointer { right in
                                    value.withUnsafeBufferPointer { value in
                                        for root in roots {
                                            var node = root
                                            while column[node] >= 0 {
                                                let next = row[column[node]] <= threshold[node] ? left[node] : right[node]
                                                out[feature[node]] += value[next] - value[node]
                                                node = next
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return out
    }
}
