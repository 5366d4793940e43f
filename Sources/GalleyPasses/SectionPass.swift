// Nests the body into sections by heading level.
import GalleyModel
import GalleySupport

/// Wraps each top-level heading and the blocks that follow it (up to the next heading of the same
/// or a higher rank) into a `.section`, nesting deeper headings inside.
public enum SectionPass {
    /// The pass.
    public static let pass = Pass(name: "sections", summary: "nest sections by heading level") { document in
        var document = document
        document.blocks = nest(document.blocks.flatteningSections)
        return document
    }

    /// Nests a flat sequence of blocks.
    public static func nest(_ blocks: [Block]) -> [Block] {
        var root: [Block] = []
        var open: [(section: Section, span: SourceSpan?)] = []

        func closeLast() {
            let (section, span) = open.removeLast()
            var block = Block(.section(section), span: span)
            if let last = section.blocks.last?.span, let s = span { block.span = s.union(last) }
            if open.isEmpty { root.append(block) } else { open[open.count - 1].section.blocks.append(block) }
        }

        for block in blocks {
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
}
