// Emphasis delimiter runs (`*`, `_`): literal ones are escaped only when they could pair up.
import GalleyModel
import GalleySupport

/// Finds runs of `*` and `_` and escapes the literal ones that could open or close emphasis
/// while another run of the same character could be their partner.
enum DelimiterRuns {
    private struct Run {
        var start: Int
        var end: Int
        var char: Unicode.Scalar
        var literal: Bool
        var active: Bool
    }

    /// Marks the backslashes needed on `*` and `_` characters.
    static func mark(_ chars: [InlineChar], _ s: [Unicode.Scalar], heavy: Bool, _ marks: inout EscapeMarks) {
        var runs: [Run] = []
        var i = 0
        while i < s.count {
            guard s[i] == "*" || s[i] == "_" else { i += 1; continue }
            var end = i
            while end < s.count, s[end] == s[i] { end += 1 }
            let before: Unicode.Scalar = i > 0 ? s[i - 1] : "\n"
            let after: Unicode.Scalar = end < s.count ? s[end] : "\n"
            let left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before))
            let right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after))
            let canOpen = s[i] == "*" ? left : left && (!right || isPunctuation(before))
            let canClose = s[i] == "*" ? right : right && (!left || isPunctuation(after))
            let literal = chars[i..<end].allSatisfy(\.isText)
            runs.append(Run(start: i, end: end, char: s[i], literal: literal, active: canOpen || canClose || !literal))
            i = end
        }
        // Active runs per character, counted once (counting per run would be quadratic).
        var activeCount: [Unicode.Scalar: Int] = [:]
        for run in runs where run.active { activeCount[run.char, default: 0] += 1 }
        for run in runs {
            let partners = (activeCount[run.char] ?? 0) - (run.active ? 1 : 0)
            for k in run.start..<run.end where chars[k].isText && !marks.backslash[k] {
                if heavy || !run.literal || (run.active && partners > 0) { marks.backslash[k] = true }
            }
        }
    }

    /// Unicode white space, or a line boundary.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}" || c.properties.generalCategory == .spaceSeparator
    }

    /// ASCII or Unicode punctuation, as CommonMark's flanking rules define it.
    static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return c.isASCIIPunctuation }
        switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
