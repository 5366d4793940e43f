// Unit tests for the normalization passes.
import Foundation
import Testing
@testable import Galley
@testable import GalleyModel
@testable import GalleySupport
@testable import GalleyReaders
@testable import GalleyPasses
@testable import GalleyWriters
@testable import GalleyPipeline
@testable import GalleyBook
@testable import GalleyBatch

private func heading(_ level: Int, _ text: String) -> Block { Block(.heading(Heading(level: level, content: [.text(text)]))) }
private func para(_ text: String) -> Block { Block(.paragraph([.text(text)])) }
private func levels(_ blocks: [Block]) -> [Int] { blocks.flatteningSections.compactMap(\.headingLevel) }

@Test func navigationLinesAreRemovedAndReported() {
    let doc = Document(blocks: [heading(2, "Topic  (Top)"), para("Back to top"), para("Body text.")])
    let out = NavigationArtifactPass.pass.transform(doc)
    #expect(out.blocks == [heading(2, "Topic"), para("Body text.")])
    #expect(out.removals.map(\.reason) == [.backLinkMarker, .navigationLine])
}

@Test func repeatedLinesCollapseToOne() {
    let doc = Document(blocks: [para("Same"), para("Same"), heading(2, "Same"), para("Other")])
    let out = RepeatedBlockPass.pass.transform(doc)
    #expect(out.blocks == [heading(2, "Same"), para("Other")])
    #expect(out.removals.count == 2)
}

@Test func repeatedLinesCompareCaseBlindAndCanonically() {
    // Pairs that read the same once lower-cased (String equality is canonical equivalence), and
    // pairs that differ only in a way the pass's quick signatures must not hide or invent.
    let same = [("The  Title", "the title"), ("Été 2019", "e\u{301}té 2019"), ("\u{212A}elvin", "kelvin"),
                ("a \u{2260} b", "a =\u{338} b"), ("\u{130}stanbul", "i\u{307}stanbul"), ("Ж;ж", "ж\u{37E}ж")]
    for (a, b) in same {
        let out = RepeatedBlockPass.pass.transform(Document(blocks: [para(a), para(b)]))
        #expect(out.blocks.count == 1, "\(a) / \(b)")
    }
    let different = [("The title", "The title."), ("Жук 1", "Жук 2"), ("abc", "abd"), ("é", "è")]
    for (a, b) in different {
        let out = RepeatedBlockPass.pass.transform(Document(blocks: [para(a), para(b)]))
        #expect(out.blocks.count == 2, "\(a) / \(b)")
    }
}

@Test func severalLevelOneHeadingsKeepOnlyTheFirst() {
    let doc = Document(blocks: [heading(1, "Title"), heading(1, "Chapter"), heading(2, "Part")])
    #expect(levels(TitlePass.pass.transform(doc).blocks) == [1, 2, 3])
}

@Test func titleIsInsertedFromMetadataWhenNoHeadingReadsAsTitle() {
    let doc = Document(metadata: Metadata(title: "T"), blocks: [heading(2, "A"), para("x"), heading(2, "B")])
    let out = TitlePass.pass.transform(doc)
    #expect(levels(out.blocks) == [1, 2, 2])
}

@Test func skippedLevelsAreClosed() {
    let doc = Document(blocks: [heading(1, "T"), heading(3, "A"), heading(5, "B"), heading(3, "C"), heading(2, "D"), heading(4, "E")])
    #expect(levels(HeadingLevelPass.pass.transform(doc).blocks) == [1, 2, 3, 2, 2, 3])
}

@Test func headingIDsAreSlugsMadeUnique() {
    let doc = Document(blocks: [heading(1, "What is Socialism?"), heading(2, "Café & Co"), heading(2, "café & co"), heading(2, "2024")])
    let ids = HeadingIDPass.pass.transform(doc).blocks.compactMap { block -> String? in
        if case .heading(let h) = block.kind { return h.id }
        return nil
    }
    #expect(ids == ["what-is-socialism", "cafe-co", "cafe-co-1", "s-2024"])
}

@Test func sectionsNestByLevelAndFlattenBack() {
    let flat = [para("intro"), heading(1, "T"), para("a"), heading(2, "S"), para("b"), heading(2, "U")]
    let nested = makeSections(flat)
    #expect(makeSections(nested) == nested, "sections already there are rebuilt the same")
    #expect(nested.count == 2)
    guard case .section(let top) = nested[1].kind else { Issue.record("no section"); return }
    #expect(top.blocks.count == 3)
    #expect(nested.flatteningSections == flat)
}

@Test func asciiSlugsSkipFoundationFoldingWithTheSameResult() {
    var random = SeededRandom(state: 5)
    let pieces = ["What", "is", " ", "SOCIALISM", "?", "1", "2.0", "don't", "-", "_", "Ünder", "\t", "A&B", "(Top)", "x"]
    for _ in 0..<2_000 {
        let text = (0..<random.next(8)).map { _ in pieces[random.next(pieces.count)] }.joined()
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX")).lowercased()
        #expect(folded == text.lowercased(), "\(text)")
    }
    #expect(HeadingIDPass.slug("Ünder the Élan") == "under-the-elan", "non-ASCII text still folds accents")
}

@Test func noPassStoresSections() throws {
    let markdown = "# Title\n\nintro\n\n## One\n\ntext\n\n> ## quoted\n\n### Deeper\n\nmore\n"
    let html = "<html><body><article><h1>Title</h1><p>intro text of the page</p><h2>One</h2><p>text under one</p></article></body></html>"
    for (input, format) in [(markdown, InputFormat.markdown), (html, .html), ("TITLE\n\nSome text here.\n\n1. First\n\nMore text.\n", .text)] {
        for normalize in [true, false] {
            let document = try Converter.document(from: Data(input.utf8), format: format, options: ConversionOptions(normalize: normalize))
            #expect(!document.blocks.allBlocks.contains { if case .section = $0.kind { true } else { false } }, "\(format) normalize \(normalize)")
        }
    }
}
