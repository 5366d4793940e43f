// Drops a caption-like paragraph that a template repeats under several pictures (one copy stays).
import GalleyModel
import GalleySupport

/// In extraction mode, a paragraph placed right after a figure whose text (folded,
/// case-insensitive, at least 15 characters) recurs after other figures is a template caption
/// (the same credit line under every picture). The first copy stays; later ones are removed and
/// recorded. Paragraphs elsewhere may repeat on purpose (recipe steps, interview questions) and stay.
enum HTMLRepeatedParagraphs {
    /// Shortest text considered: shorter lines ("Yes.", "* * *") may repeat on purpose.
    static let minimumLength = 15

    /// `blocks` with repeated paragraphs dropped; each drop is appended to `removals`.
    static func drop(_ blocks: [Block], removals: inout [Removal]) -> [Block] {
        var counts: [String: Int] = [:]
        count(blocks, into: &counts)
        // Most pages repeat nothing: then the tree is returned as is, without rebuilding it.
        guard counts.values.contains(where: { $0 >= 2 }) else { return blocks }
        var seen = Set<String>()
        var dropped: [Removal] = []
        let kept = blocks.rewritingSequences { sequence in
            sequence.enumerated().compactMap { n, block -> Block? in
                guard n > 0, isFigure(sequence[n - 1]), case .paragraph(let inlines) = block.kind,
                      let text = key(block), (counts[text] ?? 0) >= 2 else { return block }
                if seen.insert(text).inserted { return block }
                dropped.append(Removal(stage: ExtractionRemovals.stage, reason: "repeated paragraph", text: inlines.plainText, span: block.span))
                return nil
            }
        }
        removals += dropped
        return kept
    }

    /// Counts the keys of paragraphs that follow a figure, in every block sequence (read only).
    private static func count(_ sequence: [Block], into counts: inout [String: Int]) {
        for (n, block) in sequence.enumerated() {
            for child in block.childSequences { count(child, into: &counts) }
            if n > 0, isFigure(sequence[n - 1]), let text = key(block) { counts[text, default: 0] += 1 }
        }
    }

    private static func key(_ block: Block) -> String? {
        guard case .paragraph(let inlines) = block.kind else { return nil }
        let text = inlines.plainText.foldingWhitespace.lowercased()
        return text.count >= minimumLength ? text : nil
    }

    private static func isFigure(_ block: Block) -> Bool {
        if case .figure = block.kind { return true }
        return false
    }
}
