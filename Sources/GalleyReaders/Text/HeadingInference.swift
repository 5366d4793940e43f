// Decides which single lines are headings, from their own evidence and from what surrounds them.
import Foundation
import GalleyModel
import GalleySupport

/// Marks heading units. A candidate line followed by body text is a heading; a run of candidate
/// lines before body text is a heading with its sub-headings, except for captions, sub-titles
/// and lines that recur before every heading (calls to action, bylines).
enum HeadingInference {
    /// Marks the units that are headings (kind `.heading`) and records the evidence on each unit;
    /// returns the evidence of each unit (nil for units that cannot be headings).
    @discardableResult
    /// With `reasons` false the heading evidence leaves out its reasons in words (see `HeadingScorer.evidence`).
    static func infer(_ units: inout [TextUnit], reasons: Bool = true) -> [HeadingEvidence?] {
        var occurrences: [HashedKey<String>: Int] = [:]
        // Each line's key, computed (and hashed) once.
        var keys = [HashedKey<String>?](repeating: nil, count: units.count)
        for (i, unit) in units.enumerated() where unit.kind == .paragraph && unit.isSingleLine && unit.lines[0].utf8.count <= 480 {
            let key = HashedKey(TextArtifacts.key(unit.lines[0]))
            keys[i] = key
            occurrences[key, default: 0] += 1
        }
        var evidence: [HeadingEvidence?] = units.indices.map { i in
            let unit = units[i]
            guard (unit.kind == .paragraph && unit.isSingleLine) || unit.kind == .heading else { return nil }
            let line = unit.lines.first ?? ""
            let count = line.utf8.count <= 480 ? occurrences[keys[i] ?? HashedKey(TextArtifacts.key(line)), default: 0] : 1
            var e = HeadingScorer.evidence(for: unit, occurrences: count, reasons: reasons)
            e.key = keys[i]
            return e
        }
        // A line right after a question is its answer, however short.
        for i in units.indices.dropFirst() {
            // (Only in a question-and-answer chain: the answer is followed by another short line.)
            let chain = HeadingScorer.isInterviewQuestion(evidence[i - 1]?.features.text ?? "")
                || (i + 1 < units.count && (evidence[i + 1]?.isCandidate ?? false))
            if chain, let q = evidence[i - 1], q.isCandidate, q.features.isQuestion, q.strongMarker == nil,
               let a = evidence[i], a.isCandidate, a.strongMarker == nil, !a.features.isQuestion {
                evidence[i]?.disqualifier = "answers the question before it"
            }
        }
        let runs = candidateRuns(units, evidence)
        let patterned = leadingLinesArePattern(runs, evidence)
        for run in runs {
            decide(run, units: &units, evidence: evidence, patterned: patterned)
        }
        dropLinesAfterNotes(&units, evidence)
        for i in units.indices {
            if let e = evidence[i], units[i].kind != .heading {
                if let reason = e.disqualifier { units[i].evidence.append("not a heading: " + reason) }
                else if units[i].evidence.isEmpty { units[i].evidence.append("not a heading: " + e.reasons.joined(separator: ", ")) }
            }
        }
        return evidence
    }

    /// A run of consecutive candidate units and what follows it.
    package struct Run {
        /// Indices of the candidate units, in order.
        var members: [Int]
        /// True when body text (not the end of the text, not a rule) follows the run.
        var bodyFollows: Bool
    }

    /// The runs of consecutive candidate lines, each with whether text follows it.
    static func candidateRuns(_ units: [TextUnit], _ evidence: [HeadingEvidence?]) -> [Run] {
        var runs: [Run] = []
        var current: [Int] = []
        for i in units.indices {
            if evidence[i]?.isCandidate ?? false {
                current.append(i)
                continue
            }
            if !current.isEmpty {
                let body = units[i].kind != .rule && isText(units[i])
                runs.append(Run(members: current, bodyFollows: body))
                current = []
            }
        }
        if !current.isEmpty { runs.append(Run(members: current, bodyFollows: false)) }
        return runs
    }

    /// True when a unit is running text (not a rule, a price or a score table).
    static func isText(_ unit: TextUnit) -> Bool {
        if unit.kind == .code || unit.kind == .rule || unit.kind == .table { return false }
        // "— Name (@handle) November 1, 2019": the signature of an embedded post, not text.
        if unit.isSingleLine, let first = unit.lines[0].trimmedSpaces.first, "—–".contains(first),
           unit.lines[0].contains("@") || HeadingScorer.containsDate(unit.lines[0]) {
            return false
        }
        var letters = 0
        var total = 0
        let table = ReaderScalars.bits, whitespace = ReaderScalars.whitespace, letter = ReaderScalars.letter
        for line in unit.lines {
            if ReaderScalars.isSimple(line) {
                // Every scalar is a Character: the flags table answers the same.
                var copy = line
                copy.withUTF8 { bytes in
                    var i = 0
                    while i < bytes.count {
                        let (v, length) = ReaderScalars.scalar(bytes, at: i)
                        i += length
                        let flags = ReaderScalars.slot(v).map { table[$0] } ?? 0
                        guard flags & whitespace == 0 else { continue }
                        total += 1
                        if flags & letter != 0 { letters += 1 }
                    }
                }
                continue
            }
            for c in line where !c.isWhitespace {
                total += 1
                if c.isLetter { letters += 1 }
            }
        }
        return total > 0 && letters * 2 >= total
    }

    /// True when most headings are preceded by another short line (a recurring "Buy now" or
    /// "Get it at …" line that closes each section): such leading lines are not parents.
    static func leadingLinesArePattern(_ runs: [Run], _ evidence: [HeadingEvidence?]) -> Bool {
        let withBody = runs.filter(\.bodyFollows)
        let led = withBody.filter { run in run.members.count >= 2 && evidence[run.members[0]]?.strongMarker == nil }
        // Leading lines before ever different headings; a line that always leads the same heading
        // is that heading's parent in a repeated layout (`Plan A` / `Breakfast`, `Plan B` / `Breakfast`).
        var children: [String: Int] = [:]
        for run in led { children[evidence[run.members[run.members.count - 1]].map { TextArtifacts.key($0.features.text) } ?? "", default: 0] += 1 }
        let distinct = led.filter { run in children[evidence[run.members[run.members.count - 1]].map { TextArtifacts.key($0.features.text) } ?? ""] == 1 }
        return distinct.count >= 3 && distinct.count * 10 >= withBody.count * 4
    }

    static let threshold = 1.0
    static let parentThreshold = 1.0

    static func decide(_ run: Run, units: inout [TextUnit], evidence: [HeadingEvidence?], patterned: Bool) {
        // In a text where a short line leads most headings, such a run is: the leading line, the
        // heading, then notes under it.
        if patterned, run.bodyFollows, run.members.count >= 3, evidence[run.members[0]]?.strongMarker == nil {
            for (position, index) in run.members.enumerated() {
                guard let e = evidence[index] else { continue }
                if let strong = e.strongMarker { mark(&units[index], [strong] + e.reasons); continue }
                switch position {
                case 0: units[index].evidence.append("not a heading: a short line like those before most headings")
                case 1 where e.score >= threshold: mark(&units[index], e.reasons + ["the line after the leading line"])
                default: units[index].evidence.append("not a heading: a note under the heading before it")
                }
            }
            return
        }
        // From the last member back: a member whose follower did not become a heading is
        // followed by text (a short paragraph), like the last member.
        var nextIsHeading = false
        for position in run.members.indices.reversed() {
            let index = run.members[position]
            guard let e = evidence[index] else { continue }
            defer { nextIsHeading = units[index].kind == .heading }
            if let strong = e.strongMarker {
                mark(&units[index], [strong] + e.reasons)
                continue
            }
            let isLast = position == run.members.count - 1
            guard run.bodyFollows || !isLast && nextIsHeading else {
                units[index].evidence.append("not a heading: no body text follows")
                continue
            }
            let next = isLast ? nil : evidence[run.members[position + 1]]
            // Five or more unmarked short lines in a row are a list or a table without markers:
            // only the last two can be a heading and its parent.
            if run.members.count >= 5 && position < run.members.count - 2 && !run.members.contains(where: { evidence[$0]?.strongMarker != nil }) {
                units[index].evidence.append("not a heading: one of \(run.members.count) short lines in a row")
                continue
            }
            // Two questions in a row: the first is the heading, the second opens its text.
            if isLast, position > 0, e.features.isQuestion, evidence[run.members[position - 1]]?.features.isQuestion ?? false,
               evidence[run.members[position - 1]]?.strongMarker == nil, !HeadingScorer.isInterviewQuestion(e.features.text) {
                units[index].evidence.append("not a heading: a question right under a question heading opens its text")
                continue
            }
            if isLast || !nextIsHeading {
                if e.score >= threshold { mark(&units[index], e.reasons + ["followed by body text"]) }
                else { units[index].evidence.append("not a heading: weak evidence (" + e.reasons.joined(separator: ", ") + ")") }
                continue
            }
            // Between the title at the top and a division heading: the title's sub-title.
            if position == 1, run.members[0] == 0, let next, next.strongMarker != nil {
                units[index].evidence.append("not a heading: sub-title of the title above it")
                continue
            }
            // A descriptive line (five words or more) right before a question heading is its picture's caption;
            // a short one ("Frequently Asked Questions") is the section the questions belong to.
            if let next, next.features.isQuestion, !e.features.isQuestion, e.features.wordCount >= 5,
               position > 0 || run.members.count == 2 && units[index].blankLinesBefore < 2 {
                units[index].caption = true
                units[index].evidence.append("not a heading: a caption before a question heading")
                continue
            }
            if e.features.isQuestion {
                units[index].evidence.append("not a heading: a question is answered by text, not by a sub-heading")
                continue
            }
            if e.readsAsProse && e.features.wordCount > 10 && LineMarkers.sectionNumber(e.features.text) == nil {
                units[index].evidence.append("not a heading: a sentence-like line before a heading (a teaser or link)")
                continue
            }
            if patterned {
                units[index].evidence.append("not a heading: a short line like those before most headings")
                continue
            }
            // A prose line before a Title Case or ALL CAPS line is a caption of what comes next.
            // (A line shaped "title – subtitle" or "label: title" is a heading's shape, not a caption's.)
            let titled = e.features.text.contains(" – ") || e.features.text.contains(" — ") || e.features.text.contains(": ")
            if let next, e.readsAsProse, !next.readsAsProse, !titled {
                units[index].caption = true
                units[index].evidence.append("not a heading: caption before a heading")
                continue
            }
            if e.score >= parentThreshold { mark(&units[index], e.reasons + ["followed directly by another heading"]) }
            else { units[index].evidence.append("not a heading: weak evidence for a parent heading (" + e.reasons.joined(separator: ", ") + ")") }
        }
    }

    /// A line right after a heading's one-line note (a short unpunctuated line that is not a
    /// heading) belongs to that note's section: `Workout Supplement` / `Drink during your workout`
    /// / `Beachbody Performance Hydrate`.
    static func dropLinesAfterNotes(_ units: inout [TextUnit], _ evidence: [HeadingEvidence?]) {
        guard units.count >= 3 else { return }
        for i in 2..<units.count where units[i].kind == .heading && evidence[i]?.strongMarker == nil && units[i].setext == nil {
            let note = units[i - 1]
            guard units[i - 2].kind == .heading, note.kind == .paragraph, note.isSingleLine,
                  evidence[i - 1]?.disqualifier != nil, !(evidence[i]?.features.isQuestion ?? false) else { continue }
            let f = LineFeatures(note.lines[0])
            guard !f.endsLikeSentence, !f.isQuestion, f.length < 80, f.text.first?.isLetter ?? false || f.text.first?.isNumber ?? false,
                  evidence[i]?.features.caseStyle != .allCaps else { continue }
            units[i].kind = .paragraph
            units[i].evidence = ["not a heading: follows the one-line note under the heading before it"]
        }
    }

    private static func mark(_ unit: inout TextUnit, _ reasons: [String]) {
        unit.kind = .heading
        unit.evidence.append(contentsOf: reasons)
    }
}
