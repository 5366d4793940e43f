// Turns inline HTML (text, emphasis, links, images, code, line breaks) into `Inline` values.
import GalleyModel
import GalleySupport

extension HTMLBlockBuilder {
    /// Appends the inline content of node `i` (an inline element or text) to `out`.
    /// Block elements met inside inline context are flattened, separated by spaces.
    func appendInline(_ i: Int, to out: inout [Inline], state: inout InlineWhitespaceState) {
        if removed[i] {
            // A dropped block still separates the text on either side of it.
            if tree.nodes[i].tag.isBlock { InlineWhitespace.appendText(" ", to: &out, state: &state) }
            return
        }
        let node = tree.nodes[i]
        let plain = isPlainInline(node.tag)
        if plain, state.afterPlainElement, !state.atSpace, InlineWhitespace.endsWithWord(out), startsWithWord(i) {
            InlineWhitespace.appendText(" ", to: &out, state: &state)
        }
        defer { state.afterPlainElement = plain }
        switch node.tag {
        case .text:
            InlineWhitespace.appendText(node.text, to: &out, state: &state)
        case .br:
            InlineWhitespace.trimTrailing(&out)
            if !out.isEmpty { out.append(.lineBreak) }
            state.atSpace = true
        case .img:
            if let image = image(i) {
                out.append(.image(image))
                state.atSpace = false
            }
        case .code, .kbd, .samp, .tt:
            let text = InlineWhitespace.collapse(tree.rawText(of: i)).trimmingSpaces
            if text.isEmpty { return }
            if state.atSpace == false, tree.rawText(of: i).first?.isWhitespace == true { InlineWhitespace.appendText(" ", to: &out, state: &state) }
            out.append(.code(text))
            state.atSpace = false
        case .em, .i, .dfn, .cite, .var:
            appendWrapped(i, to: &out, state: &state) { .emphasis($0) }
        case .strong, .b:
            appendWrapped(i, to: &out, state: &state) { .strong($0) }
        case .del, .s, .strike:
            appendWrapped(i, to: &out, state: &state) { .strikethrough($0) }
        case .sup:
            appendWrapped(i, to: &out, state: &state) { .superscript($0) }
        case .sub:
            appendWrapped(i, to: &out, state: &state) { .subscript($0) }
        case .a:
            appendLink(i, to: &out, state: &state)
        case .q:
            InlineWhitespace.appendText("“", to: &out, state: &state)
            appendChildren(i, to: &out, state: &state)
            InlineWhitespace.appendText("”", to: &out, state: &state)
        case .script, .head, .title, .meta, .link, .base, .style:
            return
        default:
            if node.tag.isBlock || node.tag == .figure {
                InlineWhitespace.appendText(" ", to: &out, state: &state)
                appendChildren(i, to: &out, state: &state)
                InlineWhitespace.appendText(" ", to: &out, state: &state)
            } else {
                appendChildren(i, to: &out, state: &state)
            }
        }
    }

    /// Appends the inline content of every child of `i`.
    func appendChildren(_ i: Int, to out: inout [Inline], state: inout InlineWhitespaceState) {
        for child in tree.children(of: i) { appendInline(child, to: &out, state: &state) }
    }

    /// A generic inline element (`span`, `label`, a custom element): two of them side by side with
    /// no white space between, each starting or ending with a word of two or more letters or digits
    /// (`<span>La Sportiva</span><span>Aragon</span>`, a filter's label and its count), are items
    /// CSS lays out apart, not one word, so a space separates them (one-letter spans stay joined).
    private func isPlainInline(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .text, .br, .img, .code, .kbd, .samp, .tt, .em, .i, .dfn, .cite, .var, .strong, .b, .del, .s, .strike,
             .sup, .sub, .a, .q, .script, .head, .title, .meta, .link, .base, .style, .figure:
            return false
        default:
            return !tag.isBlock
        }
    }

    /// Whether the first text below `i` starts with two letters or digits.
    private func startsWithWord(_ i: Int) -> Bool {
        let end = tree.subtreeEnd(i)
        var j = i + 1
        while j < end {
            if tree.nodes[j].tag == .text, !removed[j] {
                let text = tree.nodes[j].text
                guard let first = text.unicodeScalars.first else { j += 1; continue }
                if first.properties.isWhitespace { return false }
                return InlineWhitespace.wordRun(text.unicodeScalars.prefix(2)) == 2
            }
            j += 1
        }
        return false
    }

    /// The inline content of a whole element (heading, cell, caption), trimmed.
    func inlines(of i: Int) -> [Inline] {
        var out: [Inline] = []
        var state = InlineWhitespaceState()
        appendChildren(i, to: &out, state: &state)
        InlineWhitespace.trimTrailing(&out, breaks: true)
        InlineWhitespace.trimLeading(&out)
        return out
    }

    private func appendWrapped(_ i: Int, to out: inout [Inline], state: inout InlineWhitespaceState, wrap: ([Inline]) -> Inline) {
        var inner: [Inline] = []
        appendChildren(i, to: &inner, state: &state)
        InlineWhitespace.wrap(inner, in: wrap, into: &out)
    }

    /// Share and "post this" endpoints of social sites: such links are page chrome, never content.
    static let shareEndpoints = [
        "facebook.com/sharer", "facebook.com/share.php", "facebook.com/dialog/share", "twitter.com/intent/", "twitter.com/share",
        "x.com/intent/", "linkedin.com/sharearticle", "linkedin.com/cws/share", "pinterest.com/pin/create", "reddit.com/submit",
        "plus.google.com/share", "tumblr.com/share", "tumblr.com/widgets/share", "wa.me/?", "api.whatsapp.com/send",
        "whatsapp://send", "telegram.me/share", "t.me/share", "vk.com/share", "getpocket.com/edit", "mailto:?",
        "news.ycombinator.com/submitlink", "flipboard.com/bookmarklet", "addtoany.com/share",
    ]

    /// True for a link to a social share endpoint.
    static func isShareLink(_ href: String) -> Bool {
        let lower = ClassNames(href)
        return shareEndpoints.contains { lower.contains(Array($0.utf8)) }
    }

    private func appendLink(_ i: Int, to out: inout [Inline], state: inout InlineWhitespaceState) {
        if !keepShareLinks, let raw = tree.attribute(.href, of: i), Self.isShareLink(raw) {
            dropped.record(.shareLink, text: ExtractionRemovals.text(tree: tree, i), span: tree.span(of: i))
            return
        }
        var inner: [Inline] = []
        appendChildren(i, to: &inner, state: &state)
        guard let href = tree.attribute(.href, of: i).flatMap({ resolver.resolve($0) }) else {
            for item in inner {
                if case .text(let s) = item { InlineWhitespace.appendRawText(s, to: &out) } else { out.append(item) }
            }
            return
        }
        let title = tree.attribute(.title, of: i)?.foldingWhitespace
        InlineWhitespace.wrap(inner, in: { .link(Link(url: href, title: title?.isEmpty == false ? title : nil, content: $0)) }, into: &out)
    }
}

extension String {
    /// The string without leading and trailing spaces (U+0020 only).
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }  // not dropLast(): O(n) on strings
        return String(s)
    }
}
