// Inline Markdown with the lightest escaping that cmark reads back as the same inlines.

/// Writes inline content, verifying the result by parsing it again with cmark: light escaping
/// first, then light escaping with emphasis as HTML tags, then full escaping, then both.
enum MarkdownInlineWriter {
    /// The inline Markdown of a paragraph (may span several lines).
    static func paragraph(_ inlines: [Inline]) -> String {
        best(inlines, context: .paragraph) { text in
            CmarkDocument.withParsed(text) { CmarkBlockConverter(source: text, lineOffset: 0).blocks(of: $0) }
                .first.flatMap { $0.kind.paragraphContent }
        }
    }

    /// The content of an ATX heading (one line).
    static func atxHeading(_ inlines: [Inline]) -> String {
        best(inlines, context: .atxHeading) { text in
            let blocks = CmarkDocument.withParsed("# " + text) { CmarkBlockConverter(source: "", lineOffset: 0).blocks(of: $0) }
            guard blocks.count == 1, case .heading(let h) = blocks[0].kind else { return nil }
            return h.content
        }
    }

    /// The content of a pipe-table cell (one line, pipes escaped).
    static func tableCell(_ inlines: [Inline]) -> String {
        MarkdownEscaper(context: .tableCell, heavy: false).escape(MarkdownInlineRenderer(context: .tableCell).render(inlines))
    }

    private static func best(_ original: [Inline], context: MarkdownInlineRenderer.Context, parse: (String) -> [Inline]?) -> String {
        let inlines = BreakHoisting.hoisted(original)
        let attempts: [(heavy: Bool, html: Bool)] = [(false, false), (false, true), (true, false), (true, true)]
        var text = ""
        for attempt in attempts {
            let renderer = MarkdownInlineRenderer(context: context, htmlEmphasis: attempt.html)
            text = MarkdownEscaper(context: context, heavy: attempt.heavy).escape(renderer.render(inlines))
            let expected = InlineComparison.normalized(MarkdownInlineRenderer.trimmingBreaks(inlines), htmlEmphasis: attempt.html, breaks: context != .atxHeading)
            if let parsed = parse(text), InlineComparison.normalized(parsed, htmlEmphasis: false, breaks: true) == expected { return text }
        }
        return text
    }
}

extension Block.Kind {
    /// The inlines of a paragraph, nil for other kinds.
    var paragraphContent: [Inline]? {
        if case .paragraph(let inlines) = self { return inlines }
        return nil
    }
}
