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
