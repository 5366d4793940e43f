// The rules' reading of each unit (heading or not, level, caption, reasons), kept beside the units, not in a copy of them.
import GalleyModel
import GalleySupport

/// What the rule-based reading (`HeadingInference`, `HeadingLevels`) made of one unit: the facts
/// the outline model reads of it (`OutlineFeatures`, the vetoes of `OutlineDecoding`).
struct RuleVerdict: Sendable {
    /// The kind the rules gave the unit.
    var kind: TextUnit.Kind
    /// The level the rules gave a heading.
    var level: Int?
    /// True when the rules read the unit as a caption.
    var caption: Bool
    /// The unit's evidence after the rules (its own first, then the rules' reasons).
    var evidence: [String]
}

/// Runs the rules on the units and keeps their verdicts apart.
enum RuleReading {
    /// The rules' verdict on every unit and the heading evidence of each (nil for units that
    /// cannot be headings). The units come back as they were: the rules run on them in place, then
    /// each unit's kind, level, caption and evidence (the only fields the rules change) are put
    /// back. (The same as running the rules on a copy of the units, without copying every unit:
    /// a copy retained and released each unit's lines, line numbers and evidence.)
    static func read(_ units: inout [TextUnit], reasons: Bool) -> (verdicts: [RuleVerdict], evidence: [HeadingEvidence?]) {
        var kinds: [TextUnit.Kind] = [], levels: [Int?] = [], captions: [Bool] = []
        var saved = [[String]](repeating: [], count: units.count)
        kinds.reserveCapacity(units.count); levels.reserveCapacity(units.count); captions.reserveCapacity(units.count)
        for i in units.indices {
            kinds.append(units[i].kind); levels.append(units[i].level); captions.append(units[i].caption)
            saved[i] = units[i].evidence
        }
        let evidence = HeadingInference.infer(&units, reasons: reasons)
        HeadingLevels.assign(&units, evidence: evidence)
        var verdicts: [RuleVerdict] = []
        verdicts.reserveCapacity(units.count)
        for i in units.indices {
            // (Swapped, not copied: the rules' evidence moves to the verdict, the unit's own comes back.)
            swap(&saved[i], &units[i].evidence)
            verdicts.append(RuleVerdict(kind: units[i].kind, level: units[i].level, caption: units[i].caption, evidence: []))
            swap(&verdicts[i].evidence, &saved[i])
            units[i].kind = kinds[i]; units[i].level = levels[i]; units[i].caption = captions[i]
        }
        return (verdicts, evidence)
    }
}
