// Golden tests of the HTML reader: hand-written pages → expected JSON (structure, metadata, sanitising, extraction).
import Foundation
import Testing
import Galley

@Suite("HTML reader golden files")
struct HTMLGoldenTests {
    private func wholePage() -> ConversionOptions {
        ConversionOptions(read: ReadOptions(wholePage: true))
    }

    @Test func tables() throws {
        try Golden.checkConversion(of: "HTML/tables.html", formats: [.json], options: wholePage())
    }

    @Test func listsCodeAndInlines() throws {
        try Golden.checkConversion(of: "HTML/lists.html", formats: [.json], options: wholePage())
    }

    @Test func figuresAndURLs() throws {
        try Golden.checkConversion(of: "HTML/figures.html", formats: [.json], options: wholePage())
    }

    @Test func metadataPrecedence() throws {
        try Golden.checkConversion(of: "HTML/metadata.html", formats: [.json])
    }

    @Test func sanitising() throws {
        try Golden.checkConversion(of: "HTML/sanitising.html", formats: [.json], options: wholePage())
    }

    @Test func mainContentExtraction() throws {
        try Golden.checkConversion(of: "HTML/article.html", formats: [.json])
    }

    /// Boilerplate inside the article: tag lists, teaser links, promos named by class, edge notes.
    @Test func boilerplateInsideArticle() throws {
        try Golden.checkConversion(of: "HTML/boilerplate.html", formats: [.json])
    }
}
