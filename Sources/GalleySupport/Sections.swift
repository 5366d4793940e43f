// Sections computed from the flat block list when a writer needs them (pandoc's makeSections).
import GalleyModel

/// Builds the section tree writers and the book lay out: the model stores blocks flat (a heading
/// followed by its content), and writers whose format nests sections (Galley JSON, XHTML, EPUB
/// chapters) call this when they write.
///
/// Each top-level heading and the blocks that follow it (up to the next heading of the same or a
/// higher rank) become a `.section`, deeper headings nested inside. Sections already present at the
/// top (a document built in code from nested sections) are dissolved first, so the result is the
/// same for the flat and the nested form of a document. Only the top-level sequence and sections
/// are walked, never the content of quotes or lists: the cost is one pass over the top level, and
/// the depth of a document's content does not matter.
public func makeSections(_ blocks: [Block]) -> [Block] {
    var root: [Block] = []
    var open: [(section: Section, span: SourceSpan?)] = []

    func closeLast() {
        let (section, span) = open.removeLast()
        var block = Block(.section(section), span: span)
        if let last = section.blocks.last?.span, let s = span { block.span = s.union(last) }
        if open.isEmpty { root.append(block) } else { open[open.count - 1].section.blocks.append(block) }
    }

    for block in blocks.contains(where: \.isSection) ? dissolvingSections(blocks) : blocks {
        if case .heading(let heading) = block.kind {
            while let last = open.last, last.section.heading.level >= heading.level { closeLast() }
            open.append((Section(heading: heading, blocks: [], headingSpan: block.span), block.span))
        } else if open.isEmpty {
            root.append(block)
        } else {
            open[open.count - 1].section.blocks.append(block)
        }
    }
    while !open.isEmpty { closeLast() }
    return root
}

/// A top-level sequence with its sections dissolved into their heading and blocks.
private func dissolvingSections(_ blocks: [Block]) -> [Block] {
    var out: [Block] = []
    func dissolve(_ blocks: [Block]) {
        for block in blocks {
            if case .section(let section) = block.kind {
                out.append(Block(.heading(section.heading), span: section.headingSpan))
                dissolve(section.blocks)
            } else {
                out.append(block)
            }
        }
    }
    dissolve(blocks)
    return out
}

extension Block {
    /// True for a `.section`.
    public var isSection: Bool {
        if case .section = kind { return true }
        return false
    }
}
