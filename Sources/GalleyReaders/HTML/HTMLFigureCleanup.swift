// Removes repetition around figures: the same image twice, a caption repeated, alt text that repeats the caption.
import GalleyModel
import GalleySupport

enum HTMLFigureCleanup {
    /// The blocks with duplicate figures dropped (each recorded in `removals`) and repeated
    /// captions and alt texts emptied (their text stays in the document where it first appeared).
    static func clean(_ blocks: [Block], removals: inout [Removal]) -> [Block] {
        var seenSources = Set<String>()
        var seenTexts = Set<String>()
        var dropped: [Removal] = []
        let cleaned = blocks.rewritingSequences { sequence in
            captionsJoined(sequence).compactMap { block -> Block? in
                guard case .figure(var figure) = block.kind else { return block }
                guard seenSources.insert(figure.image.source).inserted else {
                    let text = [figure.caption?.plainText, figure.image.alt.plainText, figure.image.source]
                        .compactMap { $0?.foldingWhitespace }.first { !$0.isEmpty } ?? figure.image.source
                    dropped.append(Removal(stage: ExtractionRemovals.stage, reason: "duplicate figure", text: text, span: block.span))
                    return nil
                }
                let caption = figure.caption?.plainText.foldingWhitespace.lowercased() ?? ""
                if !caption.isEmpty, !seenTexts.insert(caption).inserted { figure.caption = nil }
                let alt = figure.image.alt.plainText.foldingWhitespace.lowercased()
                if !alt.isEmpty, alt == caption || caption.contains(alt) || !seenTexts.insert(alt).inserted { figure.image.alt = [] }
                var copy = block
                copy.kind = .figure(figure)
                return copy
            }
        }
        removals += dropped
        return cleaned
    }

    /// A figure without caption followed by a paragraph that repeats its alt text: the paragraph is
    /// the visible caption (written outside `figcaption`), so it becomes the figure's caption.
    static func captionsJoined(_ sequence: [Block]) -> [Block] {
        var out: [Block] = []
        var k = 0
        while k < sequence.count {
            var block = sequence[k]
            if case .figure(var figure) = block.kind, figure.caption == nil, k + 1 < sequence.count,
               case .paragraph(let inlines) = sequence[k + 1].kind {
                let alt = figure.image.alt.plainText.foldingWhitespace.lowercased()
                if alt.count >= 20, inlines.plainText.foldingWhitespace.lowercased() == alt {
                    figure.caption = inlines
                    block.kind = .figure(figure)
                    out.append(block)
                    k += 2
                    continue
                }
            }
            out.append(block)
            k += 1
        }
        return out
    }
}
