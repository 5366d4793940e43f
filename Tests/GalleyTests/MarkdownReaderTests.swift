// The Markdown reader: cmark nodes mapped onto the model, spans, front matter, decoding.
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

private func read(_ markdown: String) throws -> Document {
    try MarkdownReader().read(Data(markdown.utf8), options: ReadOptions())
}

@Test func blocksAndInlinesAreMapped() throws {
    let doc = try read("# Title\n\nSome *em* **strong** `code` [l](u \"t\") ![a](i.png) <b>x</b>  \nnext\nline\n\n> quoted\n\n***\n\n<div>\nraw\n</div>\n")
    #expect(doc.blocks.count == 5)
    #expect(doc.blocks[0] == Block(.heading(Heading(level: 1, content: [.text("Title")])), span: SourceSpan(startLine: 1, startByte: 0, endByte: 7)))
    #expect(doc.blocks[1].kind == .paragraph([
        .text("Some "), .emphasis([.text("em")]), .text(" "), .strong([.text("strong")]), .text(" "), .code("code"), .text(" "),
        .link(Link(url: "u", title: "t", content: [.text("l")])), .text(" "), .image(Image(source: "i.png", alt: [.text("a")])), .text(" "),
        .rawHTML("<b>"), .text("x"), .rawHTML("</b>"), .lineBreak, .text("next"), .softBreak, .text("line"),
    ]))
    #expect(doc.blocks[1].span == SourceSpan(startLine: 3, endLine: 5, startByte: 9, endByte: 80))  // whole lines, by byte
    #expect(doc.blocks[2].kind == .blockQuote([Block(.paragraph([.text("quoted")]), span: SourceSpan(startLine: 7, startByte: 82, endByte: 90))]))
    #expect(doc.blocks[3].kind == .thematicBreak)
    #expect(doc.blocks[4].kind == .rawHTML("<div>\nraw\n</div>\n"))
}

@Test func listsKeepTheirMarkersStartAndTightness() throws {
    let doc = try read("3) a\n4) b\n\n+ x\n\n+ y\n")
    guard case .list(let ordered) = doc.blocks[0].kind, case .list(let bullets) = doc.blocks[1].kind else {
        Issue.record("expected two lists")
        return
    }
    #expect(ordered.style == .ordered(.paren) && ordered.start == 3 && ordered.tight && ordered.items.count == 2)
    #expect(bullets.style == .bullet(.plus) && !bullets.tight)
}

@Test func codeBlocksKeepLanguageInfoAndKind() throws {
    let doc = try read("```swift linenums\nlet x = 1\n```\n\n    indented\n\n````\n```\n````\n")
    #expect(doc.blocks[0].kind == .codeBlock(CodeBlock(language: "swift", info: "swift linenums", text: "let x = 1\n")))
    #expect(doc.blocks[1].kind == .codeBlock(CodeBlock(text: "indented\n", indented: true)))
    #expect(doc.blocks[2].kind == .codeBlock(CodeBlock(text: "```\n")))
}

@Test func frontMatterBecomesMetadataAndSpansCountItsLines() throws {
    let doc = try read("---\ntitle: \"A: B\"\nauthor:\n  - Ann\n  - Bob\nlang: fr\ndate: 2020-05-01\ntags: x, y\nextra: 1\n---\n# Body\n")
    #expect(doc.metadata.title == "A: B")
    #expect(doc.metadata.authors == ["Ann", "Bob"])
    #expect(doc.metadata.language == "fr")
    #expect(doc.metadata.published == "2020-05-01")
    #expect(doc.metadata.keywords == ["x", "y"])
    #expect(doc.warnings.contains { $0.contains("extra") })
    #expect(doc.blocks == [Block(.heading(Heading(level: 1, content: [.text("Body")])), span: SourceSpan(startLine: 11, startByte: 92, endByte: 98))])
}

@Test func malformedFrontMatterIsKeptWithAWarning() throws {
    let doc = try read("---\ntitle: [unclosed\n---\ntext\n")
    #expect(doc.metadata.title == nil)
    #expect(doc.warnings.contains { $0.contains("not valid YAML") })
    #expect(doc.blocks.first?.kind == .thematicBreak)
}

@Test func rulesAroundPlainTextAreNotFrontMatter() throws {
    let doc = try read("---\nFoo\n---\n")
    #expect(doc.metadata == Metadata())
    #expect(doc.blocks.count == 2)
}

@Test func utf16InputIsDecoded() throws {
    var data = Data([0xFF, 0xFE])
    data.append("# Café".data(using: .utf16LittleEndian)!)
    let doc = try MarkdownReader().read(data, options: ReadOptions())
    #expect(doc.blocks.first?.kind == .heading(Heading(level: 1, content: [.text("Café")])))
}

@Test func scriptURLsAreDroppedAndRecorded() throws {
    let doc = try read("[click](javascript:alert(1)) ![pic](vbscript:x) [ok](https://x.org)\n")
    #expect(doc.blocks.first?.kind == .paragraph([.text("click pic "), .link(Link(url: "https://x.org", content: [.text("ok")]))]))
    #expect(doc.removals.map(\.reason) == [.unsafeLinkURL, .unsafeImageURL])
}
