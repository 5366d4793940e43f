// Drops navigation artifacts: back-to-top links, skip links, share prompts and similar chrome.
import Foundation

/// Removes lines that are only navigation (`Back to top`, `↑`, `Skip to content`, `Share this`,
/// `Advertisement` …) and strips trailing back-links such as `(Top)` from headings and short lines.
/// Each removal is recorded in `Document.removals`.
public enum NavigationArtifactPass {
    /// The pass.
    public static let pass = Pass(name: "navigation-artifacts", summary: "drop back-to-top links and other navigation lines") { document in
        var document = document
        var removals: [Removal] = []
        document.blocks = document.blocks.rewritingSequences { blocks in
            blocks.compactMap { clean($0, removals: &removals) }
        }
        document.removals += removals
        return document
    }

    /// Whole lines that are navigation, matched case-insensitively after folding white space
    /// and dropping surrounding brackets and arrows.
    static let navigationLines: Set<String> = [
        "top", "back to top", "back to the top", "return to top", "go to top", "to top", "scroll to top",
        "jump to top", "top of page", "back to top of page", "return to top of page", "go back to top",
        "skip to content", "skip to main content", "skip to navigation", "skip navigation", "jump to content",
        "share this", "share this article", "share this story", "share this page", "share", "share on facebook",
        "share on twitter", "tweet", "email this", "print this page", "print",
        "advertisement", "advertisements", "sponsored", "sponsored content", "ad", "story continues below advertisement",
        "article continues below advertisement", "continue reading below", "toggle navigation", "menu", "close menu",
    ]

    /// Trailing back-link markers stripped from the end of headings and short lines.
    static let trailingMarkers = ["(top)", "[top]", "(back to top)", "[back to top]", "back to top", "↑", "⇧", "▲", "^top", "(↑)", "[↑]"]

    /// The last characters of the trailing markers (upper and lower case).
    private static let markerEnds: Set<Unicode.Scalar> = Set(trailingMarkers.compactMap(\.unicodeScalars.last)
        + trailingMarkers.compactMap { $0.uppercased().unicodeScalars.last })

    private static let keyTrimmed = CharacterSet(charactersIn: "↑⇧▲^↥⬆()[]|•·-–—:").union(.whitespaces)
    /// `survivesKey` of each ASCII scalar, looked up once (CharacterSet membership is slow per scalar).
    private static let asciiSurvivesKey: [Bool] = (0..<128).map { v in
        v > 0x20 && v != 0x7F && !keyTrimmed.contains(Unicode.Scalar(UInt8(v)))
    }
    /// The letters of each navigation line (its spaces left out).
    private static let navigationLetters: Set<[UInt8]> = Set(navigationLines.map { Array($0.utf8.filter { $0 != 0x20 }) })
    private static let longestNavigationLine = navigationLines.map(\.unicodeScalars.count).max() ?? 0

    /// Scalars that always survive into `key` (folding, lower-casing and trimming keep them).
    private static func survivesKey(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return asciiSurvivesKey[Int(scalar.value)] }
        if let slot = SimpleScalars.slot(scalar.value) { return SimpleScalars.table[slot].contains(.letterCategory) }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter: return true
        default: return false
        }
    }

    private static func key(_ text: String) -> String {
        text.foldingWhitespace.lowercased().trimmingCharacters(in: keyTrimmed)
    }

    /// True when a whole line is a navigation artifact.
    public static func isNavigationLine(_ text: String) -> Bool {
        // Fast exit for prose: the key keeps every ASCII scalar that is not white space, an arrow or a
        // bracket, and every letter, so a text with more of them than the longest navigation line cannot match.
        // Navigation lines are ASCII letters and spaces: a surviving digit, mark or Latin, Greek or
        // Cyrillic letter (SimpleScalars: they lower-case to non-ASCII) rules a line out, and the
        // surviving ASCII letters must spell a navigation line.
        var kept = 0
        var letters: [UInt8] = []
        var asciiLettersOnly = true
        for scalar in text.unicodeScalars where survivesKey(scalar) {
            kept += 1
            if kept > longestNavigationLine { return false }
            let v = scalar.value
            if v >= 0x41 && v <= 0x5A { letters.append(UInt8(v + 0x20)) }
            else if v >= 0x61 && v <= 0x7A { letters.append(UInt8(v)) }
            else if v < 0x80 || SimpleScalars.slot(v) != nil { return false }
            else { asciiLettersOnly = false }
        }
        if kept > 0 && asciiLettersOnly && !navigationLetters.contains(letters) { return false }
        let k = key(text)
        if k.isEmpty { return !text.trimmingCharacters(in: .whitespaces).isEmpty && text.contains(where: { "↑⇧▲↥⬆".contains($0) }) }
        return navigationLines.contains(k)
    }

    /// The text with a trailing back-link marker removed, or nil when there is none.
    public static func strippingTrailingMarker(_ text: String) -> String? {
        // Every marker ends in one of these: a quick exit for the common line without one.
        guard let last = text.unicodeScalars.last(where: { $0 != " " && $0 != "\t" }),
              markerEnds.contains(last) || last.properties.isWhitespace else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        for marker in trailingMarkers where lower.hasSuffix(marker) && lower.count > marker.count {
            let kept = trimmed.prefix(trimmed.count - marker.count).trimmingCharacters(in: .whitespaces)
            if !kept.isEmpty { return kept }
        }
        return nil
    }

    private static func clean(_ block: Block, removals: inout [Removal]) -> Block? {
        guard let inlines = block.inlineContent else { return block }
        let text = inlines.plainText
        if isNavigationLine(text) && !containsNonNavigationLink(inlines) {
            removals.append(Removal(stage: pass.name, reason: "navigation line", text: text.foldingWhitespace, span: block.span))
            return nil
        }
        var isHeading = false
        if case .heading = block.kind { isHeading = true }
        // Back-links are stripped from headings, and from short lines (a future heading), never from prose.
        guard isHeading || !hasMoreWords(text, than: 16) else { return block }
        guard let stripped = stripTrailingMarker(inlines) else { return block }
        removals.append(Removal(stage: pass.name, reason: "back-link marker", text: stripped.removed, span: block.span))
        var copy = block
        switch block.kind {
        case .heading(var h):
            h.content = stripped.inlines
            copy.kind = .heading(h)
        default:
            copy.kind = .paragraph(stripped.inlines)
        }
        return copy
    }

    /// `text.split(separator: " ").count > limit`, stopping as soon as the limit is passed.
    static func hasMoreWords(_ text: String, than limit: Int) -> Bool {
        // ASCII: every byte is its own Character (except "\r\n", which is not a space either).
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return hasMoreWords(text.utf8, than: limit) { $0 == 0x20 } }
        return hasMoreWords(text, than: limit) { $0 == " " }
    }

    /// Counts runs of non-space units, stopping as soon as there are more than `limit`.
    private static func hasMoreWords<Units: Sequence>(_ units: Units, than limit: Int, isSpace: (Units.Element) -> Bool) -> Bool {
        var words = 0
        var inWord = false
        for unit in units {
            if isSpace(unit) {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > limit { return true }
            }
        }
        return false
    }

    private static func containsNonNavigationLink(_ inlines: [Inline]) -> Bool {
        inlines.contains {
            if case .link(let link) = $0 { return !link.url.hasPrefix("#") && !isNavigationLine(link.content.plainText) }
            return false
        }
    }

    /// `s.trimmingCharacters(in: .whitespaces).isEmpty`, deciding most texts by their ASCII bytes.
    private static func isBlank(_ s: String) -> Bool {
        var sawOther = false
        for byte in s.utf8 {
            if byte == 0x20 || byte == 0x09 { continue }
            if byte < 0x80 { return false }
            sawOther = true
        }
        return !sawOther || s.trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// Strips a trailing marker from the last text inline, or drops a trailing link whose text is a marker.
    private static func stripTrailingMarker(_ inlines: [Inline]) -> (inlines: [Inline], removed: String)? {
        var inlines = inlines
        while let last = inlines.last, case .text(let s) = last, isBlank(s) {
            inlines.removeLast()
        }
        guard let last = inlines.last else { return nil }
        switch last {
        case .text(let s):
            guard let kept = strippingTrailingMarker(s) else { return nil }
            inlines[inlines.count - 1] = .text(kept)
            return (inlines, String(s.trimmingCharacters(in: .whitespaces).dropFirst(kept.count)).trimmingCharacters(in: .whitespaces))
        case .link(let link):
            let text = link.content.plainText
            guard isNavigationLine(text) || trailingMarkers.contains(text.lowercased().trimmingCharacters(in: .whitespaces)) else { return nil }
            inlines.removeLast()
            if inlines.isEmpty { return nil }
            if case .text(let s) = inlines[inlines.count - 1] {
                let trimmed = s.trimmingCharacters(in: .whitespaces)
                let unbracketed = trimmed.hasSuffix("(") || trimmed.hasSuffix("[") ? String(trimmed.dropLast()) : trimmed
                inlines[inlines.count - 1] = .text(unbracketed.trimmingCharacters(in: .whitespaces))
            }
            return (inlines, text)
        default:
            return nil
        }
    }
}
