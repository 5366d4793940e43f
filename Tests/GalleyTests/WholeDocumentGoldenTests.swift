// Whole documents, one or more per reader (text, HTML, Markdown, pandoc JSON), in all three formats.
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

/// Each input fixture converts to `Fixtures/Documents/<reader>/<name>.expected.{md,json,xhtml}`,
/// compared byte for byte. `scripts/update-goldens.sh` rewrites every expected file after an
/// intended change (review the diff before committing).
@Suite struct WholeDocumentGoldenTests {
    /// (reader folder, input fixture under Fixtures/, options).
    static let cases: [(reader: String, input: String, wholePage: Bool)] = [
        ("text", "Text/scraped-article.txt", false),
        ("text", "Text/book-chapter.txt", false),
        ("html", "HTML/article.html", false),
        ("html", "HTML/controls.html", false),
        ("html", "HTML/lists.html", true),
        ("markdown", "Markdown/mixed.md", false),
        ("pandoc-json", "PandocJSON/mixed.pandoc.json", false),
    ] + PageTypeGoldenTests.pages.map { ("html", "HTML/PageTypes/type-\($0.rawValue).html", false) }

    @Test(arguments: cases.indices)
    func documentMatchesItsGoldenFiles(_ index: Int) throws {
        let (reader, input, wholePage) = Self.cases[index]
        let format = try #require(InputFormat(rawValue: reader), "no reader named \(reader)")
        var options = ConversionOptions()
        options.read.source = (input as NSString).lastPathComponent
        options.read.wholePage = wholePage
        let document = try Converter.document(from: Golden.data(input), format: format, options: options)
        let name = ((input as NSString).lastPathComponent as NSString).deletingPathExtension.replacingOccurrences(of: ".pandoc", with: "")
        for output in [OutputFormat.markdown, .json, .xhtml] {
            let rendered = try Writers.writer(for: output).write(document, options: options.write)
            try Golden.check(rendered, against: "Documents/\(reader)/\(name).expected.\(output.fileExtension)")
        }
    }

    @Test func everyReaderHasAGoldenDocument() {
        let readers = Set(Self.cases.map(\.reader))
        for format in InputFormat.allCases {
            #expect(readers.contains(format.rawValue), "no whole-document golden test reads \(format)")
        }
    }
}
