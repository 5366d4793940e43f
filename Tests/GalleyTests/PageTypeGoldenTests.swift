// One real page of each WCXB page type: the type the reader records, and (through
// WholeDocumentGoldenTests) the whole document in Markdown, JSON and XHTML.
import Foundation
import Testing
@testable import Galley
@testable import GalleyModel
@testable import GalleyReaders
@testable import GalleyPipeline
@testable import GalleyWriters

/// The page-type fixtures (`Fixtures/HTML/PageTypes/type-<type>.html`, seven WCXB dev pages, see
/// the README there). Their whole-document goldens are cases of `WholeDocumentGoldenTests`.
@Suite struct PageTypeGoldenTests {
    /// One fixture per page type.
    static let pages: [PageType] = PageType.allCases

    @Test(arguments: PageType.allCases)
    func pageRecordsItsType(_ type: PageType) throws {
        var options = ConversionOptions()
        options.read.source = "type-\(type.rawValue).html"
        let data = try Golden.data("HTML/PageTypes/type-\(type.rawValue).html")
        let document = try Converter.document(from: data, format: .html, options: options)
        #expect(document.metadata.pageType == type.rawValue)
        // Never a page with only front matter: each keeps a body of text.
        let body = try Writers.writer(for: .markdown).write(document, options: WriteOptions(frontMatter: false))
        let words = body.split(whereSeparator: \.isWhitespace).count
        #expect(words > 100, "\(type): only \(words) words kept")
    }

    @Test func everyPageTypeHasAFixture() {
        #expect(Set(Self.pages) == Set(PageType.allCases))
    }
}
