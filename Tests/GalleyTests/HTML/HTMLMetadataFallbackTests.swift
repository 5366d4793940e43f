// Page-level metadata fallbacks: the language from `xml:lang`, the site name from the `<title>`.
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

@Test func languageFromXMLLangWhenLangIsMissing() throws {
    func language(_ html: String) throws -> String? { try HTMLReader().read(Data(html.utf8), options: ReadOptions()).metadata.language }
    #expect(try language("<html xml:lang=\"fr\"><p>x</p></html>") == "fr")
    #expect(try language("<html lang=\"de\" xml:lang=\"fr\"><p>x</p></html>") == "de")
}

@Test func siteNameFromTitleAroundTheHeadline() {
    #expect(HTMLMetadataPrecedence.siteName(fromTitle: "Trade War Keeps World Guessing - The New York Times", headline: "Trade War Keeps World Guessing") == "The New York Times")
    #expect(HTMLMetadataPrecedence.siteName(fromTitle: "The Space Review: Seeking a bigger role", headline: "Seeking a bigger role") == "The Space Review")
    #expect(HTMLMetadataPrecedence.siteName(fromTitle: "Opinion | Headline here - Paper", headline: "Opinion | Headline here") == "Paper")
    #expect(HTMLMetadataPrecedence.siteName(fromTitle: "Headline here - Paper", headline: "Another headline") == nil, "the headline must match")
    #expect(HTMLMetadataPrecedence.siteName(fromTitle: "Headline - a name far too long to be the name of any site at all", headline: "Headline") == nil)
    #expect(HTMLMetadataPrecedence.siteName(fromTitle: "Headline", headline: "Headline") == nil)
}

@Test func jsonLDWrappedInCDATAOrCommentsIsRead() {
    for wrapped in ["<![CDATA[ {\"@type\":\"NewsArticle\",\"author\":{\"name\":\"Ann Lee\"}} ]]>",
                    "//<![CDATA[\n{\"@type\":\"NewsArticle\",\"author\":{\"name\":\"Ann Lee\"}}\n//]]>",
                    "/*<![CDATA[*/{\"@type\":\"NewsArticle\",\"author\":{\"name\":\"Ann Lee\"}}/*]]>*/",
                    "<!-- {\"@type\":\"NewsArticle\",\"author\":{\"name\":\"Ann Lee\"}} -->"] {
        #expect(JSONLDMetadata(scripts: [wrapped]).authors == ["Ann Lee"], "\(wrapped)")
    }
}
