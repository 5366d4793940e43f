// Features of a unit set against its neighbours and against the lines shaped like it (issue #13).
import Foundation
import GalleyModel
import GalleySupport

/// How a unit stands out from the units around it, and how the document treats lines of its shape:
/// a heading is shorter than the body it opens, and a document tends to write its section headings
/// alike (same case, same ending, similar length), each followed by body text.
enum NeighbourFeatures {
    /// The column names, appended after `RelativeFeatures.names`.
    static let names = [
        "dPrevChars", "dNextChars", "prevBody", "next2Body", "shapeSiblings", "shapeSiblingsBody",
        "shapeOldHeadings", "stopVsNeighbours", "unitsSincePrevCandidate",
    ]

    private static func column(_ name: String) -> Int { OutlineFeatures.ownNames.firstIndex(of: name)! }
    private static let logChars = column("logChars"), candidate = column("candidate"), stopShare = column("stopShare")
    private static let multiLine = column("multiLineParagraph"), list = column("listUnit"), long = column("wordsGt20")
    private static let oldHeading = column("oldHeading"), sectionNumber = column("sectionNumber")
    private static let wordsLe3 = column("wordsLe3"), words4to10 = column("words4to10")
    private static let cases = ["caseAllCaps", "caseTitle", "caseSentence", "caseLower", "caseNone"].map(column)
    private static let endings = ["endPeriod", "endQuestion", "endExclaim", "endColon", "endComma", "endCloseParen", "endLetterOrDigit"].map(column)
    /// The distance to the previous candidate line counted at most this far.
    private static let farthest = 10

    /// A line's shape: its case pattern, its ending, its length in words (≤ 3, 4–10, more), numbered or not.
    struct Shape: Hashable {
        let casePattern: Int, ending: Int, length: Int, numbered: Bool
    }

    static func shape(_ row: [Double]) -> Shape { shape([row], 0) }

    /// The shape of the row of `unit`.
    static func shape<Rows: OutlineRows>(_ rows: Rows, _ unit: Int) -> Shape {
        let casePattern = cases.firstIndex { rows.value(unit, $0) > 0 } ?? cases.count
        let ending = endings.firstIndex { rows.value(unit, $0) > 0 } ?? endings.count
        let length = rows.value(unit, wordsLe3) > 0 ? 0 : rows.value(unit, words4to10) > 0 ? 1 : 2
        return Shape(casePattern: casePattern, ending: ending, length: length, numbered: rows.value(unit, sectionNumber) > 0)
    }

    /// One row of `names` per unit, from the units' own-feature rows.
    static func rows(_ own: FeatureMatrix) -> FeatureMatrix {
        let n = own.count
        let isCandidate = (0..<n).map { own[$0, candidate] > 0 }
        // Body text: paragraphs of several lines, single lines of more than 20 words, lists.
        let isBody = (0..<n).map { own[$0, multiLine] > 0 || isCandidate[$0] && own[$0, long] > 0 || own[$0, list] > 0 }
        let shapes = (0..<n).map { isCandidate[$0] ? shape(own, $0) : nil }
        var count: [Shape: Int] = [:], withBody: [Shape: Int] = [:], oldHeadings: [Shape: Int] = [:]
        for i in 0..<n {
            guard let s = shapes[i] else { continue }
            count[s, default: 0] += 1
            withBody[s, default: 0] += i + 1 < n && isBody[i + 1] ? 1 : 0
            oldHeadings[s, default: 0] += own[i, oldHeading] > 0 ? 1 : 0
        }
        var lastCandidate = -1
        var out = FeatureMatrix(count: n, width: names.count)
        out.fillRows { i, r in
            r[0] = i > 0 ? own[i, logChars] - own[i - 1, logChars] : 0
            r[1] = i + 1 < n ? own[i, logChars] - own[i + 1, logChars] : 0
            r[2] = i > 0 && isBody[i - 1] ? 1 : 0
            r[3] = i + 2 < n && isBody[i + 2] ? 1 : 0
            guard let s = shapes[i] else { return }
            let bodyNext = i + 1 < n && isBody[i + 1] ? 1 : 0
            // The other lines of the same shape (the unit itself left out).
            r[4] = log(Double(count[s]!))
            r[5] = log(Double(1 + withBody[s]! - bodyNext))
            r[6] = log(Double(1 + oldHeadings[s]! - (own[i, oldHeading] > 0 ? 1 : 0)))
            // The mean stop-word share of the body units beside it (before, then after: the same sum).
            var sum = 0.0, bodies = 0
            for k in [i - 1, i + 1] where k >= 0 && k < n && isBody[k] { sum += own[k, stopShare]; bodies += 1 }
            r[7] = bodies == 0 ? 0 : own[i, stopShare] - sum / Double(bodies)
            r[8] = Double(lastCandidate >= 0 ? min(farthest, i - lastCandidate) : farthest)
            lastCandidate = i
        }
        return out
    }
}
