// Collapses a line repeated on consecutive blocks (title, alt text and caption of one thing) into one.

/// When consecutive headings or paragraphs have the same text, keeps one (a heading is preferred
/// over a paragraph) and records the others as removed.
public enum RepeatedBlockPass {
    /// The pass.
    public static let pass = Pass(name: "repeated-lines", summary: "collapse a line repeated on consecutive lines") { document in
        var document = document
        var removals: [Removal] = []
        document.blocks = document.blocks.rewritingSequences { collapse($0, removals: &removals) }
        document.removals += removals
        return document
    }

    private static func key(_ block: Block) -> String? {
        guard let inlines = block.inlineContent else { return nil }
        let text = inlines.plainText.foldingWhitespace.lowercased()
        return text.isEmpty ? nil : text
    }

    private static func isHeading(_ block: Block) -> Bool {
        if case .heading = block.kind { return true }
        return false
    }

    static func collapse(_ blocks: [Block], removals: inout [Removal]) -> [Block] {
        var out: [Block] = []
        var previousKey: String?
        for block in blocks {
            let k = key(block)
            defer { previousKey = k }
            if let previous = out.last, let k, k == previousKey {
                let kept = isHeading(block) && !isHeading(previous) ? block : previous
                let dropped = kept == block ? previous : block
                var merged = kept
                if let a = previous.span, let b = block.span { merged.span = a.union(b) }
                out[out.count - 1] = merged
                removals.append(Removal(stage: pass.name, reason: "repeated line", text: dropped.inlineContent?.plainText ?? "", span: dropped.span))
            } else {
                out.append(block)
            }
        }
        return out
    }
}
