// Elements the HTML tree leaves out (Sources/GalleyReaders/HTML/HTMLDroppedElements.swift): their text is recorded.
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

@Test func formControlsEmbedsSVGAndNoscriptAreRecordedNotLost() throws {
    let html = """
    <html><body><article><p>A paragraph long enough to be the article, about the harbour and its lights.</p>
    <button>Open menu</button><select><option>Newest</option><option>Oldest</option></select>
    <svg><title>Harbour map</title></svg><noscript>Turn on scripts</noscript><iframe>Watch it</iframe>
    <script>var hidden = "not text";</script><style>p { color: red }</style>
    </article></body></html>
    """
    let document = try Converter.document(from: Data(html.utf8), format: .html, options: ConversionOptions(read: ReadOptions(wholePage: true)))
    let recorded = document.removals.filter { $0.stage == .htmlReader }
    #expect(recorded.map(\.reason) == [.formControl, .formControl, .svgGraphic, .noscriptFallback, .embeddedContent])
    #expect(recorded.map(\.text) == ["Open menu", "Newest Oldest", "Harbour map", "Turn on scripts", "Watch it"])
    #expect(recorded.allSatisfy { $0.span?.startLine == 2 || $0.span?.startLine == 3 })
    #expect(!document.removals.contains { $0.text.contains("not text") || $0.text.contains("color") })
}

@Test func elementsWithoutTextLeaveNoRecord() throws {
    let html = "<html><body><p>Text.</p><video src=a.mp4></video><canvas></canvas><button> </button></body></html>"
    let document = try Converter.document(from: Data(html.utf8), format: .html, options: ConversionOptions(read: ReadOptions(wholePage: true)))
    #expect(document.removals.isEmpty)
}

@Test func contentOutsideTableRowsListItemsAndFigureCaptionsIsRecorded() throws {
    let html = """
    <html><body>
    <table><tbody><td>orphan cell</td><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></tbody></table>
    <dl><h3>Fri, 6 Mar</h3><dt>Term</dt><dd>Definition</dd></dl>
    <figure><img src="a.jpg"><span>6</span><figcaption>The caption</figcaption></figure>
    <table role="presentation"><caption>Scores explained</caption><tr><td>left</td><td>right</td></tr></table>
    </body></html>
    """
    let document = try Converter.document(from: Data(html.utf8), format: .html, options: ConversionOptions(read: ReadOptions(wholePage: true)))
    let recorded = Dictionary(document.removals.map { ($0.reason, $0.text) }, uniquingKeysWith: { a, b in a + " | " + b })
    #expect(recorded[.outsideTableRows] == "orphan cell")
    #expect(recorded[.outsideDefinitionListItems] == "Fri, 6 Mar")
    #expect(recorded[.figureOverlayText] == "6")
    #expect(recorded[.captionOfATableReadAsBlocks] == "Scores explained")
}

@Test func aButtonLeftOpenByTheParserKeepsTheRestOfThePage() throws {
    // libxml2 ignores `</button>` while the `<div>` opened inside it is open, so the article
    // below nests inside the button; the page must not be dropped with it as a form control.
    let story = (1...6).map { "Paragraph \($0) tells how the harbour lights were restored, stone by stone, over a long winter." }
    let html = """
    <html><head><title>Harbour lights</title></head><body>
    <header><div><button class="menu"><div><svg><use href="#menu"></use></svg><div></button></div><a href="/">Home</a></div></header>
    <main><article><h1>Harbour lights</h1>\(story.map { "<p>\($0)</p>" }.joined())<button>Share</button></article></main>
    <footer><p>© Harbour Trust</p></footer></body></html>
    """
    let document = try Converter.document(from: Data(html.utf8), format: .html)
    let markdown = try MarkdownWriter().write(document)
    for paragraph in story { #expect(markdown.contains(paragraph)) }
    #expect(document.removals.contains { $0.reason == .formControl && $0.text == "Share" }, "a real button inside the page is still left out")
    #expect(!document.removals.contains { $0.reason == .formControl && $0.text.contains("Paragraph") })
}

@Test func aVideoFallbackParagraphIsStillLeftOut() throws {
    let html = "<html><body><article><p>Text of the page, long enough.</p><video src=a.mp4><p>Your browser cannot play this video.</p></video></article></body></html>"
    let document = try Converter.document(from: Data(html.utf8), format: .html, options: ConversionOptions(read: ReadOptions(wholePage: true)))
    #expect(document.removals.map(\.text) == ["Your browser cannot play this video."])
}

@Test func contentAfterAnEarlyEndOfBodyOrHTMLIsInTheBody() throws {
    // A template that closes the page before its article: browsers show what follows in the body;
    // libxml2 puts it beside the body or under a second `html` root, where the extraction never looked.
    let story = (1...5).map { "Paragraph \($0) explains how outsourcing payroll frees a small team's time for its own customers." }
    let html = """
    <html><head><title>Payroll</title></head><body><header><nav><a href="/">Home</a> <a href="/blog">Blog</a></nav></header>
    </body></html>
    <div class="post"><article><h1>Payroll, outsourced</h1>\(story.map { "<p>\($0)</p>" }.joined())</article></div>
    <footer><p>© Payroll Co</p></footer></body></html>
    """
    let document = try Converter.document(from: Data(html.utf8), format: .html)
    let markdown = try MarkdownWriter().write(document)
    for paragraph in story { #expect(markdown.contains(paragraph)) }
    var tree = HTMLTreeBuilder.parse(utf8: Array(html.utf8))
    let body = try #require(tree.first(.body))
    #expect(tree.nodes.filter { $0.tag == .html }.count == 1 && tree.nodes.filter { $0.tag == .body }.count == 1)
    #expect(tree.nodes.indices.filter { tree.nodes[$0].tag == .footer }.allSatisfy { tree.nodes[$0].parent == body })
    tree = HTMLTreeBuilder.parse(utf8: Array("<p>only</p>".utf8))
    #expect(tree.first(.body) != nil)
}
