// Golden tests: whole text documents (Fixtures/Text/*.txt) against their expected outline (*.md).
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

private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/Text")

/// The fixture names (without extension) that have an input and an expected outline.
/// (`rust-book-data-types`: the start of a chapter of The Rust Programming Language, MIT OR Apache-2.0;
/// `german-article`, `laptop-table` and `api-reference` (entries titled `Class: Timeout`, as reference
/// documentation writes them) were written for these tests.)
private let goldenNames = ["book-chapter", "list-page", "scraped-article", "email", "rust-book-data-types", "german-article", "laptop-table", "api-reference"]

@Test(arguments: goldenNames)
func textGolden(_ name: String) throws {
    let input = try Data(contentsOf: fixtures.appendingPathComponent(name + ".txt"))
    let expected = try String(contentsOf: fixtures.appendingPathComponent(name + ".md"), encoding: .utf8)
    let document = try Converter.document(from: input, format: .text)
    let actual = outline(document.blocks) + "\n"
    if actual != expected {
        // Written beside the build products so a failing run shows the difference.
        try? actual.write(to: URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("galley-golden-\(name).md"), atomically: true, encoding: .utf8)
    }
    #expect(actual == expected)
}

@Test func scrapedArticleRemovalsAreListed() throws {
    let input = try Data(contentsOf: fixtures.appendingPathComponent("scraped-article.txt"))
    let document = try Converter.document(from: input, format: .text)
    let reasons = document.removals.map(\.reason)
    #expect(reasons.filter { $0 == .navigationLine }.count == 4)
    #expect(reasons.filter { $0 == .repeatedLine }.count == 2)
    #expect(reasons.filter { $0 == .backLinkMarker }.count == 2)
    let json = try JSONWriter().write(document, options: WriteOptions())
    #expect(json.contains("\"removals\""))
    #expect(json.contains("Skip to content"))
}
