// Metadata evidence of the third round: links to an author's page, lists without non-names, phrase bylines, titles cut at separators.
import Foundation
import Testing
@testable import GalleyModel
@testable import GalleySupport
@testable import GalleyReaders

private func candidates(_ html: String, type: PageType? = .article) -> HTMLMetadataCandidates {
    let sources = HTMLMetadataSources(tree: HTMLTreeBuilder.parse(utf8: Array(html.utf8)))
    return HTMLMetadataCandidates(sources: sources, ld: sources.jsonLDMetadata, siteName: nil, url: nil, pageType: type)
}

@Test func linkToAnAuthorPageNamesTheAuthor() {
    let page = candidates(#"<body><nav><a href="/blog/">Blog</a></nav><p><a href="https://example.org/author/jane-doe/">Jane Doe</a> wrote this.</p><a href="/authors/bo-chen">Bo Chen</a></body>"#)
    #expect(page.authors["byline.link"] == ["Jane Doe"])
    #expect(page.authors["byline.link@post"] == ["Jane Doe"])
    // the label-only text of an icon link: its aria-label
    let labelled = candidates(#"<body><a href="/authors/emmanuel-oyibo" aria-label="Emmanuel Oyibo"><img src="a.png"></a></body>"#)
    #expect(labelled.authors["byline.link"] == ["Emmanuel Oyibo"])
    // a one-word name is the `.word` variant; a link to the author index itself is none
    #expect(candidates(#"<body><a href="/author/amanda/">Amanda</a></body>"#).authors["byline.link.word"] == ["Amanda"])
    #expect(candidates(#"<body><a href="/author/">All authors</a></body>"#).authors["byline.link"] == nil)
    // the first link whose text is a name (`View all posts` is none)
    let second = candidates(#"<body><a href="/author/jd/">View all posts</a><a href="/author/jd/">Jane Doe</a></body>"#)
    #expect(second.authors["byline.link"] == ["Jane Doe"])
}

@Test func authorLinkInAMenuIsNoByline() {
    #expect(candidates(#"<body><nav><a href="/author/byron-york">Byron York</a></nav><p>Text</p></body>"#).authors["byline.link"] == nil)
    #expect(candidates(#"<body><ul class="navbar-nav"><li><a href="/author/partners/">News</a></li></ul></body>"#).authors["byline.link.word"] == nil)
    let page = candidates(#"<body><div class="menu-item"><a href="/author/a-b">Ann Bee</a></div><article><span class="entry-author"><a href="/author/emiliano/">Emiliano Bellini</a></span></article></body>"#)
    #expect(page.authors["byline.link"] == ["Emiliano Bellini"])
}

@Test func authorPathNeedsASegmentAfterTheCue() {
    let cues = MetadataCues.shared.authorPathSegments
    #expect(HTMLVisibleMetadata.isAuthorPath("https://x.org/author/jane-doe/", segments: cues))
    #expect(HTMLVisibleMetadata.isAuthorPath("/Autor/max?x=1", segments: cues))
    #expect(!HTMLVisibleMetadata.isAuthorPath("/author/", segments: cues))
    #expect(!HTMLVisibleMetadata.isAuthorPath("/authoring-tools/guide", segments: cues))
    #expect(!HTMLVisibleMetadata.isAuthorPath("/blog#author/x", segments: cues))
}

@Test func listOfAuthorsLosesEntriesThatAreNoNames() {
    #expect(AuthorNames.withoutNonNames(["Arlene Marturano", "South Carolina Garden-based Learning Network on Facebook"]) == ["Arlene Marturano"])
    #expect(AuthorNames.withoutNonNames(["Ann Lee", "Bo Chen"]) == ["Ann Lee", "Bo Chen"])
    #expect(AuthorNames.withoutNonNames(["Share on Facebook"]) == ["Share on Facebook"])  // one value: left to the order
    #expect(AuthorNames.withoutNonNames(["Follow us", "Share this"]) == ["Follow us", "Share this"])  // nothing left: unchanged
    let page = candidates(#"<head><script type="application/ld+json">{"@type":"Article","author":[{"@type":"Person","name":"Arlene Marturano"},{"@type":"Person","name":"South Carolina Garden-based Learning Network on Facebook"}]}</script></head><body></body>"#)
    #expect(page.authors["ld.author"] == ["Arlene Marturano"])
}

@Test func bylineMostlyOfFunctionWordsIsAPhrase() {
    #expect(AuthorNames.fromByline("This post was") == nil)
    #expect(AuthorNames.fromByline("How we") == nil)
    #expect(AuthorNames.fromByline("The Ritualist") == "The Ritualist")  // half: still a name
    #expect(AuthorNames.fromByline("Our Editors") == "Our Editors")
    #expect(AuthorNames.fromByline("Authored") == nil)
    #expect(AuthorNames.isPhrase("This article was"))
    #expect(!AuthorNames.isPhrase("Jane Doe"))
}

@Test func metadataTitleIsAlsoOfferedCutAtItsSeparators() {
    let separators = MetadataCues.shared.titleSeparators
    #expect(HTMLMetadataCandidates.cut("Best Movers in NYC 2025 | Top 19 Companies", separators: separators, atLast: true) == "Best Movers in NYC 2025")
    #expect(HTMLMetadataCandidates.cut("A - B | C", separators: separators, atLast: true) == "A - B")
    #expect(HTMLMetadataCandidates.cut("A - B | C", separators: separators, atLast: false) == "A")
    #expect(HTMLMetadataCandidates.cut("No separator here", separators: separators, atLast: true) == nil)
    #expect(HTMLMetadataCandidates.cut(" | Only a tail", separators: separators, atLast: true) == nil)
    let page = candidates(#"<head><meta property="og:title" content="Wedding Planning Tools – Caterer Comparison Spreadsheet"></head><body></body>"#)
    #expect(page.titles["og:title.cut"] == "Wedding Planning Tools")
    #expect(page.titles["og:title.cutfirst"] == nil)  // one separator: the same cut
}

@Test func labelInsideASentenceIsACreditNotAByline() {
    // `Crafted with ♥ by X` in a footer: text stands before the label in its element
    let credit = candidates(#"<body><p>Text of the article.</p><div class="copyright-area">Crafted with <i class="fa fa-heart"></i> by <a href="https://templates.example/">TemplatesYard</a></div></body>"#)
    #expect(!credit.authors.values.contains { $0.contains("Crafted with") })
    // a label alone in its element still names the next element's text
    let byline = candidates(#"<body><div class="meta"><span>By</span> <a href="/people/jd">Jane Doe</a></div><p>Text.</p></body>"#)
    #expect(byline.authors.values.contains { $0 == ["Jane Doe"] })
}
