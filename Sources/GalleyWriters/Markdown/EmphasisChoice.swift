// Which emphasis nodes are written as HTML tags instead of `*`/`**` delimiters.
import GalleyModel
import GalleySupport

/// Emphasis and strong nodes are numbered in document order (depth first, the node before its
/// content); the writer picks HTML tags for the ones whose delimiters could not open or close
/// where they stand (`*“*word`), or for all of them as a last resort.
struct EmphasisChoice: Equatable {
    /// Every emphasis node as HTML.
    var allHTML = false
    /// The numbers of the nodes written as HTML.
    var htmlNodes: Set<Int> = []

    /// True when node `id` is written as HTML tags.
    func isHTML(_ id: Int) -> Bool { allHTML || htmlNodes.contains(id) }
}

/// Where one emphasis node's delimiters were written in the rendered markup.
struct DelimiterSpan {
    /// The node's number.
    var id: Int
    /// Characters of the opening delimiter.
    var open: Range<Int>
    /// Characters of the closing delimiter.
    var close: Range<Int>
}

/// Finds delimiters that cannot do their job in their context (CommonMark flanking rules).
enum EmphasisDelimiterCheck {
    /// The numbers of the nodes whose opening run cannot open or whose closing run cannot close.
    static func unfit(_ markup: InlineMarkup) -> Set<Int> {
        let s = markup.chars.map(\.scalar)
        var result: Set<Int> = []
        for span in markup.delimiters where !span.open.isEmpty && !span.close.isEmpty {
            if !flanking(s, span.open).canOpen || !flanking(s, span.close).canClose { result.insert(span.id) }
        }
        return result
    }

    private static func flanking(_ s: [Unicode.Scalar], _ range: Range<Int>) -> (canOpen: Bool, canClose: Bool) {
        let c = s[range.lowerBound]
        var start = range.lowerBound, end = range.upperBound
        while start > 0, s[start - 1] == c { start -= 1 }
        while end < s.count, s[end] == c { end += 1 }
        let before: Unicode.Scalar = start > 0 ? s[start - 1] : "\n"
        let after: Unicode.Scalar = end < s.count ? s[end] : "\n"
        let space = DelimiterRuns.isSpace, punct = DelimiterRuns.isPunctuation
        let left = !space(after) && (!punct(after) || space(before) || punct(before))
        let right = !space(before) && (!punct(before) || space(after) || punct(after))
        if c == "_" { return (left && (!right || punct(before)), right && (!left || punct(after))) }
        return (left, right)
    }
}
