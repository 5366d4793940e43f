// Unit tests of the extraction model's parts: class tokens, units, features, and pages it must not lose.
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

@Suite("HTML extraction model")
struct ExtractionModelTests {
    @Test func classNamesSplitIntoTokens() {
        #expect(ExtractionCues.tokens("two-col-sidebar-right") == ["two", "col", "sidebar", "right"])
        #expect(ExtractionCues.tokens("mainContent post_body") == ["main", "content", "post", "body"])
        #expect(ExtractionCues.tokens("sidebars") == ["sidebars"])
    }

    @Test func cueGroupsMatchTokensNotSubstrings() {
        let names = ExtractionCues.shared.names
        let sidebar = UInt32(1) << UInt32(names.firstIndex(of: "sidebar")!)
        #expect(ExtractionCues.mask(of: "two-col-sidebar-right") & sidebar != 0)
        #expect(ExtractionCues.mask(of: "sidebarish") & sidebar == 0)
    }

    @Test func unitsAreBlockElementsOwnText() {
        let html = "<html><body><div>intro <b>bold</b><p>first paragraph</p><pp-link>Home</pp-link></div></body></html>"
        let tree = HTMLTreeBuilder.parse(utf8: Array(html.utf8))
        let body = tree.first(.body)!
        let metrics = tree.nodes.map { $0.tag == .text ? ContentStatistics.measure($0.text) : (0, 0) }
        let units = ExtractionUnits(tree: tree, body: body, textMetrics: metrics)
        #expect(units.units.map(\.text) == ["intro bold Home", "first paragraph"])
    }

    @Test func featureRowsMatchTheNames() {
        let html = "<html><head><title>A page</title></head><body><nav><a href='/'>Home</a></nav><article><h1>A page</h1><p>Some text, with a comma. And a second sentence.</p></article></body></html>"
        let table = HTMLReader().extractionFeatureTable(Data(html.utf8), options: ReadOptions())
        let lines = table.split(separator: "\n")
        #expect(lines.count == 4)
        for line in lines { #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == ExtractionFeatures.names.count + 3) }
    }

    @Test func customElementMenuDoesNotReplaceTheArticle() throws {
        let menu = (1...12).map { "<pp-link>Section \($0)</pp-link>" }.joined()
        let article = (1...6).map { "<p>Paragraph \($0) of the story, long enough to read as prose, with commas, clauses and a full stop at the end.</p>" }.joined()
        let html = "<html><body><pp-nav>\(menu)</pp-nav><div class='two-col-sidebar-right'><article>\(article)</article></div></body></html>"
        let document = try HTMLReader().read(Data(html.utf8), options: ReadOptions())
        let text = String(decoding: try JSONEncoder().encode(document.blocks), as: UTF8.self)
        #expect(text.contains("Paragraph 1 of the story"))
        #expect(text.contains("Paragraph 6 of the story"))
    }

    @Test func aHiddenCopyOfTheArticleIsNotWrittenTwice() throws {
        let paragraphs = (1...6).map { "Paragraph \($0) of the story, long enough to read as prose, with commas, clauses and a full stop at the end." }
        let visible = paragraphs.map { "<p>\($0)</p>" }.joined()
        let copy = "<div style='display:none' itemscope itemtype='http://schema.org/NewsArticle'><div itemprop='articleBody'>\(paragraphs.joined(separator: " "))</div></div>"
        let html = "<html><body><article>\(visible)</article>\(copy)</body></html>"
        let document = try HTMLReader().read(Data(html.utf8), options: ReadOptions())
        let text = String(decoding: try JSONEncoder().encode(document.blocks), as: UTF8.self)
        #expect(text.components(separatedBy: "Paragraph 3 of the story").count == 2)
        #expect(document.removals.contains { $0.text.contains("Paragraph 3 of the story") })
    }

    @Test func aCardsImageGoesWithTheCardsText() throws {
        let prose = (1...6).map { "<p>Paragraph \($0) of the story, long enough to read as prose, with commas, clauses and a full stop at the end.</p>" }.joined()
        let cards = (1...8).map { "<div class='card'><a href='/p\($0)'><div class='card-image'><img src='/i\($0).jpg' alt='Picture of item \($0)'></div><div class='card-body'><h3>Item \($0)</h3><span>$\($0)9.00</span></div></a></div>" }.joined()
        let html = "<html><body><article><figure><img src='/lead.jpg' alt='Lead picture'></figure>\(prose)</article><div class='grid'>\(cards)</div></body></html>"
        let document = try HTMLReader().read(Data(html.utf8), options: ReadOptions())
        let markdown = try MarkdownWriter().write(document)
        #expect(markdown.contains("Paragraph 6 of the story"))
        for n in 1...8 {
            #expect(markdown.contains("Item \(n)") == markdown.contains("/i\(n).jpg"), "card \(n): image and title decided together")
        }
    }

    @Test func aCaptionedPictureAmidTheStoryStaysWhenItsCaptionGoes() throws {
        let prose = (1...6).map { "<p>Paragraph \($0) of the story, long enough to read as prose, with commas, clauses and a full stop at the end.</p>" }.joined()
        let picture = "<div class='wp-caption'><img src='/lead.jpg' alt='Lead picture'><p class='wp-caption-text'>Interlagos</p></div>"
        let html = "<html><body><article>\(picture)\(prose)</article></body></html>"
        let document = try HTMLReader().read(Data(html.utf8), options: ReadOptions())
        let markdown = try MarkdownWriter().write(document)
        #expect(markdown.contains("Paragraph 6 of the story"))
        #expect(markdown.contains("/lead.jpg"), "a captioned picture follows the story around it, not its one-line caption")
    }

    @Test func aPageWithTextNeverComesOutEmpty() throws {
        let items = (1...8).map { "<li class='card'><span>Item \($0): a short product line</span></li>" }.joined()
        let html = "<html><body><header><a href='/'>Shop</a></header><ul class='grid'>\(items)</ul><footer>© Shop</footer></body></html>"
        let document = try HTMLReader().read(Data(html.utf8), options: ReadOptions())
        #expect(!document.blocks.isEmpty)
    }
}

@Suite("HTML extraction model: definition lists")
struct ExtractionDefinitionListTests {
    @Test func aKeptTermKeepsItsDescription() throws {
        let prose = (1...5).map { "<p>Paragraph \($0) of the glossary page, written as prose with commas, clauses and a full stop.</p>" }.joined()
        let terms = (1...6).map { "<dt>Term \($0)</dt><dd>x</dd>" }.joined()
        let html = "<html><body><article>\(prose)<dl>\(terms)</dl>\(prose)</article></body></html>"
        let document = try HTMLReader().read(Data(html.utf8), options: ReadOptions())
        for block in document.blocks.allBlocks {
            if case .definitionList(let items) = block.kind {
                for item in items { #expect(!item.definitions.isEmpty) }
            }
        }
    }
}
