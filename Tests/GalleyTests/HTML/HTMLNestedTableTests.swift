// Tables inside tables: each cell is built once (linear time), and no cell's text is lost.
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

@Suite("HTML nested tables")
struct HTMLNestedTableTests {
    /// The Markdown output followed by the text of every recorded removal (extraction may drop
    /// outer tables as page layout, but must say so).
    private func markdown(_ html: String, wholePage: Bool) throws -> String {
        let options = ConversionOptions(read: ReadOptions(wholePage: wholePage))
        let document = try Converter.document(from: Data(html.utf8), format: .html, options: options)
        let text = try Writers.writer(for: .markdown).write(document, options: WriteOptions())
        return ([text] + document.removals.map(\.text)).joined(separator: "\n")
    }

    /// Was exponential in the depth (2^40 cell builds); every level's two cells must survive.
    @Test(arguments: [false, true]) func closedTablesFortyDeepKeepEveryCell(wholePage: Bool) throws {
        let depth = 40
        var html = "<html><body>"
        // Cells of 25 characters or more: extraction drops shorter innermost tables as empty wrappers.
        for level in 0..<depth { html += "<table><tr><td>open\(level) of the nested tables, " }
        html += "innermost"
        for level in (0..<depth).reversed() { html += "</td><td>second\(level) of the nested tables</td></tr></table>" }
        html += "</body></html>"
        let text = try markdown(html, wholePage: wholePage)
        for level in 0..<depth {
            #expect(text.contains("open\(level)"))
            #expect(text.contains("second\(level)"))
        }
        #expect(text.contains("innermost"))
    }

    @Test func unclosedTablesKeepEveryCell() throws {
        let count = 400
        let html = (0..<count).map { "<table><tr><td>cell\($0)x" }.joined()
        let text = try markdown(html, wholePage: true)
        for n in 0..<count { #expect(text.contains("cell\(n)x")) }
    }

    @Test func paragraphsFormattingAndTablesMixed() throws {
        let html = String(repeating: "<p><b><i><table><tr><td>cell<td>cell2<p>para<li>item", count: 200)
        let text = try markdown(html, wholePage: true)
        for word in ["cell", "cell2", "para", "item"] {
            #expect(text.components(separatedBy: word).count - 1 >= 200, "\(word)")
        }
    }

    /// A data table (no nested table) is still a table, with its caption, header and alignment.
    @Test func definitionTermsInACellAreKept() throws {
        // A table of contents made of `<dt>` links in a data table's cell (go.dev's tutorials): the
        // terms stay in the cell as lines (a cell holds inlines; nothing of them is dropped).
        let html = """
            <table class="unruled"><tbody><tr><th colspan="2">Table of Contents</th></tr>
            <tr><td class="first"><dl><dt><a href="#a">Prerequisites</a></dt><dt><a href="#b">Install Go</a></dt></dl></td><td><dl></dl></td></tr>
            </tbody></table>
            """
        let document = try Converter.document(from: Data(html.utf8), format: .html, options: ConversionOptions(read: ReadOptions(wholePage: true)))
        let cells = document.blocks.allBlocks.compactMap { block -> Table? in
            if case .table(let table) = block.kind { return table }
            return nil
        }.first?.rows.first?.map(\.content.plainText) ?? []
        #expect(cells.first?.contains("Prerequisites") == true)
        #expect(cells.first?.contains("Install Go") == true)
    }

    @Test func dataTableStillBuilt() throws {
        let html = """
            <table><caption>Scores</caption><tr><th>Name</th><th align="right">Score</th></tr>
            <tr><td>Ann</td><td>3</td></tr><tr><td>Bob</td><td>5</td></tr></table>
            """
        let document = try Converter.document(from: Data(html.utf8), format: .html, options: ConversionOptions(read: ReadOptions(wholePage: true)))
        let tables = document.blocks.allBlocks.compactMap { block -> Table? in
            if case .table(let table) = block.kind { return table }
            return nil
        }
        #expect(tables.count == 1)
        #expect(tables.first?.header?.count == 2)
        #expect(tables.first?.rows.count == 2)
        #expect(tables.first?.alignments == [.none, .right])
        #expect(tables.first?.caption?.plainText == "Scores")
    }
}
