// Applies the outline model to the units of a text: heading or not, then the levels of the headings.
import Foundation
import GalleyModel
import GalleySupport

/// One unit's row of the feature table, as `galley explain --features-tsv` prints it.
public struct OutlineFeatureRow: Sendable, Equatable {
    /// The unit's first input line.
    public var line: Int
    /// What the unit became.
    public var kind: String
    /// The heading level, for headings.
    public var level: Int?
    /// The unit's text (lines joined by spaces).
    public var text: String
    /// The features, in the order of `TextAnalysis.featureNames`.
    public var features: [Double]
}

/// Decides headings and levels with `OutlineModel.shared`.
enum OutlineDecoding {
    /// Verdicts of the rules that the model may not overrule: lines of these kinds are never headings.
    /// (`Label: value` is no veto: reference documentation titles its entries so, `Class: Buffer`,
    /// `Event: 'close'`; the rules' verdict stays a feature the model weighs.)
    static let vetoes = [
        "not a heading: a byline", "not a heading: a dateline", "not a heading: a caption or credit",
        "not a heading: a list of single words", "not a heading: quoted speech",
        "not a heading: a conversational question", "not a heading: a recurring prompt", "not a heading: ends with a score", "not a heading: ends with a dash",
        "not a heading: starts with '—'", "not a heading: starts with '–'", "not a heading: a quoted fragment",
        "not a heading: contains a link or handle", "not a heading: a question right under a question heading",
        "not a heading: ends like a sentence ('.')", "not a heading: ends like a sentence (',')", "not a heading: ends like a sentence (';')",
    ]

    /// What every veto starts with.
    static let vetoPrefix = "not a heading: "

    /// The column of the `division` feature.
    static let divisionColumn = OutlineFeatures.names.firstIndex(of: "division")!

    /// The rules' verdict that vetoes a heading, if any.
    static func veto(_ old: RuleVerdict) -> String? {
        // (Every veto starts with these ASCII bytes: a reason without them matches none.)
        old.evidence.first { reason in reason.utf8.starts(with: vetoPrefix.utf8) && isVeto(reason) }
    }

    /// The ASCII bytes each veto starts with (all of it for an ASCII veto), and whether it is ASCII.
    static let vetoHeads: [(bytes: [UInt8], ascii: Bool)] = vetoes.map { veto in
        (Array(veto.utf8.prefix { $0 < 0x80 }), veto.utf8.allSatisfy { $0 < 0x80 })
    }

    /// `vetoes.contains { reason.hasPrefix($0) }`. An ASCII reason is its own canonical form and
    /// breaks into Characters at every byte (it has no CR): a veto is its prefix only when the veto's
    /// ASCII head is a byte prefix, and for an ASCII veto exactly then; other cases ask `hasPrefix`.
    static func isVeto(_ reason: String) -> Bool {
        guard reason.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return vetoes.contains { reason.hasPrefix($0) } }
        for (k, head) in vetoHeads.enumerated() where reason.utf8.starts(with: head.bytes) {
            if head.ascii || reason.hasPrefix(vetoes[k]) { return true }
        }
        return false
    }

    /// Marks heading units and their levels; returns the feature rows (for `galley explain`).
    /// With `explain`, each decision records the features that weighed most (for `galley explain`).
    static func apply(_ units: inout [TextUnit], old: [RuleVerdict], evidence: [HeadingEvidence?], explain: Bool) -> [OutlineFeatureRow] {
        let model = OutlineModel.shared
        let table = OutlineFeatures(units, old: old, evidence: evidence)
        var headings: [Int] = []
        // One row, refilled for each candidate unit.
        var row = [Double](repeating: 0, count: OutlineFeatures.names.count)
        for i in units.indices where table.lines[i] != nil {
            table.fill(i, into: &row)
            // `#` marks, an underline or a division (`Chapter IV`, a bare `IV.`) make a heading whatever the score.
            let marked = units[i].atx != nil || units[i].setext != nil || row[divisionColumn] > 0
            let score = model.headingScore(row)
            let p = 1 / (1 + exp(-score))
            guard explain else {
                // Reading alone: the same decisions, without the evidence only `galley explain` shows.
                // (As below: marked, or likely enough, not vetoed by the rules and not the last block.)
                if marked || p >= model.threshold && i != units.count - 1 && veto(old[i]) == nil {
                    units[i].kind = .heading
                    headings.append(i)
                }
                continue
            }
            let why = "model p=\((p * 100).rounded() / 100): " + model.contributions(row).joined(separator: ", ")
            if !marked, p >= model.threshold, let reason = veto(old[i]) {
                units[i].evidence.append("not a heading (\(why); overruled by the rules: \(reason.dropFirst("not a heading: ".count)))")
            } else if !marked, p >= model.threshold, i == units.count - 1 {
                // A heading opens a section: the last block of the text has none to open.
                units[i].evidence.append("not a heading (\(why); nothing follows it)")
            } else if marked || p >= model.threshold {
                units[i].kind = .heading
                // The rules' own reasons first (they are evidence the model weighed), then its verdict.
                units[i].evidence += old[i].evidence.filter { !$0.hasPrefix("level ") }
                units[i].evidence.append("heading (\(why))")
                headings.append(i)
            } else {
                units[i].evidence.append("not a heading (\(why))")
            }
        }
        let levels = model.levels(table, headings: headings)
        for (j, i) in headings.enumerated() {
            // A line written with # marks keeps the level the rules gave it from its marks.
            let level = units[i].atx != nil ? min(6, max(1, old[i].level ?? 2)) : levels[j]
            units[i].level = level
            guard explain else { continue }
            units[i].evidence.append(units[i].atx != nil ? "level \(level): its # marks" : "level \(level): the best sequence of levels")
        }
        guard explain else { return [] }
        // The last column, `vetoed`, is no feature of the model: it tells scripts/fit-outline.py which units the rules veto.
        return units.indices.map { i in
            OutlineFeatureRow(line: units[i].numbers.first ?? 1, kind: units[i].kind.rawValue, level: units[i].kind == .heading ? units[i].level : nil,
                              text: units[i].text, features: table.row(i) + [veto(old[i]) == nil ? 0 : 1])
        }
    }
}
