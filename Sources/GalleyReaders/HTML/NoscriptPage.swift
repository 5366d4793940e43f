// Pages that exist only inside <noscript> (a script-rendered app with a crawler fallback, e.g. Discourse):
// when the body holds next to no text and its noscript fallbacks hold the page, the tree keeps them.
import GalleyModel
import GalleySupport

/// Decides whether a page's `noscript` fallbacks are its content (counted on WCXB dev: 19 forum pages
/// whose body is empty without them, none of another kind; thresholds in `Models/extraction-cues.json`).
enum NoscriptPage {
    /// True when the dropped `noscript` text has at least `minWords` words and more than `ratio`
    /// times the words of the tree's own text.
    static func holdsThePage(_ tree: HTMLTree) -> Bool {
        let limits = ExtractionCues.shared.noscriptPage ?? .init(minWords: 50, ratio: 2)
        var fallback = 0
        for removal in tree.dropped.removals where removal.reason == .noscriptFallback {
            fallback += removal.text.split(separator: " ").count
        }
        guard fallback >= limits.minWords else { return false }
        var words = 0
        for node in tree.nodes where node.tag == .text {
            words += node.text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
            if Double(fallback) <= Double(words) * limits.ratio { return false }
        }
        return true
    }
}
