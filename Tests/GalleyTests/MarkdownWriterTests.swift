// The Markdown writer: round trips, light escaping, front matter, lists, code, tables, figures.
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

private func write(_ blocks: [Block], metadata: Metadata = Metadata()) throws -> String {
    try MarkdownWriter().write(Document(metadata: metadata, blocks: blocks), options: WriteOptions())
}

private func paragraph(_ text: String) throws -> String {
    try write([Block(.paragraph([.text(text)]))])
}

/// Markdown → model → Markdown; writing what was read back must give the same Markdown again.
private func roundTrip(_ markdown: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let out = try MarkdownWriter().write(MarkdownReader.document(fromText: markdown), options: WriteOptions())
    let again = try MarkdownWriter().write(MarkdownReader.document(fromText: out), options: WriteOptions())
    #expect(again == out, "round trip of \(markdown.debugDescription) gave \(out.debugDescription) then \(again.debugDescription)", sourceLocation: sourceLocation)
    return out
}

@Test func everydayPunctuationIsNotEscaped() throws {
    #expect(try paragraph("Hello! It costs $5, see #3 and snake_case_name [sic].") == "Hello! It costs $5, see #3 and snake_case_name [sic].\n")
    #expect(try paragraph("2 * 3 = 6, a_b, x < y, AT&T, 50% (approx.) - done + more ~ tilde") == "2 * 3 = 6, a_b, x < y, AT&T, 50% (approx.) - done + more ~ tilde\n")
    #expect(try paragraph("it`s fine") == "it`s fine\n")
}

@Test func ambiguousCharactersAreEscaped() throws {
    #expect(try paragraph("*not emphasis*") == "\\*not emphasis\\*\n")
    #expect(try paragraph("# not a heading") == "\\# not a heading\n")
    #expect(try paragraph("1. not a list") == "1\\. not a list\n")
    #expect(try paragraph("- not a bullet") == "\\- not a bullet\n")
    #expect(try paragraph("> not a quote") == "\\> not a quote\n")
    #expect(try paragraph("[not](a link)") == "[not\\](a link)\n")
    #expect(try paragraph("<div> is a tag") == "\\<div> is a tag\n")
    #expect(try paragraph("&copy; stays text") == "\\&copy; stays text\n")
    #expect(try paragraph("two `ticks` here") == "two \\`ticks\\` here\n")
    #expect(try paragraph("ends with a backslash\\") == "ends with a backslash\\\\\n")
    #expect(try paragraph("===") == "\\===\n")
}

@Test func escapingRoundTrips() throws {
    for text in ["*a* _b_ **c**", "a*b*c", "foo_bar_", "[x]: /url", "![img](x)", "<http://x.y>", "1) a", "\\*", "a  b", " lead", "trail ", "x\n\ny", "# x #", "+", "***", "``` code"] {
        let out = try paragraph(text)
        let back = MarkdownReader.document(fromText: out).blocks.map(\.kind)
        guard back.count == 1, case .paragraph(let inlines) = back[0] else {
            Issue.record("\(text.debugDescription) → \(out.debugDescription) is not one paragraph")
            continue
        }
        #expect(InlineComparison.normalized(inlines, htmlEmphasis: false, breaks: true) == [.text(text)], "\(text.debugDescription) → \(out.debugDescription)")
    }
}

@Test func structuresRoundTrip() throws {
    _ = try roundTrip("# A\n\nText with *em* and **strong** and `co`de`.\n\n- a\n- b\n  1. c\n  2. d\n\n> q\n>\n> - x\n\n```js\nlet a = 1\n```\n")
    _ = try roundTrip("- a\n- b\n\n* c\n\n1. x\n\n1) y\n")
    _ = try roundTrip("Setext *over\nlines*\n===\n")
    _ = try roundTrip("<div>\n*raw*\n</div>\n\nafter\n")
    _ = try roundTrip("[link](</a b> \"ti\\\"tle\") and [p](a(b)c) and ![i](x.png)\n")
}

@Test func adjacentListsStaySeparate() throws {
    let list = ListBlock(style: .bullet(.hyphen), items: [[Block(.paragraph([.text("a")]))]])
    #expect(try write([Block(.list(list)), Block(.list(list))]) == "- a\n\n* a\n")
}

@Test func codeFencesOutgrowTheirContent() throws {
    #expect(try write([Block(.codeBlock(CodeBlock(text: "```\nx\n")))]) == "````\n```\nx\n````\n")
    #expect(try write([Block(.codeBlock(CodeBlock(language: "py", text: "x")))]) == "```py\nx\n```\n")
}

@Test func frontMatterHasAFixedOrderAndQuotedStrings() throws {
    let meta = Metadata(title: "A \"B\": C", authors: ["X", "Y"], language: "en", published: "2020-01-02", keywords: ["k"])
    let out = try write([Block(.paragraph([.text("x")]))], metadata: meta)
    #expect(out == "---\ntitle: \"A \\\"B\\\": C\"\nauthor:\n  - \"X\"\n  - \"Y\"\nlang: \"en\"\ndate: \"2020-01-02\"\nkeywords:\n  - \"k\"\n\n---\n\nx\n")
    #expect(MarkdownReader.document(fromText: out).metadata == meta)
    let none = try MarkdownWriter().write(Document(metadata: meta, blocks: []), options: WriteOptions(frontMatter: false))
    #expect(none.isEmpty)
}

@Test func tablesArePipeTablesUnlessCellsAreMerged() throws {
    let table = Table(alignments: [.left, .right], header: [TableCell(content: [.text("a|b")]), TableCell(content: [.text("n")])],
                      rows: [[TableCell(content: [.emphasis([.text("x")])]), TableCell(content: [.text("1")])]])
    #expect(try write([Block(.table(table))]) == "| a\\|b | n |\n| :--- | ---: |\n| *x* | 1 |\n")
    var merged = table
    merged.rows = [[TableCell(content: [.text("wide")], colspan: 2)]]
    let html = try write([Block(.table(merged))])
    #expect(html.hasPrefix("<table>") && html.contains("<td colspan=\"2\" align=\"left\">wide</td>"))
}

@Test func figuresAndDefinitionListsHaveAPlainRendering() throws {
    let figure = Figure(image: Image(source: "a.png", alt: [.text("A")]), caption: [.text("The caption")])
    #expect(try write([Block(.figure(figure))]) == "![A](a.png)\n\n*The caption*\n")
    let dl = DefinitionItem(term: [.text("Term")], definitions: [[Block(.paragraph([.text("Meaning")]))]])
    #expect(try write([Block(.definitionList([dl]))]) == "**Term**\n\nMeaning\n")
}

@Test func sectionsAreFlattenedToATXHeadings() throws {
    let section = Section(heading: Heading(level: 2, id: "s", content: [.text("S")]), blocks: [Block(.paragraph([.text("x")]))])
    #expect(try write([Block(.section(section))]) == "## S\n\nx\n")
}

@Test func emphasisThatCannotFlankBecomesHTMLAloneAndOthersStayMarkdown() throws {
    let inlines: [Inline] = [.emphasis([.text("ok")]), .text(" and "), .strong([.text("\"")]), .text("The end")]
    #expect(try write([Block(.paragraph(inlines))]) == "*ok* and <strong>\"</strong>The end\n")
}

@Test func adjacentEmphasisAlternatesDelimitersAndEdgeSpaceMovesOut() throws {
    #expect(try write([Block(.paragraph([.emphasis([.text("a")]), .emphasis([.text("b")])]))]) == "*a*_b_\n")
    #expect(try write([Block(.paragraph([.text("x"), .strong([.text("\u{A0}[NOTE]")])]))]) == "x\u{A0}**[NOTE]**\n")
}
