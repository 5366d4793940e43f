// Gives each inferred heading a level: the title, kinds that share a level, parents over children.
import Foundation

/// Assigns heading levels.
///
/// - The first line of the text, when it reads as a title, is the single level-1 heading.
/// - A heading followed directly by another heading outranks it (a parent); the headings after
///   a parent belong to its section until the next parent.
/// - Headings of the same kind (numbering depth, ALL CAPS, back-link marker, underline, division
///   word) share a level; numbered headings nest by their numbering.
/// - A kind first seen right after a section of another kind nests under it when it is
///   subordinate by nature (back-link lists) or when the section heading was ALL CAPS.
enum HeadingLevels {
    /// The kind of a heading, for "same kind, same level".
    static func kind(of unit: TextUnit) -> String {
        let f = LineFeatures(unit.text)
        if let c = unit.setext { return "setext\(c)" }
        if let rank = LineMarkers.divisionRank(f.text) { return "division\(rank)" }
        if unit.backLink { return "backlink" }
        if LineMarkers.sectionNumber(f.text) != nil { return "numbered" }
        if f.caseStyle == .allCaps && (f.wordCount >= 2 || f.length >= 5) { return "allcaps" }
        return "plain"
    }

    /// Sets `level` on every heading unit.
    static func assign(_ units: inout [TextUnit]) {
        let headingIndices = units.indices.filter { units[$0].kind == .heading }
        guard !headingIndices.isEmpty else { return }
        let kinds = Dictionary(uniqueKeysWithValues: headingIndices.map { ($0, kind(of: units[$0])) })
        var kindLevel: [String: Int] = [:]
        var groupLevel: Int?
        var previous: (index: Int, level: Int, kind: String, leaf: Bool)?
        var hasTitle = false

        if let first = headingIndices.first, isTitle(first, units: units, kinds: kinds, headingIndices: headingIndices) {
            units[first].level = 1
            units[first].evidence.append("level 1: the first line reads as the title")
            hasTitle = true
            previous = (first, 1, "title", true)
        }
        let base = 2
        for index in headingIndices where units[index].level == nil {
            let k = kinds[index] ?? "plain"
            let isParent = index + 1 < units.count && units[index + 1].kind == .heading
            let isChild = index > 0 && units[index - 1].kind == .heading && units[index - 1].level != nil
            var level: Int
            var why: String
            if isChild, let p = previous, p.index == index - 1, !(p.kind == k && k != "plain") {
                level = p.level + 1
                why = "below the heading right before it"
                if kindLevel[k] == nil && k != "plain" { kindLevel[k] = level }
            } else if k == "plain" {
                if isParent {
                    level = kindLevel["plain"] ?? firstAppearance(k, previous: previous, isParent: true, base: base, hasTitle: hasTitle)
                    kindLevel["plain"] = kindLevel["plain"] ?? level
                    groupLevel = level
                    why = "a section heading (a sub-heading follows directly)"
                } else if let g = groupLevel {
                    level = g + 1
                    why = "inside the section opened by a heading with sub-headings"
                } else {
                    level = kindLevel["plain"] ?? firstAppearance(k, previous: previous, isParent: false, base: base, hasTitle: hasTitle)
                    kindLevel["plain"] = kindLevel["plain"] ?? level
                    why = "same level as other plain headings"
                }
            } else {
                level = kindLevel[k] ?? firstAppearance(k, previous: previous, isParent: isParent, base: base, hasTitle: hasTitle)
                kindLevel[k] = kindLevel[k] ?? level
                why = "same level as other \(k) headings"
                if let g = groupLevel, level <= g { groupLevel = nil }
            }
            if k == "numbered", let numbers = LineMarkers.sectionNumber(units[index].text), numbers.count > 1 {
                level += numbers.count - 1
                why += ", nested by its numbering (\(numbers.map(String.init).joined(separator: ".")))"
            }
            level = max(hasTitle ? 2 : 1, min(6, level))
            units[index].level = level
            units[index].evidence.append("level \(level): \(why)")
            previous = (index, level, k, !isParent)
        }
    }

    /// The level of a kind seen for the first time.
    static func firstAppearance(_ kind: String, previous: (index: Int, level: Int, kind: String, leaf: Bool)?, isParent: Bool, base: Int, hasTitle: Bool) -> Int {
        guard let p = previous, p.kind != "title" else { return base }
        if p.leaf && !isParent && (kind == "backlink" || p.kind == "allcaps" || kind == "allcaps") { return p.level + 1 }
        return p.level
    }

    /// True when the first heading is the text's title: the first thing in the text, more than one
    /// word, and not of the same kind as the headings after it (unless plain).
    static func isTitle(_ index: Int, units: [TextUnit], kinds: [Int: String], headingIndices: [Int]) -> Bool {
        guard index == 0 else { return false }
        let k = kinds[index] ?? "plain"
        if k == "numbered" { return false }
        if units[index].setext == "=" { return true }
        let f = LineFeatures(units[index].text)
        guard f.wordCount >= 2 else { return false }
        if k != "plain" && headingIndices.dropFirst().contains(where: { kinds[$0] == k }) { return false }
        return true
    }
}
