// Author, date and title read from what the page shows (bylines, <time>, dates in text, h1) and cleaned meta values.
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

private func metadata(_ html: String) throws -> Metadata {
    try HTMLReader().read(Data(html.utf8), options: ReadOptions()).metadata
}

private let body = "<p>" + String(repeating: "Plain words of the article body go on here. ", count: 30) + "</p>"

@Test func bylineElementNamesTheAuthorWhenNoMetaDoes() throws {
    #expect(try metadata("<body><article><h1>Title</h1><div class=\"byline\">By Jane Doe</div>\(body)</article></body>").authors == ["Jane Doe"])
    #expect(try metadata("<body><article><span class=\"author-name\"><a href=\"/a/jd\">Jane Doe</a></span>\(body)</article></body>").authors == ["Jane Doe"])
}

@Test func labelAloneTakesTheNameFromItsNeighbour() {
    let html = "<body><article><div><p>Written by</p><p>Edzel Tabing</p></div>\(body)</article></body>"
    let visible = HTMLVisibleMetadata(tree: HTMLTreeBuilder.parse(utf8: Array(html.utf8)))
    #expect(visible.labelledNames == ["Edzel Tabing"])
}

@Test func bylineNameStopsAtWordsThatNameNoOne() {
    #expect(AuthorNames.fromByline("Reyan Perumal Published May 3") == "Reyan Perumal")
    #expect(AuthorNames.fromByline("By Jane Doe | March 3, 2025") == "Jane Doe")
    #expect(AuthorNames.fromByline("12 comments") == nil)
}

@Test func metaAuthorWithURLInParenthesesIsCleanedNotRejected() throws {
    let html = "<head><meta name=\"author\" content=\"Jane Doe (https://example.com/jane)\"></head><body>\(body)</body>"
    #expect(try metadata(html).authors == ["Jane Doe"])
    #expect(AuthorNames.clean("https://example.com/jane") == "")
}

@Test func jsonLDAuthorByIDReferenceAndPersonOverOrganization() {
    let graph = """
    {"@graph":[{"@type":"Article","headline":"H","author":{"@id":"#p1"}},{"@type":"Person","@id":"#p1","name":"Ann Lee"}]}
    """
    #expect(JSONLDMetadata(scripts: [graph]).authors == ["Ann Lee"])
    let org = #"{"@type":"Article","author":[{"@type":"Organization","name":"Big Clinic"},{"@type":"Person","name":"Ann Lee"}]}"#
    let ld = JSONLDMetadata(scripts: [org])
    #expect(ld.authors == ["Big Clinic", "Ann Lee"])
    #expect(ld.personAuthors == ["Ann Lee"])
    #expect(ld.types == ["article"])
}

@Test func publicationDateFromTimeAndVisibleText() throws {
    #expect(try metadata("<body><article><time datetime=\"2024-05-02T10:00:00Z\">May 2</time>\(body)</article></body>").published?.prefix(10) == "2024-05-02")
    #expect(try metadata("<body><article><p class=\"post-date\">March 3, 2025</p>\(body)</article></body>").published == "2025-03-03")
    #expect(MetadataDate.iso8601("23.07.2025") == "2025-07-23")
    #expect(HTMLMetadataCandidates.dateInPath("https://example.com/2025/09/04/slug/") == "2025-09-04")
    #expect(HTMLMetadataCandidates.dateInPath("https://example.com/2025/slug/") == nil)
}

@Test func titleIsTheHeadingTheMetadataConfirms() throws {
    let html = """
    <head><title>Ten Tips for Gardens | Garden Site</title><meta property="og:title" content="Garden tips for 2025"></head>
    <body><h1>Ten Tips for Gardens</h1>\(body)</body>
    """
    #expect(try metadata(html).title == "Ten Tips for Gardens")
    #expect(HTMLMetadataCandidates.agreement("Ten Tips for Gardens", "Ten Tips for Gardens | Garden Site") == 1)
}

@Test func aVisibleDayKeepsTheTimeMetadataGivesForIt() throws {
    let html = """
    <head><meta property="article:modified_time" content="2018-01-22T02:13:30+00:00"><link rel="canonical" href="https://example.com/2018/01/22/slug/"></head>
    <body><article>\(body)</article></body>
    """
    #expect(try metadata(html).published == "2018-01-22T02:13:30+00:00")
}
