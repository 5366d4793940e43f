// Golden files: Markdown fixtures converted to Markdown and JSON (passes off, as for hand-written Markdown).
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

private let unnormalized = ConversionOptions(normalize: false)

@Test(arguments: ["Markdown/mixed.md", "Markdown/escaping.md"])
func markdownGoldenFiles(_ input: String) throws {
    try Golden.checkConversion(of: input, formats: [.markdown, .json], options: unnormalized)
}

@Test(arguments: ["Markdown/mixed.md", "Markdown/escaping.md"])
func markdownGoldenOutputReadsBackTheSame(_ input: String) throws {
    let document = try Converter.document(from: Golden.data(input), format: .markdown, options: unnormalized)
    let markdown = try MarkdownWriter().write(document, options: WriteOptions())
    let again = try Converter.document(from: Data(markdown.utf8), format: .markdown, options: unnormalized)
    #expect(try MarkdownWriter().write(again, options: WriteOptions()) == markdown)
    #expect(again.metadata == document.metadata)
}
