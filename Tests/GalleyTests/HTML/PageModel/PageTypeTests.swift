// The page type: recognised from structure and JSON-LD, recorded in the metadata and every output format.
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

private func document(_ html: String) throws -> Document {
    try Converter.document(from: Data(html.utf8), format: .html)
}

@Test func productPageIsRecognised() throws {
    let html = """
    <head><meta property="og:type" content="product"><link rel="canonical" href="https://shop.example/products/blue-mug">
    <script type="application/ld+json">{"@type":"Product","name":"Blue mug","offers":{"@type":"Offer","price":"12.00"}}</script></head>
    <body><h1>Blue mug</h1><p class="price">$12.00</p><button class="add-to-cart">Add to cart</button><p>In stock</p>
    <p>A blue mug for tea, glazed by hand, holds 300 ml.</p></body>
    """
    #expect(try document(html).metadata.pageType == "product")
}

@Test func newsArticleIsRecognised() throws {
    let paragraphs = (1...12).map { "<p>Paragraph \($0) of the story tells what happened in the town, with quotes and figures.</p>" }.joined()
    let html = """
    <head><meta property="og:type" content="article"><link rel="canonical" href="https://news.example/2025/03/04/town-meeting-decides-budget">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Town meeting decides budget","author":{"@type":"Person","name":"Ann Lee"}}</script></head>
    <body><article><h1>Town meeting decides budget</h1><p class="byline">By Ann Lee</p>\(paragraphs)</article></body>
    """
    #expect(try document(html).metadata.pageType == "article")
}

@Test func pageTypeIsDeterministicAndWrittenEverywhere() throws {
    let html = "<head><title>T</title></head><body><h1>T</h1><p>Some text of a page.</p></body>"
    let first = try document(html), second = try document(html)
    #expect(first.metadata.pageType != nil)
    #expect(first.metadata.pageType == second.metadata.pageType)
    let type = try #require(first.metadata.pageType)
    let out = try Converter.render(first, as: [.markdown, .json, .pandocJSON])
    #expect(out[.markdown]?.contains("page-type: \"\(type)\"") == true)
    #expect(out[.json]?.contains("\"pageType\":\"\(type)\"") == true || out[.json]?.contains("\"pageType\" : \"\(type)\"") == true)
    #expect(out[.pandocJSON]?.contains("page-type") == true)
    #expect(PageType(rawValue: type) != nil)
}

@Test func pageTypeSurvivesMarkdownFrontMatter() throws {
    let markdown = "---\ntitle: \"T\"\npage-type: \"forum\"\n---\n\nText.\n"
    let doc = try Converter.document(from: Data(markdown.utf8), format: .markdown)
    #expect(doc.metadata.pageType == "forum")
}

@Test func pageTypeFeaturesHaveTheModelsColumns() {
    let table = HTMLPageEvidence.pageTypeFeatures(Data("<body><p>x</p></body>".utf8))
    #expect(table.names.count == table.values.count)
    #expect(Set(PageTypeModel.shared.features).isSubset(of: Set(table.names)))
    #expect(PageTypeModel.shared.classes.sorted() == PageType.allCases.map(\.rawValue).sorted())
}
