// Provenance: every block's span names its input bytes, so minified pages (one line) stay traceable.
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

/// The input bytes a span covers, as text.
private func slice(_ input: String, _ span: SourceSpan?) -> String? {
    guard let span, let start = span.startByte, let end = span.endByte else { return nil }
    return String(decoding: Array(input.utf8)[start..<end], as: UTF8.self)
}

@Test func minifiedHTMLBlocksPointAtTheirBytes() throws {
    let page = "<html><body><article><h1>Head</h1><p>First para with <b>bold</b> words in it, long enough to count.</p><ul><li>one item</li><li>two</li></ul><p>Second para, also long enough to be kept as the article's content.</p></article></body></html>"
    let document = try Converter.document(from: Data(page.utf8), format: .html, options: ConversionOptions(normalize: false))
    let blocks = document.blocks.flatteningSections
    let paragraphs = blocks.filter { if case .paragraph = $0.kind { return true } else { return false } }
    #expect(paragraphs.count == 2)
    #expect(slice(page, paragraphs[0].span) == "First para with <b>bold</b> words in it, long enough to count.")
    #expect(slice(page, paragraphs[1].span) == "Second para, also long enough to be kept as the article's content.")
    let list = try #require(blocks.first { if case .list = $0.kind { return true } else { return false } })
    #expect(slice(page, list.span)?.hasPrefix("<ul><li>one item</li>") == true)
    #expect(slice(page, list.span)?.hasSuffix("</ul>") == true)
    #expect(blocks.allSatisfy { $0.span?.startLine == 1 })
}

@Test func textBlocksCoverWholeLinesByByte() throws {
    let text = "Title here\n\nA paragraph of text\nthat wraps.\r\n\nLast one."
    let document = try TextReader().read(Data(text.utf8), options: ReadOptions())
    let spans = document.blocks.flatteningSections.map(\.span)
    #expect(spans.map { slice(text, $0) } == ["Title here", "A paragraph of text\nthat wraps.", "Last one."])
}

@Test func utf16TextHasNoByteOffsets() throws {
    var data = Data([0xFF, 0xFE])
    data.append("Hello\n\nWorld.\n".data(using: .utf16LittleEndian)!)
    let document = try TextReader().read(data, options: ReadOptions())
    #expect(document.blocks.flatteningSections.allSatisfy { $0.span?.startByte == nil })
}
