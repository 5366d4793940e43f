// The pandoc JSON writer (Sources/GalleyWriters/PandocJSON): what it writes for each block and inline, and the round trip.
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
    metadata: Metadata(title: "T", authors: ["A. Writer", "B"], language: "en", published: "2020-01-02", keywords: ["k"]),
    blocks: [
        Block(.heading(Heading(level: 1, id: "t", content: [.text("T")]))),
        Block(.paragraph([.text("Hello  big "), .emphasis([.text("world")]), .lineBreak, .link(Link(url: "https://x.org", title: "X", content: [.code("x")])), .softBreak, .rawHTML("<b>"), .strong([.text("s")])])),
        Block(.list(ListBlock(style: .ordered(.paren), start: 3, tight: false, items: [[Block(.paragraph([.text("one")]))], [Block(.codeBlock(CodeBlock(language: "swift", text: "let x = 1\n")))]]))),
        Block(.list(ListBlock(ordered: false, tight: true, items: [[Block(.paragraph([.text("a")]))], [Block(.paragraph([.text("b")]))]]))),
        Block(.table(Table(alignments: [.left, .right], header: [TableCell(content: [.text("a")]), TableCell(content: [.text("b")])], rows: [[TableCell(content: [.text("1")], colspan: 2)]], caption: [.text("cap")]))),
        Block(.figure(Figure(image: Image(source: "a.png", alt: [.text("alt")]), caption: [.text("caption")]))),
        Block(.blockQuote([Block(.thematicBreak), Block(.rawHTML("<div>x</div>"))])),
        Block(.definitionList([DefinitionItem(term: [.text("term")], definitions: [[Block(.paragraph([.strike([.text("d")])]))]])])),
    ],
    removals: [Removal(stage: .pass("navigation-artifacts"), reason: .navigationLine, text: "Back to top")]
)

private extension Inline {
    static func strike(_ c: [Inline]) -> Inline { .strikethrough(c) }
}

@Test func pandocJSONWritesTheAPIVersionMetadataAndBlocks() throws {
    let json = try PandocJSONWriter().write(sample, options: WriteOptions())
    #expect(json.hasPrefix("{\"pandoc-api-version\":[1,22,2,1],\"meta\":{\"author\":{\"t\":\"MetaList\""))
    #expect(json.hasSuffix("}\n"))
    for piece in [
        "\"lang\":{\"t\":\"MetaInlines\",\"c\":[{\"t\":\"Str\",\"c\":\"en\"}]}",
        "\"date\":{\"t\":\"MetaInlines\",\"c\":[{\"t\":\"Str\",\"c\":\"2020-01-02\"}]}",
        "{\"t\":\"Header\",\"c\":[1,[\"t\",[],[]],[{\"t\":\"Str\",\"c\":\"T\"}]]}",
        "{\"t\":\"Str\",\"c\":\"Hello\"},{\"t\":\"Space\"},{\"t\":\"Str\",\"c\":\"big\"},{\"t\":\"Space\"},{\"t\":\"Emph\"",
        "{\"t\":\"LineBreak\"}", "{\"t\":\"SoftBreak\"}", "{\"t\":\"RawInline\",\"c\":[\"html\",\"<b>\"]}",
        "{\"t\":\"Link\",\"c\":[[\"\",[],[]],[{\"t\":\"Code\",\"c\":[[\"\",[],[]],\"x\"]}],[\"https://x.org\",\"X\"]]}",
        "{\"t\":\"OrderedList\",\"c\":[[3,{\"t\":\"Decimal\"},{\"t\":\"OneParen\"}],[[{\"t\":\"Para\"",
        "{\"t\":\"BulletList\",\"c\":[[{\"t\":\"Plain\",\"c\":[{\"t\":\"Str\",\"c\":\"a\"}]}]",
        "{\"t\":\"CodeBlock\",\"c\":[[\"\",[\"swift\"],[]],\"let x = 1\"]}",
        "[{\"t\":\"AlignLeft\"},{\"t\":\"ColWidthDefault\"}],[{\"t\":\"AlignRight\"},{\"t\":\"ColWidthDefault\"}]",
        "[[\"\",[],[]],{\"t\":\"AlignDefault\"},1,2,[{\"t\":\"Plain\",\"c\":[{\"t\":\"Str\",\"c\":\"1\"}]}]]",
        "[null,[{\"t\":\"Plain\",\"c\":[{\"t\":\"Str\",\"c\":\"cap\"}]}]]",
        "{\"t\":\"Para\",\"c\":[{\"t\":\"Image\",\"c\":[[\"\",[],[[\"alt\",\"alt\"]]],[{\"t\":\"Str\",\"c\":\"caption\"}],[\"a.png\",\"fig:\"]]}]}",
        "{\"t\":\"HorizontalRule\"}", "{\"t\":\"RawBlock\",\"c\":[\"html\",\"<div>x</div>\"]}",
        "{\"t\":\"DefinitionList\"", "{\"t\":\"Strikeout\"", "\"galley-removals\"",
    ] {
        #expect(json.contains(piece), "missing \(piece)")
    }
}

@Test func pandocJSONRoundTripsThroughTheReader() throws {
    let json = try PandocJSONWriter().write(sample, options: WriteOptions())
    let back = try PandocJSONReader().read(Data(json.utf8), options: ReadOptions())
    #expect(back.metadata == sample.metadata)
    #expect(back.removals == sample.removals)
    var expected = sample.blocks
    expected[1] = Block(.paragraph([.text("Hello big "), .emphasis([.text("world")]), .lineBreak, .link(Link(url: "https://x.org", title: "X", content: [.code("x")])), .softBreak, .rawHTML("<b>"), .strong([.text("s")])]))
    #expect(back.blocks == expected)
    #expect(back.warnings.isEmpty)
    // Writing what was read gives the same bytes.
    #expect(try PandocJSONWriter().write(back, options: WriteOptions()) == json)
}

@Test func shortTableRowsArePaddedToTheColumnCount() throws {
    // Three columns; the second body row is one cell short, the third is covered from above by a rowspan.
    let table = Table(alignments: [], header: [TableCell(content: [.text("a")]), TableCell(content: [.text("b")]), TableCell(content: [.text("c")])],
                      rows: [[TableCell(content: [.text("1")], rowspan: 2), TableCell(content: [.text("2")]), TableCell(content: [.text("3")])],
                             [TableCell(content: [.text("4")]), TableCell(content: [.text("5")])],
                             [TableCell(content: [.text("6")])]],
                      caption: nil)
    let json = try PandocJSONWriter().write(Document(blocks: [Block(.table(table))]), options: WriteOptions())
    let value = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let blocks = try #require(value["blocks"] as? [[String: Any]])
    let content = try #require(blocks.first?["c"] as? [Any])
    let bodies = try #require(content[4] as? [[Any]])
    let rows = try #require(bodies.first?[3] as? [[Any]])
    let widths = rows.map { ($0[1] as? [Any])?.count ?? -1 }
    #expect(widths == [3, 2, 3], "row 2 is covered by the rowspan; row 3 gets two empty cells")
}
