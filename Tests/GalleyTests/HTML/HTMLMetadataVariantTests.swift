// The second round of WCXB metadata evidence: trailing dates and job titles cut from bylines, more date spellings, source variants.
import Foundation
import Testing
@testable import GalleyModel
@testable import GalleySupport
@testable import GalleyReaders

private func candidates(_ html: String, url: String? = nil, siteName: String? = nil, type: PageType? = .article) -> HTMLMetadataCandidates {
    let sources = HTMLMetadataSources(tree: HTMLTreeBuilder.parse(utf8: Array(html.utf8)))
    return HTMLMetadataCandidates(sources: sources, ld: sources.jsonLDMetadata, siteName: siteName, url: url, pageType: type)
}

@Test func bylineLosesItsTrailingDateAndJobTitle() {
    #expect(AuthorNames.fromByline("Andrew Gerrand 4 August 2010") == "Andrew Gerrand")
    #expect(AuthorNames.fromByline("Luke Kim December 17, 2025") == "Luke Kim")
    #expect(AuthorNames.fromByline("Jun 3, 2025") == nil)
    #expect(AuthorNames.fromByline("Keith Barry Senior Autos Reporter") == "Keith Barry")
    #expect(AuthorNames.fromByline("Nicholas C Stabile Editor") == "Nicholas C Stabile")
    #expect(AuthorNames.fromByline("Matt Check Head Winemaker, Co-Founder") == "Matt Check")
    #expect(AuthorNames.fromByline("Mike Marshall, Shipping Expert") == "Mike Marshall, Shipping Expert")  // after a comma: kept
    #expect(AuthorNames.fromByline("Top Event Industry Trends in 2025") == nil)  // a year is no date to cut
    #expect(AuthorNames.fromByline("Jiobal says") == nil)  // a comment
    #expect(AuthorNames.fromByline("Outer Armatonisdaristan »") == "Outer Armatonisdaristan")
}

@Test func moreDateSpellings() {
    #expect(MetadataDate.iso8601("September 1st, 2023") == "2023-09-01")
    #expect(MetadataDate.iso8601("on 04-ago-2021 5:11:10") == "2021-08-04")
    #expect(MetadataDate.iso8601("3. März 2024") == "2024-03-03")
    #expect(MetadataDate.iso8601("12 września 2023") == "2023-09-12")
    #expect(MetadataDate.iso8601("11-29-2024, 09:03 AM") == "2024-11-29")
    #expect(MetadataDate.iso8601("02-12-2025") == nil)  // day or month first: unknown
    #expect(HTMLMetadataCandidates.dateInPath("https://example.org/blog/2023/october/03/how-many") == "2023-10-03")
    #expect(HTMLMetadataCandidates.dateInPath("https://example.org/blog/2025-12-17-the-pilot-has-landed") == "2025-12-17")
    #expect(HTMLMetadataCandidates.dateInPath("https://example.org/blog/v2025-12-17") == nil)
}

@Test func twitterLabelNamesTheAuthor() {
    let page = candidates(#"<head><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="5 minutes"></head><body></body>"#)
    #expect(page.authors["meta.twitter:data"] == ["Jane Doe"])
}

@Test func siteNamedAuthorsAndOneWordBylinesAreVariants() {
    let html = #"<head><meta name="author" content="USA TODAY"></head><body><div class="byline">History</div></body>"#
    let page = candidates(html, url: "https://www.usatoday.com/story/x", siteName: "USA TODAY")
    #expect(page.authors["meta.author"] == nil)
    #expect(page.authors["meta.author.site"] == ["USA TODAY"])
    #expect(page.authors["byline.class"] == nil)
    #expect(page.authors["byline.class.word"] == ["History"])
    #expect(HTMLMetadataCandidates.hostLabel("https://www.rapid7.com/blog") == "rapid7")
    let thread = candidates(#"<body><div class="username">chunix</div></body>"#, type: .forum)
    #expect(thread.authors["byline.class.word@forum"] == ["chunix"])
    #expect(thread.authors["byline.class.word@post"] == ["chunix"])
}

@Test func authorNameClassTokenMarksABylineInABox() {
    let tree = HTMLTreeBuilder.parse(utf8: Array(#"<body><div class="elementor-author-box"><h4 class="elementor-author-box__name">Liz Kenny</h4></div></body>"#.utf8))
    #expect(HTMLVisibleMetadata(tree: tree).bylineNames == ["Liz Kenny"])
}
