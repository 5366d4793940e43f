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
        "bShapeAsEarlier", "bShapeAsA", "bShapeNew",
    ]

    private static func column(_ name: String) -> Int { OutlineFeatures.names.firstIndex(of: name)! }
    private static let logChars = column("logChars"), stopShare = column("stopShare"), multiLine = column("multiLineParagraph")
    private static let list = column("listUnit"), beforeBody = column("beforeBody"), longestInHead = column("longestInHead")
    private static let relCandChars = column("relCandChars")

    /// The features of heading `b` after heading `a` (rows of `OutlineFeatures`); `earlierShapes`: the
    /// shapes of the headings before `a` (kept by the caller as it walks the headings: linear time).
    static func values<Rows: OutlineRows>(_ rows: Rows, _ a: Int, _ b: Int, earlierShapes: Set<NeighbourFeatures.Shape>) -> [Double] {
        var body = 0
        // Paragraphs of several lines and lists (counting long single lines as well scored 0.005 lower in levels, cross-validated).
        for k in (a + 1)..<max(a + 1, b) where rows.value(k, multiLine) > 0 || rows.value(k, list) > 0 { body += 1 }
        let shapeA = NeighbourFeatures.shape(rows, a), shapeB = NeighbourFeatures.shape(rows, b)
        let seen = earlierShapes.contains(shapeB)
        return [
            rows.value(b, logChars) - rows.value(a, logChars), rows.value(b, stopShare) - rows.value(a, stopShare), log(1 + Double(body)),
            rows.value(a, beforeBody), rows.value(b, beforeBody), rows.value(a, longestInHead), rows.value(b, longestInHead),
            rows.value(b, relCandChars) - rows.value(a, relCandChars),
            seen && shapeB != shapeA ? 1 : 0, shapeB == shapeA ? 1 : 0, !seen && shapeB != shapeA ? 1 : 0,
        ]
    }
}
