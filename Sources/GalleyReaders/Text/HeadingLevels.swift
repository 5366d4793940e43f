// Gives each inferred heading a level: the title, kinds that share a level, parents over children.
import Foundation
import GalleyModel
import GalleySupport

/// Assigns heading levels.
///
/// - The first line of the text, when it reads as a title, is the single level-1 heading.
/// - A heading followed directly by another heading outranks it (a parent); the headings after
///   a parent belong to its section until the next parent.
/// - Headings of the same kind (numbering depth, ALL CAPS, back-link marker, underline, division
///   word) share a level; numbered headings nest by their numbering.
/// - A kind first seen right after a section of another kind nests under it when it is
///   subordinate by nature (back-link lists) or when the section heading was ALL CAPS.
package enum HeadingLevels {
    /// The kind of a heading, for "same kind, same level".
    /// (`features`, when given, are `LineFeatures(unit.text)`.)
    static func kind(of unit: TextUnit, features: LineFeatures? = nil) -> HeadingKind {
        let f = features ?? LineFeatures(unit.text)
        if let c = unit.setext { return .setext(c) }
        if let n = unit.atx { return .atx(n) }
        if let rank = LineMarkers.divisionRank(f.text) { return .division(rank) }
        if unit.backLink { return .backlink }
        if LineMarkers.sectionNumber(f.text) != nil { return .numbered }
        if f.caseStyle == .allCaps && (f.wordCount >= 2 || f.text.filter(\.isLetter).count >= 5) { return .allcaps }
        return .plain
    }

    /// Sets `level` on every heading unit. `evidence`, when given, is `HeadingInference.infer`'s for
    /// the same units: the line features of a one-line unit are taken from it, not measured again.
    static func assign(_ units: inout [TextUnit], evidence: [HeadingEvidence?] = []) {
        let headingIndices = units.indices.filter { units[$0].kind == .heading }
        guard !headingIndices.isEmpty else { return }
        // (The inference measured a one-line unit's first line: `LineFeatures` trims it as `text` does.)
        func features(_ i: Int) -> LineFeatures {
            if i < evidence.count, units[i].isSingleLine, let f = evidence[i]?.features { return f }
            return LineFeatures(units[i].text)
        }
        let kinds = Dictionary(uniqueKeysWithValues: headingIndices.map { ($0, kind(of: units[$0], features: features($0))) })
        var kindLevel: [HeadingKind: Int] = [:]
        var groups: [Group] = []
        var topForms = Set<String>()
        // Plain headings shaped like an earlier section heading (but not like the open section's own
        // heading or its first sub-heading) close the section: a question after questions at the top.
        var previous: (index: Int, level: Int, kind: HeadingKind, leaf: Bool)?
        var hasTitle = false

        if let first = headingIndices.first, isTitle(first, units: units, kinds: kinds, headingIndices: headingIndices) {
            units[first].level = 1
            units[first].evidence.append("level 1: the first line reads as the title")
            hasTitle = true
            previous = (first, 1, .title, true)
        }
        let base = 2
        for index in headingIndices where units[index].level == nil {
            let k = kinds[index] ?? .plain
            let after = neighbour(of: index, step: 1, in: units)
            let before = neighbour(of: index, step: -1, in: units)
            let isParent = after.map { units[$0].kind == .heading } ?? false
            let isChild = before.map { units[$0].kind == .heading && units[$0].level != nil } ?? false
            var level: Int
            var why: String
            if let marks = units[index].atx {
                level = marks
                why = "its \(String(repeating: "#", count: marks)) marks"
            } else if isChild, let p = previous, p.index == before, !(p.kind == k && k != .plain) {
                level = p.level + 1
                why = "below the heading right before it"
                if kindLevel[k] == nil && k != .plain { kindLevel[k] = level }
            } else if k == .plain {
                let f = form(features(index))
                // A heading shaped like the section headings, not like the sub-headings, closes the section.
                while let g = groups.last, !isParent, f != g.firstChildForm, f != g.parentForm, topForms.contains(f) {
                    groups.removeLast()
                }
                if isParent {
                    if let g = groups.last, f == g.firstChildForm {
                        // Shaped like the open section's sub-headings: a sub-section with its own sub-headings.
                        level = g.level + 1
                        why = "a sub-section heading (shaped like its siblings, with sub-headings of its own)"
                    } else {
                        level = kindLevel[.plain] ?? firstAppearance(k, previous: previous, isParent: true, base: base, hasTitle: hasTitle)
                        kindLevel[.plain] = kindLevel[.plain] ?? level
                        groups.removeAll()
                        topForms.insert(f)
                        why = "a section heading (a sub-heading follows directly)"
                    }
                    groups.append(Group(level: level, parentForm: f, firstChildForm: after.map { form(features($0)) }))
                } else if let g = groups.last {
                    level = g.level + 1
                    why = "inside the section opened by a heading with sub-headings"
                } else {
                    level = kindLevel[.plain] ?? firstAppearance(k, previous: previous, isParent: false, base: base, hasTitle: hasTitle)
                    kindLevel[.plain] = kindLevel[.plain] ?? level
                    topForms.insert(f)
                    why = "same level as other plain headings"
                }
            } else {
                level = kindLevel[k] ?? firstAppearance(k, previous: previous, isParent: isParent, base: base, hasTitle: hasTitle)
                kindLevel[k] = kindLevel[k] ?? level
                why = "same level as other \(k) headings"
                while let g = groups.last, level <= g.level { groups.removeLast() }
            }
            if k == .numbered, let numbers = LineMarkers.sectionNumber(units[index].text), numbers.count > 1 {
                level += numbers.count - 1
                why += ", nested by its numbering (\(numbers.map(String.init).joined(separator: ".")))"
            }
            level = max(hasTitle ? 2 : 1, min(6, level))
            units[index].level = level
            units[index].evidence.append("level \(level): \(why)")
            previous = (index, level, k, !isParent)
        }
    }

    /// An open section of plain headings: its level and the shapes of its heading and first sub-heading.
    package struct Group {
        package var level: Int
        package var parentForm: String
        package var firstChildForm: String?
    }

    /// The next (or previous) unit, looking through captions.
    static func neighbour(of index: Int, step: Int, in units: [TextUnit]) -> Int? {
        var i = index + step
        while i >= 0 && i < units.count {
            if !units[i].caption { return i }
            i += step
        }
        return nil
    }

    /// The shape of a plain heading: question or statement, with or without a colon, and length.
    static func form(_ f: LineFeatures) -> String {
        let words = f.wordCount == 1 ? "1" : f.wordCount <= 4 ? "2-4" : "5+"
        return (f.isQuestion ? "q" : "s") + (f.text.contains(":") ? ":" : "") + words
    }

    /// The level of a kind seen for the first time.
    package static func firstAppearance(_ kind: HeadingKind, previous: (index: Int, level: Int, kind: HeadingKind, leaf: Bool)?, isParent: Bool, base: Int, hasTitle: Bool) -> Int {
        guard let p = previous, p.kind != .title else { return base }
        if p.leaf && !isParent && (kind == .backlink || p.kind == .allcaps || kind == .allcaps) { return p.level + 1 }
        return p.level
    }

    /// True when the first heading is the text's title: the first thing in the text, more than one
    /// word, and not of the same kind as the headings after it (unless plain).
    static func isTitle(_ index: Int, units: [TextUnit], kinds: [Int: HeadingKind], headingIndices: [Int]) -> Bool {
        guard index == 0 else { return false }
        let k = kinds[index] ?? .plain
        if k == .numbered { return false }
        if units[index].setext == "=" || units[index].atx == 1 { return true }
        let f = LineFeatures(units[index].text)
        guard f.wordCount >= 2 else { return false }
        // A book title stands above its parts and chapters whatever its style.
        if !k.isDivision && headingIndices.contains(where: { kinds[$0]?.isDivision ?? false }) { return true }
        if k != .plain && headingIndices.dropFirst().contains(where: { kinds[$0] == k }) { return false }
        return true
    }
}
