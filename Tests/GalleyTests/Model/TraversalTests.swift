// Tests for BlockVisitor, BlockWalker and BlockRewriter, using only the public API.
import Foundation
import Testing
import Galley

/// Counts the words of every text run, everywhere in the tree.
private struct WordCounter: BlockWalker {
    var words = 0
    var kinds: [String] = []
    mutating func visitText(_ text: String) { words += text.split(whereSeparator: \.isWhitespace).count }
    mutating func visitHeading(_ heading: Heading, block: Block) {
        kinds.append("h\(heading.level)")
        descendInto(block)
    }
    mutating func visitSection(_ section: Section, block: Block) {
        kinds.append("section")
        descendInto(block)
    }
    mutating func visitImage(_ image: Image) {
        kinds.append("image")
        descendInto(.image(image))
    }
}

/// Uppercases every text run.
private struct Uppercaser: BlockRewriter {
    mutating func visitText(_ text: String) -> [Inline] { [.text(text.uppercased())] }
}

/// Uppercases headings and drops images (inline and figures).
private struct HeadingShouter: BlockRewriter {
    mutating func visitHeading(_ heading: Heading, block: Block) -> [Block] {
        var upper = Uppercaser()
        return upper.rewrite([block])
    }
    mutating func visitImage(_ image: Image) -> [Inline] { [] }
}

private let sample = Document(blocks: [
    Block(.section(Section(heading: Heading(level: 1, content: [.text("The title")]), blocks: [
        Block(.paragraph([.text("One two "), .emphasis([.text("three")]), .image(Image(source: "a.png", alt: [.text("alt word")]))])),
        Block(.figure(Figure(image: Image(source: "b.png"), caption: [.text("A caption")]))),
        Block(.list(ListBlock(ordered: false, items: [[Block(.paragraph([.link(Link(url: "u", content: [.text("four five")]))]))]]))),
        Block(.heading(Heading(level: 2, content: [.text("sub head")]))),
        Block(.table(Table(header: [TableCell(content: [.text("cell")])], rows: [[TableCell(content: [.text("six")])]]))),
    ]))),
])

@Test func walkerCountsEveryWordInDocumentOrder() {
    var counter = WordCounter()
    counter.walk(sample)
    // title 2, "One two three" 3, alt 2, caption 2, link 2, sub head 2, cells 2.
    #expect(counter.words == 15)
    #expect(counter.kinds == ["section", "h1", "image", "image", "h2"])
}

@Test func rewriterUppercasesHeadingsAndDropsImages() {
    var shouter = HeadingShouter()
    let out = shouter.rewrite(sample)
    guard case .section(let section) = out.blocks.first?.kind else { Issue.record("section lost"); return }
    #expect(section.heading.content == [.text("THE TITLE")])
    #expect(section.blocks[0].kind == .paragraph([.text("One two "), .emphasis([.text("three")])]))
    #expect(section.blocks[1].kind == .paragraph([.text("A caption")]))
    #expect(section.blocks[3].kind == .heading(Heading(level: 2, content: [.text("SUB HEAD")])))
    #expect(section.blocks.count == 5)
    var counter = WordCounter()
    counter.walk(out)
    #expect(!counter.kinds.contains("image"))
}

@Test func defaultRewriterKeepsTheTreeUnchanged() {
    struct Identity: BlockRewriter {}
    var identity = Identity()
    #expect(identity.rewrite(sample) == sample)
}

@Test func droppingASectionHeadingDissolvesTheSection() {
    struct DropTitles: BlockRewriter {
        mutating func visitHeading(_ heading: Heading, block: Block) -> [Block] { heading.level == 1 ? [] : [block] }
    }
    var dropper = DropTitles()
    let out = dropper.rewrite(sample)
    #expect(out.blocks.count == 5)
    #expect(out.blocks.first?.kind.isSection == false)
}

private extension Block.Kind {
    var isSection: Bool { if case .section = self { return true } else { return false } }
}
