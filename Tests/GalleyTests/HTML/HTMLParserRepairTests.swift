// Where libxml2 2.9's tree differs from an HTML5 parser's and the tree copy repairs it
// (HTMLSwallowedContent, HTMLAfterBody, HTMLOverrunHeading): no page content is lost to it.
import Foundation
import Testing
@testable import Galley
@testable import GalleyModel
@testable import GalleyReaders
@testable import GalleyWriters
@testable import GalleyPipeline

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

@Test func aHeadingClosedByTheWrongEndTagEndsThereAndTheArticleFollowsIt() throws {
    // `<h2>Lead</h3>`: an HTML5 parser closes the h2; libxml2 nested the whole article inside it,
    // and the standfirst pass then moved the article into the subtitle.
    let story = (1...5).map { "Paragraph \($0) of the report on the harbour's new lights and who paid for them." }
    let html = """
    <html><head><title>Lights</title></head><body><main><article><h1>Lights</h1>
    <h2 class="excerpt">The harbour has new lights.</h3>
    <div class="body">\(story.map { "<p>\($0)</p>" }.joined())</div></article></main></body></html>
    """
    let document = try Converter.document(from: Data(html.utf8), format: .html)
    let markdown = try MarkdownWriter().write(document)
    for paragraph in story { #expect(markdown.contains(paragraph)) }
    #expect((document.metadata.subtitle ?? "").count < 40)
    let tree = HTMLTreeBuilder.parse(utf8: Array(html.utf8))
    let h2 = try #require(tree.nodes.firstIndex { $0.tag == .h2 })
    #expect(!tree.nodes.contains { $0.tag == .p && $0.parent == h2 })
}

@Test func aBlockBeforeAHeadingsTextStaysInside() {
    let tree = HTMLTreeBuilder.parse(utf8: Array("<body><h2><span class=icon></span><div class=title>Title</div></h2><p>After.</p></body>".utf8))
    let h2 = tree.nodes.firstIndex { $0.tag == .h2 }
    #expect(tree.nodes.contains { $0.tag == .div && $0.parent == h2 })
}

@Test func anEmptyPageSaysWhetherItHadNoTextOrLostItAll() throws {
    let spa = "<html><head><title>App</title></head><body><div id=app></div></body></html>"
    #expect(try Converter.document(from: Data(spa.utf8), format: .html).warnings.last?.contains("shows no text") == true)
    let menuOnly = "<html><body><nav><ul><li><a href=/a>Home</a></li><li><a href=/b>Blog</a></li></ul></nav></body></html>"
    let warning = try Converter.document(from: Data(menuOnly.utf8), format: .html).warnings.last ?? ""
    #expect(warning.contains("removed all the text") && warning.contains("--whole-page"))
}
