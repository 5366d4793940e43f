// Pair features of the level scorers beyond the two headings' own rows: prominence, body between, shapes seen before (issue #13).
import Foundation
import GalleyModel
import GalleySupport

/// What the level scorers know of heading `b` after heading `a` besides their own features: how
/// much longer or wordier `b` is, how much body text lies between them, whether either stands in
/// the headline area, and whether `b` is written like a heading before `a` (a document writes the
/// headings of one level alike, so `b` returns to that level).
enum PairContextFeatures {
    /// The column names, appended to the pair features of `OutlineModel.pairNames`.
    static let names = [
        "dLogChars", "dStopShare", "bodyBetween", "a.beforeBody", "b.beforeBody", "a.longestInHead", "b.longestInHead", "dRelCand",
        "bShapeAsEarlier", "bShapeAsA", "bShapeNew", "bReturnsAboveA", "logHeadingsSinceBShape", "dSectionDepth",
    ]

    /// The shapes of the headings before a pair's first one, in order: for each shape where it
    /// first and last occurred (kept by the caller as it walks the headings: linear time).
    struct EarlierShapes: ExpressibleByArrayLiteral {
        private(set) var count = 0
        private var first: [NeighbourFeatures.Shape: Int] = [:], last: [NeighbourFeatures.Shape: Int] = [:]
        init(arrayLiteral shapes: NeighbourFeatures.Shape...) { for s in shapes { append(s) } }
        /// Records the next heading's shape.
        mutating func append(_ shape: NeighbourFeatures.Shape) {
            if first[shape] == nil { first[shape] = count }
            last[shape] = count
            count += 1
        }
        func contains(_ shape: NeighbourFeatures.Shape) -> Bool { last[shape] != nil }
        func firstIndex(_ shape: NeighbourFeatures.Shape) -> Int? { first[shape] }
        func lastIndex(_ shape: NeighbourFeatures.Shape) -> Int? { last[shape] }
    }

    private static func column(_ name: String) -> Int { OutlineFeatures.names.firstIndex(of: name)! }
    private static let logChars = column("logChars"), stopShare = column("stopShare"), multiLine = column("multiLineParagraph")
    private static let list = column("listUnit"), beforeBody = column("beforeBody"), longestInHead = column("longestInHead")
    private static let relCandChars = column("relCandChars"), sectionDepth = column("sectionDepth")

    /// The features of heading `b` after heading `a` (rows of `OutlineFeatures`); `earlierShapes`: the
    /// shapes of the headings before `a`. `bReturnsAboveA`: `b` is shaped like an earlier heading whose
    /// last occurrence came before `a`'s shape first appeared (`a` opened a sub-section under it, so
    /// `b` returns above `a`); `logHeadingsSinceBShape`: how many headings back that one was.
    static func values(_ rows: [[Double]], _ a: Int, _ b: Int, earlierShapes: EarlierShapes) -> [Double] {
        var body = 0
        // Paragraphs of several lines and lists (counting long single lines as well scored 0.005 lower in levels, cross-validated).
        for k in (a + 1)..<max(a + 1, b) where rows[k][multiLine] > 0 || rows[k][list] > 0 { body += 1 }
        let shapeA = NeighbourFeatures.shape(rows[a]), shapeB = NeighbourFeatures.shape(rows[b])
        let seen = earlierShapes.contains(shapeB)
        let lastB = earlierShapes.lastIndex(shapeB), firstA = earlierShapes.firstIndex(shapeA) ?? earlierShapes.count
        let returnsAbove = lastB.map { shapeB != shapeA && firstA > $0 } ?? false
        let since = lastB.map { log(Double(earlierShapes.count + 1 - $0)) } ?? 0
        return [
            rows[b][logChars] - rows[a][logChars], rows[b][stopShare] - rows[a][stopShare], log(1 + Double(body)),
            rows[a][beforeBody], rows[b][beforeBody], rows[a][longestInHead], rows[b][longestInHead],
            rows[b][relCandChars] - rows[a][relCandChars],
            seen && shapeB != shapeA ? 1 : 0, shapeB == shapeA ? 1 : 0, !seen && shapeB != shapeA ? 1 : 0,
            returnsAbove ? 1 : 0, since, rows[b][sectionDepth] - rows[a][sectionDepth],
        ]
    }
}
