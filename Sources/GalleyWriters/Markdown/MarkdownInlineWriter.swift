// Inline Markdown with the lightest escaping that cmark reads back as the same inlines.
import GalleyModel
import GalleySupport

/// Writes inline content, choosing its escaping by how cmark reads the result back
/// (`MarkdownReadBack`, not the Markdown reader): light escaping first, then light escaping with
/// emphasis as HTML tags, then full escaping, then both.
enum MarkdownInlineWriter {
    /// The inline Markdown of a paragraph (may span several lines).
    static func paragraph(_ inlines: [Inline]) -> String {
        paragraphResult(inlines).text
    }

    /// The inline Markdown of a paragraph, and whether cmark reads it back as the same inlines.
    /// `fastPath: false` forces the general path (the tests compare the two).
    static func paragraphResult(_ inlines: [Inline], fastPath: Bool = true) -> (text: String, verified: Bool) {
        best(inlines, context: .paragraph, fastPath: fastPath, parse: MarkdownReadBack.paragraph)
    }

    /// The content of an ATX heading (one line).
    static func atxHeading(_ inlines: [Inline]) -> String {
        atxHeadingResult(inlines, fastPath: true)
    }

    /// The heading content by the general path only (the tests compare it with the fast path).
    static func atxHeadingGeneral(_ inlines: [Inline]) -> String {
        atxHeadingResult(inlines, fastPath: false)
    }

    private static func atxHeadingResult(_ inlines: [Inline], fastPath: Bool) -> String {
        best(inlines, context: .atxHeading, fastPath: fastPath, parse: MarkdownReadBack.atxHeading).text
    }

    /// The content of a pipe-table cell (one line, pipes escaped).
    static func tableCell(_ inlines: [Inline]) -> String {
        let markup = rendered(BreakHoisting.hoisted(inlines), context: .tableCell, allHTML: false).markup
        return MarkdownEscaper(context: .tableCell, heavy: false).escape(markup)
    }

    private static func best(_ original: [Inline], context: MarkdownInlineRenderer.Context, fastPath: Bool = true,
                             parse: (String) -> [Inline]?) -> (text: String, verified: Bool) {
        if fastPath, context != .tableCell, let plain = PlainInlineFastPath.markdown(original, heading: context == .atxHeading) {
            return (plain, true)
        }
        let inlines = BreakHoisting.hoisted(original)
        let attempts: [(heavy: Bool, html: Bool)] = [(false, false), (false, true), (true, false), (true, true)]
        var text = ""
        for attempt in attempts {
            let (markup, choice) = rendered(inlines, context: context, allHTML: attempt.html)
            text = MarkdownEscaper(context: context, heavy: attempt.heavy).escape(markup)
            let expected = InlineComparison.normalized(MarkdownInlineRenderer.trimmingBreaks(inlines), choice: choice, breaks: context != .atxHeading)
            if let parsed = parse(text), InlineComparison.normalized(parsed, htmlEmphasis: false, breaks: true) == expected { return (text, true) }
        }
        return (text, false)
    }
}

/// Renders inlines, turning into HTML tags each emphasis whose delimiters cannot open or
/// close where they stand (a few rounds: a tag changes its neighbours' surroundings).
private func rendered(_ inlines: [Inline], context: MarkdownInlineRenderer.Context, allHTML: Bool) -> (markup: InlineMarkup, choice: EmphasisChoice) {
    var choice = EmphasisChoice(allHTML: allHTML)
    var renderer = MarkdownInlineRenderer(context: context, emphasis: choice)
    var markup = renderer.render(inlines)
    for _ in 0..<4 where !allHTML {
        let unfit = EmphasisDelimiterCheck.unfit(markup)
        if unfit.isSubset(of: choice.htmlNodes) { break }
        choice.htmlNodes.formUnion(unfit)
        renderer.emphasis = choice
        markup = renderer.render(inlines)
    }
    return (markup, choice)
}
