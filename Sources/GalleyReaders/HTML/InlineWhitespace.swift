// Browser-like white-space handling for inline content: collapse runs, drop spaces at line edges.
import GalleyModel
import GalleySupport

/// White-space state shared by everything appended to one paragraph.
struct InlineWhitespaceState {
    /// True when the last emitted character was a space, a line break, or nothing (paragraph start).
    var atSpace = true
    /// True when the last node appended was a generic inline element (`span`, `label`), so a
    /// sibling one right after it may need a space (`HTMLBlockBuilder.isPlainInline`).
    var afterPlainElement = false
}

enum InlineWhitespace {
    /// `s` with runs of HTML white space (space, tab, CR, LF, FF) folded to one space.
    static func collapse(_ s: String) -> String {
        var needsWork = false
        var previousSpace = false
        for b in s.utf8 {
            let isSpace = b == 32 || b == 10 || b == 9 || b == 13 || b == 12
            if isSpace && (b != 32 || previousSpace) { needsWork = true; break }
            previousSpace = isSpace
        }
        if !needsWork { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var inSpace = false
        for b in s.utf8 {
            if b == 32 || b == 10 || b == 9 || b == 13 || b == 12 {
                if !inSpace { out.append(32); inSpace = true }
            } else {
                out.append(b)
                inSpace = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends text, collapsing white space against what is already there.
    static func appendText(_ raw: String, to out: inout [Inline], state: inout InlineWhitespaceState) {
        var text = collapse(raw)
        if state.atSpace, text.utf8.first == 32 { text.removeFirst() }
        guard !text.isEmpty else { return }
        state.atSpace = text.utf8.last == 32
        out.appendText(merging: text)
    }

    /// Removes trailing spaces (and trailing line breaks when `breaks`) from the end of the inlines.
    static func trimTrailing(_ inlines: inout [Inline], breaks: Bool = false) {
        while let last = inlines.last {
            switch last {
            case .text(let s):
                var t = Substring(s)
                while t.last == " " { t.removeLast() }  // not dropLast(): O(n) on strings
                if t.isEmpty { inlines.removeLast(); continue }
                inlines[inlines.count - 1] = .text(String(t))
                return
            case .lineBreak, .softBreak:
                guard breaks else { return }
                inlines.removeLast()
            case .emphasis(var c):
                trimTrailing(&c, breaks: breaks)
                if c.isEmpty { inlines.removeLast() } else { inlines[inlines.count - 1] = .emphasis(c); return }
            case .strong(var c):
                trimTrailing(&c, breaks: breaks)
                if c.isEmpty { inlines.removeLast() } else { inlines[inlines.count - 1] = .strong(c); return }
            case .link(var link):
                trimTrailing(&link.content, breaks: breaks)
                inlines[inlines.count - 1] = .link(link)
                return
            default:
                return
            }
        }
    }

    /// Removes leading line breaks and spaces from the start of the inlines.
    static func trimLeading(_ inlines: inout [Inline]) {
        while let first = inlines.first {
            switch first {
            case .lineBreak, .softBreak: inlines.removeFirst()
            case .text(let s):
                let t = s.drop { $0 == " " }
                if t.isEmpty { inlines.removeFirst(); continue }
                inlines[0] = .text(String(t))
                return
            default: return
            }
        }
    }

    /// Wraps `inner` with `wrap`, moving a leading or trailing space outside the wrapper.
    static func wrap(_ inner: [Inline], in wrap: ([Inline]) -> Inline, into out: inout [Inline]) {
        var inner = inner
        var leading = false, trailing = false
        if case .text(let s)? = inner.first, s.hasPrefix(" ") {
            leading = true
            let t = String(s.dropFirst())
            if t.isEmpty { inner.removeFirst() } else { inner[0] = .text(t) }
        }
        if case .text(let s)? = inner.last, s.hasSuffix(" ") {
            trailing = true
            let t = String(s.dropLast())
            if t.isEmpty { inner.removeLast() } else { inner[inner.count - 1] = .text(t) }
        }
        if leading { appendRawText(" ", to: &out) }
        if !inner.isEmpty { out.append(wrap(inner)) }
        if trailing { appendRawText(" ", to: &out) }
    }

    /// Whether the inlines end in plain text whose last two characters are letters or digits.
    static func endsWithWord(_ inlines: [Inline]) -> Bool {
        guard case .text(let s)? = inlines.last else { return false }
        return wordRun(s.unicodeScalars.suffix(2)) == 2
    }

    /// How many of `scalars` are letters or digits.
    static func wordRun<S: Sequence>(_ scalars: S) -> Int where S.Element == Unicode.Scalar {
        scalars.reduce(0) { $0 + ($1.properties.isAlphabetic || $1.properties.numericType != nil ? 1 : 0) }
    }

    /// Appends already-collapsed text, merging with a preceding text run.
    static func appendRawText(_ text: String, to out: inout [Inline]) {
        out.appendText(merging: text)
    }
}
