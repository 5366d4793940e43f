// Line breaks and white space at the edges of emphasis (and the other wrappers) moved just outside them.
import GalleyModel
import GalleySupport

/// `**\nx**` cannot be written (a delimiter next to a line end does not open or close), and
/// `<b>` alone on a paragraph's first line would start an HTML block; a break just outside the
/// wrapper means the same and can be written.
enum BreakHoisting {
    /// The inlines with leading and trailing breaks of every wrapper moved outside it.
    static func hoisted(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        out.reserveCapacity(inlines.count)
        for inline in inlines {
            switch inline {
            case .emphasis(let c): wrap(c, Inline.emphasis, into: &out)
            case .strong(let c): wrap(c, Inline.strong, into: &out)
            case .strikethrough(let c): wrap(c, Inline.strikethrough, into: &out)
            case .superscript(let c): wrap(c, Inline.superscript, into: &out)
            case .subscript(let c): wrap(c, Inline.subscript, into: &out)
            case .link(var link):
                link.content = hoisted(link.content)
                out.append(.link(link))
            default: out.append(inline)
            }
        }
        return out
    }

    private static func wrap(_ content: [Inline], _ make: ([Inline]) -> Inline, into out: inout [Inline]) {
        var inner = hoisted(content)
        var before: [Inline] = [], after: [Inline] = []
        while let first = inner.first, first == .softBreak || first == .lineBreak { before.append(inner.removeFirst()) }
        while let last = inner.last, last == .softBreak || last == .lineBreak { after.insert(inner.removeLast(), at: 0) }
        // White space at the edges (often a no-break space from HTML) moves out the same way:
        // `**\u{A0}x**` does not open, `\u{A0}**x**` does.
        if case .text(let s)? = inner.first {
            let space = s.unicodeScalars.prefix { DelimiterRuns.isSpace($0) }
            if !space.isEmpty, space.count < s.unicodeScalars.count || inner.count > 1 {
                before.append(.text(String(String.UnicodeScalarView(space))))
                let rest = String(String.UnicodeScalarView(s.unicodeScalars.dropFirst(space.count)))
                if rest.isEmpty { inner.removeFirst() } else { inner[0] = .text(rest) }
            }
        }
        if case .text(let s)? = inner.last {
            let count = s.unicodeScalars.reversed().prefix { DelimiterRuns.isSpace($0) }.count
            if count > 0, count < s.unicodeScalars.count || inner.count > 1 {
                after.insert(.text(String(String.UnicodeScalarView(s.unicodeScalars.suffix(count)))), at: 0)
                let rest = String(String.UnicodeScalarView(s.unicodeScalars.dropLast(count)))
                if rest.isEmpty { inner.removeLast() } else { inner[inner.count - 1] = .text(rest) }
            }
        }
        out += before
        if !inner.isEmpty { out.append(make(inner)) }
        out += after
    }
}
