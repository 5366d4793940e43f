// The kinds of inferred text headings: headings of one kind share a level.
import GalleyModel
import GalleySupport

/// What marks a text heading. Its description (`setext=`, `atx2`, `division1`, `allcaps` …) is
/// the word `--explain` prints.
package enum HeadingKind: Hashable, CustomStringConvertible {
    /// The first line, read as the document's title.
    case title
    /// Underlined with this character (`=` or `-`).
    case setext(Character)
    /// Marked with this many `#`.
    case atx(Int)
    /// A division word (`Part`, `Chapter`, `Book` …) of this rank.
    case division(Int)
    /// Followed by a back-link marker such as `(Top)`.
    case backlink
    /// Numbered (`1.2 Scope`).
    case numbered
    /// Written in capitals.
    case allcaps
    /// None of the above.
    case plain

    /// True for a division heading of any rank.
    package var isDivision: Bool {
        if case .division = self { return true }
        return false
    }

    package var description: String {
        switch self {
        case .title: "title"
        case .setext(let character): "setext\(character)"
        case .atx(let marks): "atx\(marks)"
        case .division(let rank): "division\(rank)"
        case .backlink: "backlink"
        case .numbered: "numbered"
        case .allcaps: "allcaps"
        case .plain: "plain"
        }
    }
}
