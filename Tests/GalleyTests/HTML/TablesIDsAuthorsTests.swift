// Issue 15, item 6: tfoot after the body, headerless tables as HTML in Markdown, Unicode slugs, author labels.
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

private let article = """
<html><head><meta name="author" content="%@"></head><body><article><h1>Title</h1>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>
%@
<p>More text here that is long enough to count as a paragraph in the extraction scoring, with commas, and more.</p>
</article></body></html>
"""

private func read(author: String = "A. Writer", body: String = "") throws -> Document {
    let html = String(format: article, author, body)
    return try HTMLReader().read(Data(html.utf8), options: ReadOptions())
}

private func firstTable(_ document: Document) -> Table? {
    for block in document.blocks.allBlocks { if case .table(let table) = block.kind { return table } }
    return nil
}

@Test func tfootRowsComeAfterTheBodyWhereverTheyStand() throws {
    let table = "<table><thead><tr><th>k</th><th>v</th></tr></thead><tfoot><tr><td>Total</td><td>3</td></tr></tfoot>"
        + "<tbody><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></tbody></table>"
    let found = try #require(firstTable(try read(body: table)))
    #expect(found.header?.map { $0.content.plainText } == ["k", "v"])
    #expect(found.rows.map { $0.map { $0.content.plainText } } == [["a", "1"], ["b", "2"], ["Total", "3"]])
}

@Test func headerlessTablesAreHTMLTablesInMarkdown() throws {
    let headerless = Table(rows: [[TableCell(content: [.text("a")]), TableCell(content: [.text("1")])], [TableCell(content: [.text("b")]), TableCell(content: [.text("2")])]])
    let markdown = try MarkdownWriter().write(Document(blocks: [Block(.table(headerless))]), options: WriteOptions(frontMatter: false))
    #expect(markdown.hasPrefix("<table>"))
    #expect(!markdown.contains("|  |"))
    var withHeader = headerless
    withHeader.header = [TableCell(content: [.text("k")]), TableCell(content: [.text("v")])]
    let pipe = try MarkdownWriter().write(Document(blocks: [Block(.table(withHeader))]), options: WriteOptions(frontMatter: false))
    #expect(pipe.hasPrefix("| k | v |"))
}

@Test func slugsKeepTheLettersOfEveryScript() {
    #expect(HeadingIDPass.slug("Заголовок статьи") == "заголовок-статьи")
    #expect(HeadingIDPass.slug("Αρχική σελίδα") == "αρχική-σελίδα")
    #expect(HeadingIDPass.slug("数据表 2024") == "数据表-2024")
    #expect(HeadingIDPass.slug("हिन्दी भाषा") == "हिन्दी-भाषा")
    #expect(HeadingIDPass.slug("Café & Co") == "cafe-co", "accented Latin still folds, as before")
    #expect(HeadingIDPass.slug("Ｆｕｌｌ ｗｉｄｔｈ") == "full-width")
    #expect(HeadingIDPass.slug("٢٠٢٤ سنة") == "s-٢٠٢٤-سنة")
    #expect(HeadingIDPass.slug("→ ✓ ×") == "section", "symbols and arrows are not kept")
}

@Test func authorLabelsAreStrippedAndTheRawValueKept() throws {
    for (raw, name) in [("By Jane Doe", "Jane Doe"), ("Текст: Иван Петров", "Иван Петров"), ("Author: A. B.", "A. B."),
                        ("von Max Muster", "Max Muster"), ("Byron Smith", "Byron Smith"), ("Texto : Ana Lima", "Ana Lima")] {
        let document = try read(author: raw)
        #expect(document.metadata.authors == [name], "\(raw)")
        let kept = document.removals.filter { $0.reason == .authorLabel }.map(\.text)
        #expect(kept == (raw == name ? [] : [raw]), "\(raw)")
    }
}

@Test func defaultsFilesBecomeArguments() throws {
    let arguments = try CommandDefaults.arguments(fromYAML: "to: [markdown, json]\njobs: 2\nquiet: true\nforce: false\nmetadata:\n  lang: de\n")
    #expect(arguments == ["--to", "markdown,json", "--jobs", "2", "--quiet", "--metadata", "lang=de"])
    #expect(throws: GalleyError.self) { try CommandDefaults.arguments(fromYAML: "- not a mapping\n") }
    #expect(throws: GalleyError.self) { try CommandDefaults.arguments(fromYAML: "bad key!: 1\n") }
}
