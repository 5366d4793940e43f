// Applies the outline model to the units of a text: heading or not, then the levels of the headings.
import Foundation

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
    /// Marks heading units and their levels; returns the feature rows (for `galley explain`).
    /// With `explain`, each decision records the features that weighed most (for `galley explain`).
    static func apply(_ units: inout [TextUnit], old: [TextUnit], evidence: [HeadingEvidence?], explain: Bool) -> [OutlineFeatureRow] {
        let model = OutlineModel.shared
        let table = OutlineFeatures(units, old: old, evidence: evidence)
        var headings: [Int] = []
        for i in units.indices where table.lines[i] != nil {
            let marked = units[i].atx != nil || units[i].setext != nil
            let score = model.headingScore(table.rows[i])
            let p = 1 / (1 + exp(-score))
            let why = "model p=\((p * 100).rounded() / 100)" + (explain ? ": " + model.contributions(table.rows[i]).joined(separator: ", ") : "")
            if marked || p >= model.threshold {
                units[i].kind = .heading
                units[i].evidence.append("heading (\(why))")
                headings.append(i)
            } else {
                units[i].evidence.append("not a heading (\(why))")
            }
        }
        let levels = model.levels(table.rows, headings: headings)
        for (j, i) in headings.enumerated() {
            // A line written with # marks keeps the level the rules gave it from its marks.
            let level = units[i].atx != nil ? min(6, max(1, old[i].level ?? 2)) : levels[j]
            units[i].level = level
            units[i].evidence.append(units[i].atx != nil ? "level \(level): its # marks" : "level \(level): the best sequence of levels")
        }
        guard explain else { return [] }
        return units.indices.map { i in
            OutlineFeatureRow(line: units[i].numbers.first ?? 1, kind: units[i].kind.rawValue, level: units[i].kind == .heading ? units[i].level : nil,
                              text: units[i].text, features: table.rows[i])
        }
    }
}
