// The navigation lines (`Back to top`, `Share this` ...) and trailing back-link markers, known to the
// text reader (which drops them while reading) and to the navigation-artifact pass.
import Foundation
import GalleyModel

/// Recognises whole navigation lines and trailing back-link markers.
package enum NavigationLines {
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
    package static let trailingMarkers = ["(top)", "[top]", "(back to top)", "[back to top]", "back to top", "↑", "⇧", "▲", "^top", "(↑)", "[↑]"]

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
    @inline(__always)
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
    package static func isNavigationLine(_ text: String) -> Bool {
        // Fast exit for prose: the key keeps every ASCII scalar that is not white space, an arrow or a
        // bracket, and every letter, so a text with more of them than the longest navigation line cannot match.
        // Navigation lines are ASCII letters and spaces: a surviving digit, mark or Latin, Greek or
        // Cyrillic letter (SimpleScalars: they lower-case to non-ASCII) rules a line out, and the
        // surviving ASCII letters must spell a navigation line.
        var kept = 0
        var letters: [UInt8] = []
        letters.reserveCapacity(longestNavigationLine)  // (one allocation: `kept` never passes it)
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
    package static func strippingTrailingMarker(_ text: String) -> String? {
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
}
