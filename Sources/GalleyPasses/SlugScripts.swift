// Which non-ASCII characters heading slugs fold to ASCII, keep, or turn into hyphens.
import GalleyModel
import GalleySupport

/// The character classes of `HeadingIDPass.slug`, as named data.
enum SlugScripts {
    /// Folded to ASCII (`é` → `e`, full-width `Ａ` → `a`): Latin-1 letters, Latin Extended-A/B,
    /// Latin Extended Additional, and the full-width forms. Keeps the ids of Latin text what they
    /// always were.
    static let folded: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF, 0xFF01...0xFF5E]

    /// Never kept, though alphabetic or numeric: what XML names exclude (×, ÷, the arrows and
    /// symbols block with its circled letters), so ids stay valid XML names.
    static let excluded: [ClosedRange<UInt32>] = [0x00D7...0x00D7, 0x00F7...0x00F7, 0x2190...0x2BFF]

    /// Kept as they are: letters, decimal digits and combining marks of every other script
    /// (Cyrillic, Greek, Arabic, Hebrew, CJK, Devanagari ...), from U+00C0 up.
    static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0xC0, !excluded.contains(where: { $0.contains(scalar.value) }) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .decimalNumber || isMark(scalar)
    }

    /// A combining mark (never the first character of a slug: XML names cannot start with one).
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
