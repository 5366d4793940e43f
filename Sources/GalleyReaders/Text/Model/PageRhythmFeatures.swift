// Features of a unit's part in the page's rhythm and of interface lines: questions answered by body text, share buttons, credit signs (issue #13).
import Foundation
import GalleyModel
import GalleySupport

/// What the earlier features did not see (sixth round, from an error census of held-out pages):
/// an interview's questions are long and punctuated, yet each is followed by its answer and the
/// page repeats the pattern; share and print buttons (`Jaa artikkeli Facebookissa1280`, `Escucha
/// esta noticia`) and credit lines (`© dpa`) are short lines shaped like headings; the unit before
/// the first body paragraph is the title or its standfirst.
enum PageRhythmFeatures {
    /// The column names, appended after `CueWordFeatures.names`.
    static let names = [
        "questionThenBody", "docQuestionsThenBody", "qaAlternation", "interfaceShare", "interfaceFirst", "gluedDigits",
        "creditSign", "prevCreditSign", "nextCreditSign", "relNext2Chars", "unitsToFirstBody", "lastBeforeFirstBody", "numericDate",
    ]

    private static func column(_ name: String) -> Int { OutlineFeatures.ownNames.firstIndex(of: name)! }
    private static let logChars = column("logChars"), candidate = column("candidate"), endQuestion = column("endQuestion")
    private static let multiLine = column("multiLineParagraph"), long = column("wordsGt20"), list = column("listUnit")
    /// Two answered questions at most this many units apart make a question-and-answer run.
    private static let alternationSpan = 4
    /// The distance to the first body paragraph counted at most this far.
    private static let farthest = 10

    /// One row of `names` per unit, from the units' own-feature rows and the text of each single-line unit (nil for others).
    static func rows(_ own: FeatureMatrix, texts: [String?]) -> FeatureMatrix {
        let n = own.count
        var out = FeatureMatrix(count: n, width: names.count)
        guard n > 0 else { return out }
        let isCandidate = (0..<n).map { own[$0, candidate] > 0 }
        // Body text as NeighbourFeatures counts it: paragraphs of several lines, single lines of more than 20 words, lists.
        let isBody = (0..<n).map { own[$0, multiLine] > 0 || isCandidate[$0] && own[$0, long] > 0 || own[$0, list] > 0 }
        let answered = (0..<n).map { isCandidate[$0] && own[$0, endQuestion] > 0 && $0 + 1 < n && isBody[$0 + 1] }
        let answeredIndices = (0..<n).filter { answered[$0] }
        let firstBody = isBody.firstIndex(of: true) ?? n
        let credit = texts.map { $0.map(hasCreditSign) ?? false }
        for i in 0..<n {
            out[i, 0] = answered[i] ? 1 : 0
            out[i, 1] = log(1 + Double(answeredIndices.count - (answered[i] ? 1 : 0)))
            out[i, 6] = credit[i] ? 1 : 0
            out[i, 7] = i > 0 && credit[i - 1] ? 1 : 0
            out[i, 8] = i + 1 < n && credit[i + 1] ? 1 : 0
            // Length against the mean of the next two units (a heading is shorter than what it opens).
            let next = [i + 1, i + 2].filter { $0 < n }
            out[i, 9] = next.isEmpty ? 0 : own[i, logChars] - next.reduce(0) { $0 + own[$1, logChars] } / Double(next.count)
            out[i, 10] = i < firstBody ? Double(min(farthest, firstBody - i)) : -1
            out[i, 11] = i == firstBody - 1 ? 1 : 0
            if let text = texts[i] {
                let (share, first) = interface(text)
                out[i, 3] = share
                out[i, 4] = first ? 1 : 0
                out[i, 5] = hasGluedDigits(text) ? 1 : 0
                out[i, 12] = hasNumericDate(text) ? 1 : 0
            }
        }
        // An answered question with another one close before or after it: an interview's rhythm.
        for (k, i) in answeredIndices.enumerated() {
            let near = k > 0 && i - answeredIndices[k - 1] <= alternationSpan
                || k + 1 < answeredIndices.count && answeredIndices[k + 1] - i <= alternationSpan
            out[i, 2] = near ? 1 : 0
        }
        return out
    }

    /// The share of a line's words (the first `OutlineFeatures.wordsRead`) that are interface words
    /// (share, print, subscribe …: `interface` in `Models/outline-words.json`), and whether the first one is.
    static func interface(_ text: String) -> (Double, Bool) {
        var total = 0, hits = 0, first = false
        for word in text.split(separator: " ", maxSplits: OutlineFeatures.wordsRead, omittingEmptySubsequences: true).prefix(OutlineFeatures.wordsRead) {
            let key = CueWordFeatures.normalized(word)
            guard !key.isEmpty else { continue }
            let hit = CueWordFeatures.interfaceWords.contains(key)
            if total == 0 { first = hit }
            total += 1
            hits += hit ? 1 : 0
        }
        return (total == 0 ? 0 : Double(hits) / Double(total), first)
    }

    /// True when three letters or more run straight into a figure (`Facebookissa1280`): a button's
    /// label glued to its counter, or words run together with a date when copied.
    static func hasGluedDigits(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x30 && scalar.value <= 0x39 {
                if letters >= 3 { return true }
                letters = 0
            } else if scalar.value < 0x80 ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A : scalar.properties.isAlphabetic {
                letters += 1
            } else {
                letters = 0
            }
        }
        return false
    }

    /// True when a line holds a date or a clock time written in figures (`19.2.2020`, `12.09 Uhr`,
    /// `5:03 PM`, `2021-04-29`): figures, a `.` `:` `/` or `-`, then two figures, or three groups of figures.
    static func hasNumericDate(_ text: String) -> Bool {
        var groups: [Int] = []  // the lengths of the figure groups joined by single separators so far
        var run = 0, afterSeparator = false
        func close() -> Bool {
            if run > 0 { groups.append(run) }
            let found = groups.count >= 3 || groups.count == 2 && groups[0] <= 4 && groups[1] == 2
            groups.removeAll(); run = 0
            return found
        }
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                run += 1; afterSeparator = false
            } else if run > 0, byte == 0x2E || byte == 0x3A || byte == 0x2F || byte == 0x2D {
                groups.append(run); run = 0; afterSeparator = true
            } else {
                if afterSeparator { afterSeparator = false }
                if close() { return true }
            }
        }
        return close()
    }

    /// True when a line carries a copyright sign or a `CC` licence word: a credit, not a heading.
    static func hasCreditSign(_ text: String) -> Bool {
        if text.unicodeScalars.contains(where: { $0.value == 0xA9 }) { return true }
        return text.split(separator: " ").contains { $0 == "CC" || $0 == "cc" }
    }
}
