// Features of a unit measured against its own document (issue #13): they transfer across sites and languages.
import Foundation
import GalleyModel
import GalleySupport

/// Each unit's length, stop-word share and case set against the rest of its text, and its place
/// before or after the first body paragraph: how long "long" is, or how rare Title Case is, depends
/// on the document, not on a literal threshold.
enum RelativeFeatures {
    /// The column names, appended to `OutlineFeatures.contextNames`.
    static let names = [
        "relChars", "relCandChars", "prevRelChars", "nextRelChars", "relStopShare", "caseShare", "charsRank",
        "nextLonger", "beforeBody", "headCandidates", "longestInHead",
    ]

    private static func column(_ name: String) -> Int { OutlineFeatures.ownNames.firstIndex(of: name)! }
    private static let logChars = column("logChars"), candidate = column("candidate")
    private static let multiLine = column("multiLineParagraph"), long = column("wordsGt20"), stopShare = column("stopShare")
    private static let cases = ["caseAllCaps", "caseTitle", "caseSentence", "caseLower", "caseNone"].map(column)
    /// How much longer (in log characters) the next unit must be to count as longer: e^0.7 ≈ twice as long.
    private static let longerMargin = 0.7

    /// The median of a non-empty list (the mean of the two middle values for an even count).
    private static func median(_ values: [Double]) -> Double {
        let s = values.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// One row of `names` per unit, from the units' own-feature rows.
    static func rows(_ own: FeatureMatrix) -> FeatureMatrix {
        let n = own.count
        var out = FeatureMatrix(count: n, width: names.count)
        guard n > 0 else { return out }
        let length = (0..<n).map { own[$0, logChars] }
        let isCandidate = (0..<n).map { own[$0, candidate] > 0 }
        // Body text: paragraphs of several lines, or single lines of more than 20 words.
        let isBody = (0..<n).map { own[$0, multiLine] > 0 || isCandidate[$0] && own[$0, long] > 0 }
        let bodyLengths = (0..<n).filter { isBody[$0] }.map { length[$0] }
        let bodyMedian = median(bodyLengths.isEmpty ? length : bodyLengths)
        let candidateLengths = (0..<n).filter { isCandidate[$0] }.map { length[$0] }
        let candidateMedian = candidateLengths.isEmpty ? 0 : median(candidateLengths)
        let bodyIndices = (0..<n).filter { isBody[$0] }
        let bodyStop = bodyIndices.isEmpty ? 0 : bodyIndices.reduce(0) { $0 + own[$1, stopShare] } / Double(bodyIndices.count)
        var caseCounts = [Double](repeating: 0, count: cases.count)
        for i in 0..<n where isCandidate[i] { for (k, c) in cases.enumerated() { caseCounts[k] += own[i, c] } }
        let candidates = Double(max(1, candidateLengths.count))
        let sortedCandidates = candidateLengths.sorted()
        let firstBody = isBody.firstIndex(of: true) ?? n
        let head = (0..<firstBody).filter { isCandidate[$0] }
        // The longest candidate line before the body (the first on ties): where a headline stands.
        let longest = head.max { length[$0] < length[$1] || length[$0] == length[$1] && $0 > $1 } ?? -1
        out.fillRows { i, r in
            let before = sortedCandidates.partitioningIndex { $0 >= length[i] }
            let caseShare = cases.indices.reduce(0.0) { $0 + own[i, cases[$1]] * caseCounts[$1] } / candidates
            r[0] = length[i] - bodyMedian
            r[1] = length[i] - candidateMedian
            r[2] = i > 0 ? length[i - 1] - bodyMedian : 0
            r[3] = i + 1 < n ? length[i + 1] - bodyMedian : 0
            r[4] = isCandidate[i] ? own[i, stopShare] - bodyStop : 0
            r[5] = isCandidate[i] ? caseShare : 0
            r[6] = isCandidate[i] ? Double(before) / candidates : 0
            r[7] = i + 1 < n && length[i + 1] > length[i] + longerMargin ? 1 : 0
            r[8] = i < firstBody ? 1 : 0
            r[9] = i < firstBody ? Double(min(5, head.count)) : 0
            r[10] = i == longest ? 1 : 0
        }
        return out
    }
}

private extension Array where Element == Double {
    /// The first index whose element satisfies `predicate` (the array sorted so that it is false, then true).
    func partitioningIndex(where predicate: (Double) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if predicate(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
