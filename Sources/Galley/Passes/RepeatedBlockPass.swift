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

    /// A block's text with white space folded; compared without regard to case.
    private struct Key {
        let folded: String
        /// The lower-cased text, computed only for text outside ASCII (ASCII compares byte-wise).
        let lowered: String?

        init?(_ block: Block) {
            guard let inlines = block.inlineContent else { return nil }
            folded = inlines.plainText.foldingWhitespace
            guard !folded.isEmpty else { return nil }
            lowered = folded.utf8.allSatisfy { $0 < 0x80 } ? nil : folded.lowercased()
        }

        /// Equal ignoring case (`lowercased()` on both sides).
        func matches(_ other: Key) -> Bool {
            switch (lowered, other.lowered) {
            case (nil, nil):
                guard folded.utf8.count == other.folded.utf8.count else { return false }
                return zip(folded.utf8, other.folded.utf8).allSatisfy { Self.lower($0) == Self.lower($1) }
            default:
                return (lowered ?? folded.lowercased()) == (other.lowered ?? other.folded.lowercased())
            }
        }

        private static func lower(_ b: UInt8) -> UInt8 {
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b) ? b | 0x20 : b
        }
    }

    private static func isHeading(_ block: Block) -> Bool {
        if case .heading = block.kind { return true }
        return false
    }

    static func collapse(_ blocks: [Block], removals: inout [Removal]) -> [Block] {
        var out: [Block] = []
        var previousKey: Key?
        for block in blocks {
            let k = Key(block)
            defer { previousKey = k }
            if let previous = out.last, let k, let previousKey, k.matches(previousKey) {
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
