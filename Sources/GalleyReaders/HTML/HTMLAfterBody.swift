// Content after `</body>` or `</html>`, which browsers put in the body and libxml2 leaves outside it.
import GalleyModel
import GalleySupport

/// An HTML5 parser puts whatever follows `</body>` or `</html>` into the body (the "after body"
/// insertion modes reprocess it "in body"). libxml2 2.9 leaves it beside the body, as a child of
/// `html`, or under a second `html` root when the page repeats one (pages pasted from two
/// templates). The extraction reads the first body only, so that content was lost whole: an
/// article written after an early `</body></html>`. The tree copy re-attaches it to the body.
struct HTMLAfterBody {
    /// The index of the first `html` element copied, once known.
    private(set) var html = -1
    /// The index of the first `body` element copied, once known.
    private(set) var body = -1

    /// The parent a node listed under `given` gets: the body for what sits beside it (under
    /// `html` or the document), else `given`.
    func parent(for given: Int) -> Int {
        body > 0 && (given == html || given == 0) ? body : given
    }

    /// Whether an element `tag` under `given` is a second `html` root or a second `body`: it is
    /// not copied, its children go to the first body (`parent(for:)` of their own parent).
    func isSecondRootOrBody(_ tag: HTMLTag, parent given: Int) -> Bool {
        guard body > 0 else { return false }
        return tag == .html || (tag == .body && (given == html || given == 0))
    }

    /// Records the index of an element copied under `parent`.
    mutating func note(_ tag: HTMLTag, index: Int, parent: Int) {
        if tag == .html, html < 0, parent == 0 { html = index }
        if tag == .body, body < 0, parent == html { body = index }
    }
}
