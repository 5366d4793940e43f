// Removes repetition around figures: the same image twice, a caption repeated, alt text that repeats the caption.

enum HTMLFigureCleanup {
    /// The blocks with duplicate figures dropped and repeated captions and alt texts emptied.
    static func clean(_ blocks: [Block]) -> [Block] {
        var seenSources = Set<String>()
        var seenTexts = Set<String>()
        return blocks.rewritingSequences { sequence in
            sequence.compactMap { block -> Block? in
                guard case .figure(var figure) = block.kind else { return block }
                guard seenSources.insert(figure.image.source).inserted else { return nil }
                let caption = figure.caption?.plainText.foldingWhitespace.lowercased() ?? ""
                if !caption.isEmpty, !seenTexts.insert(caption).inserted { figure.caption = nil }
                let alt = figure.image.alt.plainText.foldingWhitespace.lowercased()
                if !alt.isEmpty, alt == caption || caption.contains(alt) || !seenTexts.insert(alt).inserted { figure.image.alt = [] }
                var copy = block
                copy.kind = .figure(figure)
                return copy
            }
        }
    }
}
