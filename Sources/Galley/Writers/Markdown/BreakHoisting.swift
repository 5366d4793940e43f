// Line breaks at the edges of emphasis (and the other wrappers) moved just outside them.

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
        out += before
        if !inner.isEmpty { out.append(make(inner)) }
        out += after
    }
}
