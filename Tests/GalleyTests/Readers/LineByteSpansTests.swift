// Byte offsets of line-based readers (Sources/GalleyReaders/LineByteSpans.swift): spans point at the input's bytes.
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

@Test func lineByteSpansCoverTheLinesWithoutTheirTerminators() {
    let input = Data("one\r\ntwo\n\nthree".utf8)
    let document = Document(blocks: [
        Block(.paragraph([.text("one two")]), span: SourceSpan(startLine: 1, endLine: 2)),
        Block(.paragraph([.text("three")]), span: SourceSpan(startLine: 4)),
    ], removals: [Removal(stage: .textReader, reason: .repeatedLine, text: "two", span: SourceSpan(startLine: 2))])
    let annotated = LineByteSpans.addingBytes(to: document, input: input)
    let bytes = Array(input)
    func text(_ span: SourceSpan?) -> String {
        guard let span, let start = span.startByte, let end = span.endByte else { return "<none>" }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
    #expect(text(annotated.blocks[0].span) == "one\r\ntwo")
    #expect(text(annotated.blocks[1].span) == "three")
    #expect(text(annotated.removals[0].span) == "two")
}

@Test func lineByteSpansLeaveUTF16InputWithoutOffsets() {
    let input = Data([0xFF, 0xFE, 0x61, 0x00])
    let document = Document(blocks: [Block(.paragraph([.text("a")]), span: SourceSpan(startLine: 1))])
    #expect(LineByteSpans.addingBytes(to: document, input: input) == document)
}

@Test func textReaderSpansPointAtTheirLines() throws {
    let input = "Title line\n\nFirst paragraph\nwraps here.\n"
    let document = try Converter.document(from: Data(input.utf8), format: .text)
    let bytes = Array(input.utf8)
    for block in document.blocks {
        guard let span = block.span, let start = span.startByte, let end = span.endByte else { continue }
        let slice = String(decoding: bytes[start..<end], as: UTF8.self)
        #expect(slice.hasPrefix(block.inlineContent?.plainText.split(separator: " ").first.map(String.init) ?? ""), "\(slice)")
    }
}
