// Links and images inside a book: URI clean-up, schemes EPUBCheck knows, images that cannot be packaged.
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

@Test func urisArePercentEncodedWhereTheyMayNotHoldACharacter() {
    #expect(URIText.sanitized("http://example.org/a b/ü?q=ä#x#y") == "http://example.org/a%20b/%C3%BC?q=%C3%A4#x%23y")
    #expect(URIText.sanitized("http://e.org/100%25/50%") == "http://e.org/100%25/50%25")
    #expect(URIText.isRegistered(scheme: "HTTPS") && URIText.isRegistered(scheme: "mailto"))
    #expect(!URIText.isRegistered(scheme: "tel") && !URIText.isRegistered(scheme: "ttps"))
}

@Test func imagesThatCannotBePackagedLeaveTheirTextAndAWarning() {
    let folder = Golden.fixtures.appendingPathComponent("EPUB").path
    let document = Document(blocks: [Block(.paragraph([
        .image(Image(source: "missing.png", alt: [.text("gone")])),
        .link(Link(url: "https://example.org", content: [.image(Image(source: "https://example.org/i.png"))])),
        .image(Image(source: "figure.svg", alt: [.text("here")])),
        .image(Image(source: "./figure.svg", alt: [.text("again")])),
    ]))])
    var collector = ResourceCollector()
    let out = collector.collect(document, inputPath: folder + "/input.md")
    #expect(out.blocks == [Block(.paragraph([
        .text("[gone]"),
        .link(Link(url: "https://example.org", content: [.text("["), .text("Image on example.org"), .text("] ")])),
        .image(Image(source: "images/image-001.svg", alt: [.text("here")])),
        .image(Image(source: "images/image-001.svg", alt: [.text("again")])),
    ]))])
    #expect(collector.images.count == 1)
    #expect(collector.warnings.count == 2)
}
