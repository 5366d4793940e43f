// SVG images are packaged without scripts, handlers, foreign objects or external references.
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

private let hostileSVG = """
<?xml version="1.0"?>
<?xml-stylesheet href="http://evil.example/a.css"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10" onload="alert(1)">
<script>alert(1)</script><script xlink:href="http://evil.example/x.js"/>
<a xlink:href="javascript:alert(2)"><rect width="5" height="5" fill="red" onclick="alert(3)"/></a>
<a href="https://example.org/">x</a>
<foreignObject width="5" height="5"><iframe xmlns="http://www.w3.org/1999/xhtml" src="http://evil.example"/></foreignObject>
<use href="http://evil.example/x.svg#a"/><use href="#kept"/>
<image href="http://evil.example/y.png" width="1" height="1"/>
<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
<image href="data:image/svg+xml;base64,PHN2Zz4=" width="1" height="1"/>
<set attributeName="href" to="javascript:alert(4)"/>
<style>@import url(http://evil.example/a.css); rect { fill: url(#g) }</style>
<style>circle { fill: url(#g) }</style>
<circle id="kept" r="2" style="fill:url(#g)" fill="url( 'http://evil.example/p' )"/>
<text>Words stay</text>
</svg>
"""

@Test func hostileSVGContentIsRemoved() throws {
    let (clean, problems) = SVGSanitizer.sanitize(Data(hostileSVG.utf8))
    let text = String(decoding: try #require(clean), as: UTF8.self).lowercased()
    for banned in ["<script", "onload", "onclick", "javascript:", "<foreignobject", "<iframe", "evil.example", "@import", "<set", "xml-stylesheet", "data:image/svg"] {
        #expect(!text.contains(banned), "\(banned) removed")
    }
    for kept in ["words stay", "href=\"#kept\"", "data:image/png", "fill:url(#g)", "circle { fill: url(#g) }", "<rect"] {
        #expect(text.contains(kept), "\(kept) kept")
    }
    #expect(!text.contains("<a "), "links whose target went become groups")
    #expect(problems.count == 1 && problems[0].hasPrefix("unsafe SVG content removed: "))
    #expect(problems[0].contains("<script> ×2") && problems[0].contains("onload attribute"))
    // Sanitising what is already clean changes nothing.
    let (again, none) = SVGSanitizer.sanitize(try #require(clean))
    #expect(again == clean && none.isEmpty)
}

@Test func cleanSVGKeepsItsBytesAndBrokenSVGIsRefused() throws {
    let figure = try Data(contentsOf: Golden.fixtures.appendingPathComponent("EPUB/figure.svg"))
    let (same, problems) = SVGSanitizer.sanitize(figure)
    #expect(same == figure && problems.isEmpty)
    #expect(SVGSanitizer.sanitize(Data("<svg><g></svg>".utf8)).0 == nil, "not well-formed")
    #expect(SVGSanitizer.sanitize(Data("<html><svg/></html>".utf8)).0 == nil, "not an SVG document")
    let laughs = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&b;</text></svg>"
    #expect(SVGSanitizer.sanitize(Data(laughs.utf8)).0 == nil, "entity declarations refused")
    let external = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>"
    #expect(SVGSanitizer.sanitize(Data(external.utf8)).0 == nil)
}

@Test func packagedSVGImagesAndCoversAreSanitised() throws {
    let folder = TestFolder("svg-book")
    defer { folder.remove() }
    folder.write("book/bad.svg", hostileSVG)
    folder.write("book/broken.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>")
    folder.write("book/ch.md", "# Chapter\n\n![bad](bad.svg) ![broken](broken.svg)\n")
    folder.write("book/book.yml", "title: T\ncover: bad.svg\nchapters:\n  - ch.md\n")
    let book = try #require(PamphletBuilder.build(try PamphletManifest.load(path: folder.sub("book/book.yml"))).book)
    let output = try EPUBWriter().write(book)
    let entries = try #require(ZipReader.entries(output.data))
    for entry in entries where entry.name.hasSuffix(".svg") {
        let text = String(decoding: entry.data, as: UTF8.self)
        #expect(!text.contains("<script") && !text.contains("evil.example"), "\(entry.name) sanitised")
    }
    #expect(entries.filter { $0.name.hasPrefix("EPUB/images/image-") }.count == 1, "the broken SVG is left out")
    #expect(output.warnings.contains { $0.contains("broken.svg is not a well-formed SVG image") })
    #expect(output.warnings.contains { $0.hasPrefix("the cover image: unsafe SVG content removed") })
}

@Test func doctypesAndCSSEscapesAreHandled() throws {
    let standard = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"1\"/></svg>\n"
    let (same, none) = SVGSanitizer.sanitize(Data(standard.utf8))
    #expect(same == Data(standard.utf8) && none.isEmpty, "SVG's own DOCTYPE is kept, bytes unchanged")
    let other = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg SYSTEM \"http://evil.example/x.dtd\">\n<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"1\"/></svg>\n"
    let (clean, problems) = SVGSanitizer.sanitize(Data(other.utf8))
    #expect(!String(decoding: try #require(clean), as: UTF8.self).contains("evil.example"))
    #expect(problems.first?.contains("a DOCTYPE naming another DTD") == true)
    let escaped = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"fill: u\\72l(http://evil.example/p)\"/></svg>"
    #expect(!String(decoding: try #require(SVGSanitizer.sanitize(Data(escaped.utf8)).0), as: UTF8.self).contains("evil.example"))
}
