// Makes sure the document has exactly one level-1 heading: its title.
import GalleyModel
import GalleySupport

/// Ensures exactly one level-1 heading.
///
/// - Several level-1 headings: the first stays the title; every heading after it moves one level down.
/// - No level-1 heading: the heading that reads as the title (the first block, when it is the only
///   heading of its rank) is promoted; otherwise the metadata title, when known, is inserted as one.
/// - The metadata title is filled from the level-1 heading when the input declared none.
public enum TitlePass {
    /// The pass.
    public static let pass = Pass(name: "title", summary: "exactly one level-1 heading, the title") { document in
        apply(to: document, insertingTitle: true)
    }

    /// The pass for HTML pages: levels are fixed as by `pass`, but no heading is ever added (a
    /// page without a heading keeps none; its title stays in the metadata).
    public static let levelsOnlyPass = Pass(name: "title", summary: "at most one level-1 heading; none added") { document in
        apply(to: document, insertingTitle: false)
    }

    private static func apply(to document: Document, insertingTitle: Bool) -> Document {
        var document = document
        var blocks = document.blocks
        let headingIndices = blocks.indices.filter { blocks[$0].headingLevel != nil }
        let levelOnes = headingIndices.filter { blocks[$0].headingLevel == 1 }

        if let first = levelOnes.first {
            for index in headingIndices where index > first {
                blocks[index].shiftHeading(by: 1)
            }
        } else if let firstHeading = headingIndices.first {
            let level = blocks[firstHeading].headingLevel!
            let sameRank = headingIndices.filter { blocks[$0].headingLevel! <= level }.count
            let nothingBefore = blocks[..<firstHeading].allSatisfy { $0.headingLevel == nil && isMinor($0) }
            let matchesTitle = document.metadata.title.map { fold($0) == fold(blocks[firstHeading].inlineContent?.plainText ?? "") } ?? false
            if (sameRank == 1 && nothingBefore) || matchesTitle {
                let shift = 1 - level
                blocks[firstHeading].shiftHeading(by: shift)
                for index in headingIndices where index > firstHeading && blocks[index].headingLevel! <= level {
                    blocks[index].shiftHeading(by: max(shift, 2 - blocks[index].headingLevel!))
                }
            } else if insertingTitle, let title = document.metadata.title, !title.isEmpty {
                blocks.insert(Block(.heading(Heading(level: 1, content: [.text(title)]))), at: 0)
                for index in blocks.indices.dropFirst() where blocks[index].headingLevel == 1 {
                    blocks[index].shiftHeading(by: 1)
                }
            }
        } else if insertingTitle, let title = document.metadata.title, !title.isEmpty {
            blocks.insert(Block(.heading(Heading(level: 1, content: [.text(title)]))), at: 0)
        }
        if document.metadata.title == nil, let h1 = blocks.first(where: { $0.headingLevel == 1 }) {
            document.metadata.title = h1.inlineContent?.plainText.foldingWhitespace
        }
        document.blocks = blocks
        return document
    }

    private static func fold(_ s: String) -> String { s.foldingWhitespace.lowercased() }

    /// Blocks that may stand before a title without disqualifying it (nothing but short lines).
    private static func isMinor(_ block: Block) -> Bool {
        (block.inlineContent?.plainText.count ?? 1000) < 80
    }
}
