// The JSON writer: schema field, round trip through Codable, determinism.
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

private let sample = Document(
    metadata: Metadata(title: "T", authors: ["A. Writer"], language: "en"),
    blocks: [
        Block(.heading(Heading(level: 1, id: "t", content: [.text("T")])), span: SourceSpan(startLine: 1)),
        Block(.paragraph([.text("Hello "), .emphasis([.text("world")]), .lineBreak, .link(Link(url: "https://x.org", title: "X", content: [.code("x")]))])),
        Block(.list(ListBlock(ordered: true, start: 3, tight: false, items: [[Block(.paragraph([.text("one")]))], [Block(.codeBlock(CodeBlock(language: "swift", text: "let x = 1\n")))]]))),
        Block(.table(Table(alignments: [.left, .right], header: [TableCell(content: [.text("a")]), TableCell(content: [.text("b")])], rows: [[TableCell(content: [.text("1")], colspan: 2)]]))),
        Block(.figure(Figure(image: Image(source: "a.png", alt: [.text("alt")]), caption: [.text("cap")]))),
        Block(.blockQuote([Block(.thematicBreak), Block(.rawHTML("<div>x</div>"))])),
        Block(.definitionList([DefinitionItem(term: [.text("term")], definitions: [[Block(.paragraph([.strong([.text("d")])]))]])])),
    ],
    removals: [Removal(stage: .pass("s"), reason: .other("r"), text: "gone", span: SourceSpan(startLine: 2, endLine: 3))],
    warnings: ["w"]
)

@Test func jsonCarriesTheSchemaVersionAndRoundTrips() throws {
    let json = try JSONWriter().write(sample, options: WriteOptions())
    #expect(json.contains("\"schema\" : \"galley-document/1\""))
    let back = try JSONWriter.document(from: Data(json.utf8))
    #expect(back == sample)
}

@Test func jsonIsDeterministic() throws {
    let a = try JSONWriter().write(sample, options: WriteOptions())
    let b = try JSONWriter().write(JSONWriter.document(from: Data(a.utf8)), options: WriteOptions())
    #expect(a == b)
}

@Test func sectionsAreWrittenNestedAndReadBackFlat() throws {
    let flat = Passes.run(Passes.structural, on: sample)
    #expect(!flat.blocks.contains { if case .section = $0.kind { true } else { false } }, "no pass stores sections")
    let json = try JSONWriter().write(flat, options: WriteOptions())
    #expect(json.contains("\"type\" : \"section\""))
    #expect(try JSONWriter.document(from: Data(json.utf8)) == flat)
    // A document that already holds sections (built in code) is written the same way.
    var nested = flat
    nested.blocks = makeSections(flat.blocks)
    #expect(try JSONWriter().write(nested, options: WriteOptions()) == json)
}
