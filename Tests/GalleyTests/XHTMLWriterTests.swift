// The XHTML writer: escaping, sections with ids, safe URLs, well-formed XML.
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

private func xhtml(_ blocks: [Block], metadata: Metadata = Metadata()) throws -> String {
    let doc = Passes.run(Passes.structural, on: Document(metadata: metadata, blocks: blocks))
    return try XHTMLWriter().write(doc, options: WriteOptions())
}

@Test func everyCharacterIsEscaped() throws {
    let out = try xhtml([Block(.paragraph([.text("a < b & c > d \"q\" \u{0}\u{1}ok")]))], metadata: Metadata(title: "<T&>"))
    #expect(out.contains("<p>a &lt; b &amp; c &gt; d \"q\" ok</p>"))
    #expect(out.contains("<title>&lt;T&amp;&gt;</title>"))
}

@Test func sectionsCarryTheHeadingID() throws {
    let out = try xhtml([Block(.heading(Heading(level: 1, content: [.text("Title")]))), Block(.heading(Heading(level: 2, content: [.text("Part One")]))), Block(.paragraph([.text("x")]))])
    #expect(out.contains("<section id=\"title\">\n<h1>Title</h1>\n<section id=\"part-one\">\n<h2>Part One</h2>\n<p>x</p>\n</section>\n</section>"))
}

@Test func documentHasDoctypeNamespaceLanguageAndStylesheet() throws {
    let out = try xhtml([], metadata: Metadata(language: "pt-BR"))
    #expect(out.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""))
    #expect(out.contains("lang=\"pt-BR\" xml:lang=\"pt-BR\""))
    #expect(out.contains("<link rel=\"stylesheet\" type=\"text/css\" href=\"galley.css\"/>"))
}

@Test func scriptURLsNeverReachTheOutput() throws {
    let out = try xhtml([Block(.paragraph([
        .link(Link(url: "javascript:alert(1)", content: [.text("a")])),
        .link(Link(url: " JaVa\tScRiPt:alert(1)", content: [.text("b")])),
        .image(Image(source: "vbscript:x", alt: [.text("c")])),
        .link(Link(url: "data:text/html,<script>", content: [.text("d")])),
        .link(Link(url: "https://ok.example/a?b=1&c=2", content: [.text("e")])),
    ]))])
    #expect(!out.lowercased().contains("script:"))
    #expect(!out.contains("data:text"))
    #expect(out.contains("href=\"https://ok.example/a?b=1&amp;c=2\""))
}

@Test func rawHTMLIsNeverPassedThroughUnchecked() throws {
    let out = try xhtml([Block(.rawHTML("<script>alert(1)</script><p onclick=\"x()\">hi</p>"))])
    #expect(!out.contains("<script"))
    #expect(out.range(of: #"<[^>]*\son[a-z]+\s*="#, options: .regularExpression) == nil)
}

@Test func emptyDocumentStillHasATitle() throws {
    let doc = Document(metadata: Metadata(source: "dir/page.txt"))
    #expect(XHTMLWriter.title(of: doc) == "page.txt")
}
