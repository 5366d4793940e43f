// What one line says about itself as a heading: disqualifiers, strong markers and a score.
import Foundation

/// The verdict on one line taken alone, before looking at its neighbours.
struct HeadingEvidence: Sendable {
    /// Why the line can never be a heading, if it cannot.
    var disqualifier: String?
    /// A marker that makes it a heading whatever follows (`(Top)`, underline, `Chapter IV`, `#`).
    var strongMarker: String?
    /// Weight of the softer evidence (case, length, question, numbering).
    var score: Double = 0
    /// The evidence, in words.
    var reasons: [String] = []
    /// The line's features.
    let features: LineFeatures

    /// True when the line may be a heading at all.
    var isCandidate: Bool { disqualifier == nil }
    /// True when the line reads as running text rather than a title (sentence case prose).
    var readsAsProse: Bool { features.caseStyle == .sentence || features.caseStyle == .lower }
}

/// Scores single lines as headings from their own wording.
enum HeadingScorer {
    /// Evidence for a single-line unit; `occurrences` is how often the same line appears in the text.
    static func evidence(for unit: TextUnit, occurrences: Int) -> HeadingEvidence {
        let f = LineFeatures(unit.lines.first ?? "")
        var e = HeadingEvidence(features: f)
        if unit.backLink { e.strongMarker = "ends with a back-link marker such as (Top)" }
        if let c = unit.setext { e.strongMarker = "underlined with \(c)" }
        if let rank = LineMarkers.divisionRank(f.text) { e.strongMarker = "starts a division (\(LineMarkers.divisionWords[rank][0]) + number)" }
        if unit.repeats > 1 { e.reasons.append("repeated \(unit.repeats)× in a row"); e.score += 1 }
        if e.strongMarker != nil {
            if f.length > 200 { e.strongMarker = nil } else { return e }
        }
        if let reason = disqualifier(f, occurrences: occurrences) {
            e.disqualifier = reason
            return e
        }
        switch f.caseStyle {
        case .allCaps: e.score += 2; e.reasons.append("ALL CAPS")
        case .title: e.score += 1.5; e.reasons.append("Title Case")
        case .sentence: e.score += 0.5; e.reasons.append("sentence case")
        case .none: e.score += 1; e.reasons.append("no letter case")
        case .lower: break
        }
        if f.isQuestion && f.wordCount <= 15 { e.score += 1; e.reasons.append("a question used as a title") }
        if LineMarkers.sectionNumber(f.text) != nil { e.score += 1; e.reasons.append("numbered like a section") }
        if f.wordCount <= 10 { e.score += 1; e.reasons.append("\(f.wordCount) words") } else if f.wordCount > 16 { e.score -= 1; e.reasons.append("long for a heading (\(f.wordCount) words)") }
        if f.endsWithColon { e.score -= 0.5; e.reasons.append("ends with a colon") }
        if unit.blankLinesBefore >= 2 { e.score += 0.5; e.reasons.append("set off by \(unit.blankLinesBefore) blank lines") }
        return e
    }

    /// Why a line cannot be a heading, or nil.
    static func disqualifier(_ f: LineFeatures, occurrences: Int) -> String? {
        if f.length == 0 { return "empty" }
        if f.length > 160 || f.wordCount > 24 { return "too long for a heading (\(f.wordCount) words)" }
        if f.letterShare < 0.45 { return "mostly figures or symbols" }
        if f.hasLink { return "contains a link or handle" }
        if f.startsLowerCase { return "starts in lower case" }
        if let first = f.text.first, "—–-([{©…<>|/\\*•·".contains(first) { return "starts with '\(first)' (attribution, aside or fragment)" }
        if f.text.hasPrefix("“…") || f.text.hasPrefix("\"…") || f.text.hasPrefix("\"...") { return "a quoted fragment" }
        if f.endsLikeSentence { return "ends like a sentence ('\(f.finalCharacter.map(String.init) ?? "")')" }
        if f.sentenceCount >= 2 { return "more than one sentence" }
        if f.endsWithColon && f.wordCount >= 6 && f.caseStyle != .title && f.caseStyle != .allCaps && f.caseStyle != .none { return "introduces what follows (ends with ':')" }
        if occurrences >= 3 && (f.isQuestion || (f.caseStyle == .sentence && f.wordCount >= 3)) { return "a recurring prompt (\(occurrences) times in the text)" }
        return nil
    }
}
