// Drops navigation artifacts: back-to-top links, skip links, share prompts and similar chrome.
import Foundation
import GalleyModel
import GalleySupport

/// Removes lines that are only navigation (`Back to top`, `↑`, `Skip to content`, `Share this`,
/// `Advertisement` …) and strips trailing back-links such as `(Top)` from headings and short lines.
/// Each removal is recorded in `Document.removals`.
public enum NavigationArtifactPass {
    /// The pass.
    public static let pass = Pass(name: name, summary: "drop back-to-top links and other navigation lines") { document in
        var document = document
        var log = RemovalLog(stage: .pass(name))
        document.blocks = document.blocks.rewritingSequences { blocks in
            blocks.compactMap { clean($0, log: &log) }
        }
        document.removals += log.removals
        return document
    }

    /// The pass's name, the stage of its removal records.
    static let name = "navigation-artifacts"

    /// True when a whole line is a navigation artifact (`NavigationLines`).
    public static func isNavigationLine(_ text: String) -> Bool {
        NavigationLines.isNavigationLine(text)
    }

    /// The text with a trailing back-link marker removed, or nil when there is none.
    public static func strippingTrailingMarker(_ text: String) -> String? {
        NavigationLines.strippingTrailingMarker(text)
    }

    private static func clean(_ block: Block, log: inout RemovalLog) -> Block? {
        guard let inlines = block.inlineContent else { return block }
        let text = inlines.plainText
        if isNavigationLine(text) && !containsNonNavigationLink(inlines) {
            log.record(.navigationLine, text: text.foldingWhitespace, span: block.span)
            return nil
        }
        var isHeading = false
        if case .heading = block.kind { isHeading = true }
        // Back-links are stripped from headings, and from short lines (a future heading), never from prose.
        guard isHeading || !hasMoreWords(text, than: 16) else { return block }
        guard let stripped = stripTrailingMarker(inlines) else { return block }
        log.record(.backLinkMarker, text: stripped.removed, span: block.span)
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
        if let answer = hasMoreWordsByBytes(text, than: limit) { return answer }
        return hasMoreWordsByPasses(text, than: limit)
    }

    /// `hasMoreWords` in one pass over the bytes, nil when a scalar that is neither ASCII nor simple
    /// (SimpleScalars) comes before the answer. ASCII bytes and simple scalars are Characters of
    /// their own (a CR LF pair is one, and no space); a later scalar cannot join a space or a word's
    /// first scalar already read (only a Prepend scalar joins what follows it, and it is not simple),
    /// so the count of words read so far is the Characters' count, and it can stop past `limit`.
    static func hasMoreWordsByBytes(_ text: String, than limit: Int) -> Bool? {
        var copy = text
        return copy.withUTF8 { bytes -> Bool? in
            var words = 0
            var inWord = false
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    i += 1
                    if byte == 0x20 { inWord = false; continue }
                } else {
                    let (value, length) = bytes.utf8Scalar(at: i)
                    guard SimpleScalars.slot(value) != nil else { return nil }
                    i += length
                }
                if !inWord {
                    inWord = true
                    words += 1
                    if words > limit { return true }
                }
            }
            return false
        }
    }

    /// `hasMoreWords` as it was: an ASCII or simple text by its space bytes, any other by Characters.
    static func hasMoreWordsByPasses(_ text: String, than limit: Int) -> Bool {
        // ASCII: every byte is its own Character (except "\r\n", which is not a space either).
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return hasMoreWords(text.utf8, than: limit) { $0 == 0x20 } }
        // Simple text (Latin, Greek, Cyrillic … without combining marks: SimpleScalars): every scalar
        // is a Character of its own, and a space Character is a space byte (no other scalar holds one).
        if SimpleScalars.isSimple(text) { return hasMoreWords(text.utf8, than: limit) { $0 == 0x20 } }
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
            guard isNavigationLine(text) || NavigationLines.trailingMarkers.contains(text.lowercased().trimmingCharacters(in: .whitespaces)) else { return nil }
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
