// The metadata evidence added for WCXB dev: JSON-LD main entities, byline names without job titles, US dates, page-type sources.
import Foundation
import Testing
@testable import GalleyModel
@testable import GalleySupport
@testable import GalleyReaders

private func visible(_ html: String) -> HTMLVisibleMetadata {
    HTMLVisibleMetadata(tree: HTMLTreeBuilder.parse(utf8: Array(html.utf8)))
}

@Test func jsonLDMainEntityOfAQuestionPageNamesTheAsker() {
    let page = #"{"@type":"QAPage","mainEntity":{"@type":"Question","name":"Q","datePublished":"2024-09-05T23:15:57Z","author":{"@type":"Person","name":"DaleJack"}}}"#
    let ld = JSONLDMetadata(scripts: [page])
    #expect(ld.authors == ["DaleJack"])
    #expect(ld.published == "2024-09-05T23:15:57Z")
    #expect(ld.types == ["qapage"])  // the page-type features still see the declared types only
}

@Test func bylineNameLeavesTheJobTitleOut() {
    let role = visible(#"<body><div class="author-info"><div class="name">Rachel MacDonald</div><div class="post">Writer</div></div></body>"#)
    #expect(role.bylineNames.first == "Rachel MacDonald")
    let two = visible(#"<body><div class="byline">By <a href="/a">Ann Lee</a> and <a href="/b">Bo Chen</a></div></body>"#)
    #expect(two.bylineNames.first == "Ann Lee and Bo Chen")
    let parts = visible(#"<body><div class="byline"><span class="first-name">Ann</span> <span class="last-name">Lee</span></div></body>"#)
    #expect(parts.bylineNames.first == "Ann Lee")
}

@Test func labelInAHeadingTakesTheNextText() {
    #expect(visible("<body><div><h3>Author</h3><p>Lisa D. Ellis</p></div></body>").labelledNames == ["Lisa D. Ellis"])
    #expect(visible("<body><blockquote><p>Quoted <strong>text</strong>.</p></blockquote></body>").labelledNames.isEmpty)
}

@Test func authorNamesLoseQuotesAndRepetition() {
    #expect(AuthorNames.clean("\"David Kim\"") == "David Kim")
    #expect(AuthorNames.clean("Matthew Digby , Minh Do") == "Matthew Digby, Minh Do")
    #expect(AuthorNames.clean("Paycom Blog Contributor Paycom Blog Contributor") == "Paycom Blog Contributor")
    #expect(AuthorNames.fromByline("Chris McNamara ⋅ Founder and Editor-in-Chief ⋅") == "Chris McNamara")
}

@Test func authorValuesThatAreNoNamesAreDropped() {
    #expect(AuthorNames.clean("page.head.extra.author") == "")
    #expect(AuthorNames.clean("{{ post.author }}") == "")
    #expect(AuthorNames.clean("262588213843476") == "")
    #expect(AuthorNames.clean("J.R.R.Tolkien") == "J.R.R.Tolkien")
    #expect(AuthorNames.clean("andrew.keaveney") == "andrew.keaveney")
}

@Test func slashedAndEmbeddedDates() {
    #expect(MetadataDate.iso8601("10/31/2024") == "2024-10-31")
    #expect(MetadataDate.iso8601("Updated: 3/4/2025") == "2025-03-04")
    #expect(MetadataDate.iso8601("31/10/2024") == "2024-10-31")
    #expect(MetadataDate.iso8601("https://example.com/10/31/2024") == nil)
    #expect(MetadataDate.isoDayInText("by Jon Foster - 2025-09-13") == "2025-09-13")
    #expect(MetadataDate.isoDayInText("order 12025-09-130") == nil)
}

@Test func citationAuthorsAndPostSources() {
    let html = #"<head><meta name="citation_author" content="Aditya Mahindru"><meta name="citation_author" content="Pradeep Patil"></head><body><div class="byline">By Ann Lee</div></body>"#
    let tree = HTMLTreeBuilder.parse(utf8: Array(html.utf8))
    let sources = HTMLMetadataSources(tree: tree)
    let article = HTMLMetadataCandidates(sources: sources, ld: sources.jsonLDMetadata, siteName: nil, url: nil, pageType: .article)
    #expect(article.authors["meta.citation_author"] == ["Aditya Mahindru", "Pradeep Patil"])
    #expect(article.authors["byline.class@post"] == ["Ann Lee"])
    let product = HTMLMetadataCandidates(sources: sources, ld: sources.jsonLDMetadata, siteName: nil, url: nil, pageType: .product)
    #expect(product.authors["byline.class@post"] == nil)
}
