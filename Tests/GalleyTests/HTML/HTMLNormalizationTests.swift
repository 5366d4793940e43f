// The normalization passes written for copied text leave HTML content alone.
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

@Test func htmlKeepsALineItRepeatsOnPurpose() throws {
    let html = "<body><article><p>We shall overcome, someday.</p><p>We shall overcome, someday.</p><p>More text follows here.</p></article></body>"
    let doc = try Converter.document(from: Data(html.utf8), format: .html)
    let texts = doc.blocks.flatteningSections.compactMap { $0.inlineContent?.plainText }
    #expect(texts.filter { $0 == "We shall overcome, someday." }.count == 2)
    #expect(!doc.removals.contains { $0.stage == .pass("repeated-lines") })
}

@Test func htmlWithoutHeadingGetsNoTitleHeading() throws {
    let html = "<head><title>A short note</title></head><body><p>Just one paragraph of text.</p></body>"
    let doc = try Converter.document(from: Data(html.utf8), format: .html)
    #expect(!doc.blocks.flatteningSections.contains { $0.headingLevel != nil })
    #expect(doc.metadata.title == "A short note")
}

@Test func textStillCollapsesRepeatedLinesAndGetsItsTitle() throws {
    let line = Block(.paragraph([.text("Same line here.")]))
    let doc = Passes.run(Passes.normalization(for: .text), on: Document(metadata: Metadata(title: "T"), blocks: [line, line]))
    #expect(doc.removals.contains { $0.stage == .pass("repeated-lines") })
    #expect(doc.blocks.flatteningSections.first?.headingLevel == 1)
    #expect(Passes.normalization(for: .text).map(\.name) == Passes.normalization.map(\.name))
    #expect(!Passes.normalization(for: .html).contains { $0.name == "repeated-lines" })
}
