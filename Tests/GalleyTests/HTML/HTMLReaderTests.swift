// Unit tests of the HTML reader's parts: charset detection, URL resolution, dates, robustness.
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

@Suite("HTML reader units")
struct HTMLReaderTests {
    private func read(_ html: String, wholePage: Bool = true) throws -> Document {
        try HTMLReader().read(Data(html.utf8), options: ReadOptions(wholePage: wholePage))
    }

    @Test func charsetFromBOM() {
        let decoded = HTMLCharset.decode(Data([0xEF, 0xBB, 0xBF] + Array("<p>é</p>".utf8)))
        #expect(decoded.encoding == "utf-8")
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "<p>é</p>")
        let utf16 = HTMLCharset.decode(Data([0xFF, 0xFE, 0x3C, 0x00, 0x70, 0x00, 0x3E, 0x00]))
        #expect(utf16.encoding == "utf-16le")
        #expect(String(decoding: utf16.utf8, as: UTF8.self) == "<p>")
    }

    @Test func charsetDeclaredOrGuessed() {
        let latin = Data(Array("<meta charset=\"iso-8859-1\"><p>caf".utf8) + [0xE9] + Array("</p>".utf8))
        #expect(HTMLCharset.decode(latin).encoding == "windows-1252")
        #expect(String(decoding: HTMLCharset.decode(latin).utf8, as: UTF8.self).contains("café"))
        let httpEquiv = Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">".utf8)
        #expect(HTMLCharset.declaredCharset(httpEquiv) == "windows-1251")
        let cyrillic = HTMLCharset.decode(Data(httpEquiv + [0xCF, 0xF0, 0xE8]))
        #expect(cyrillic.encoding == "windows-1251")
        #expect(String(decoding: cyrillic.utf8, as: UTF8.self).hasSuffix("При"))
        let undeclared = HTMLCharset.decode(Data(Array("<p>".utf8) + [0x93, 0x41, 0x94]))
        #expect(undeclared.encoding == "windows-1252")
        #expect(String(decoding: undeclared.utf8, as: UTF8.self) == "<p>“A”")
        let utf8 = HTMLCharset.decode(Data("<meta charset=latin1><p>naïve</p>".utf8))
        #expect(utf8.encoding == "utf-8")
        let badUTF8 = HTMLCharset.decode(Data(Array("<meta charset=utf-8><p>a".utf8) + [0xFF, 0xC3]))
        #expect(badUTF8.encoding == "utf-8")
        #expect(!badUTF8.warnings.isEmpty)
    }

    @Test func legacyCharsetsDecodeThroughIconv() {
        // 中文 in GB2312, Привет in KOI8-R, 한국 in EUC-KR, 中文 in Big5.
        let cases: [(label: String, bytes: [UInt8], text: String)] = [
            ("gb2312", [0xD6, 0xD0, 0xCE, 0xC4], "中文"),
            ("gbk", [0xD6, 0xD0, 0xCE, 0xC4], "中文"),
            ("koi8-r", [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4], "Привет"),
            ("euc-kr", [0xC7, 0xD1, 0xB1, 0xB9], "한국"),
            ("big5", [0xA4, 0xA4, 0xA4, 0xE5], "中文"),
        ]
        for (label, bytes, text) in cases {
            let decoded = HTMLCharset.decode(Data(Array("<meta charset=\"\(label)\"><p>".utf8) + bytes + Array("</p>".utf8)))
            #expect(decoded.encoding == label)
            #expect(String(decoding: decoded.utf8, as: UTF8.self).contains("<p>\(text)</p>"), "\(label)")
            #expect(decoded.warnings.isEmpty, "\(label): \(decoded.warnings)")
        }
        // A byte GB18030 does not define, and a sequence cut off at the end: U+FFFD each, a warning, the rest kept.
        let broken = HTMLCharset.decode(Data(Array("<meta charset=gb2312><p>".utf8) + [0xD6, 0xD0, 0xFF, 0xCE, 0xC4, 0xD6]))
        let brokenText = String(decoding: broken.utf8, as: UTF8.self)
        #expect(brokenText.hasPrefix("<meta charset=gb2312><p>中\u{FFFD}文"))
        #expect(brokenText.hasSuffix("\u{FFFD}"))
        #expect(broken.warnings.count == 1)
        // An unknown label still falls back to Windows-1252, with a warning.
        let unknown = HTMLCharset.decode(Data(Array("<meta charset=x-nonesuch><p>".utf8) + [0xE9]))
        #expect(unknown.encoding == "windows-1252")
        #expect(!unknown.warnings.isEmpty)
    }

    @Test func urlResolution() {
        let resolver = HTMLURLResolver(base: "https://example.org/a/b/page.html")
        #expect(resolver.resolve("c.html") == "https://example.org/a/b/c.html")
        #expect(resolver.resolve("../c.html") == "https://example.org/a/c.html")
        #expect(resolver.resolve("/root") == "https://example.org/root")
        #expect(resolver.resolve("//cdn.example.com/x.png", forImage: true) == "https://cdn.example.com/x.png")
        #expect(resolver.resolve("#section-2") == "#section-2")
        #expect(resolver.resolve("https://other.example/") == "https://other.example/")
        #expect(resolver.resolve("javascript:alert(1)") == nil)
        #expect(resolver.resolve(" java\tscript:alert(1)") == nil)
        #expect(resolver.resolve("") == nil)
        #expect(HTMLURLResolver(base: nil).resolve("relative.html") == "relative.html")
    }

    @Test func baseHrefWins() throws {
        let doc = try read("<html><head><base href=\"https://base.example/dir/\"><link rel=canonical href=\"https://canon.example/x\"></head><body><p><a href=\"y\">y</a></p></body></html>")
        guard case .paragraph(let inlines)? = doc.blocks.first?.kind, case .link(let link)? = inlines.first else {
            Issue.record("expected a paragraph with a link")
            return
        }
        #expect(link.url == "https://base.example/dir/y")
        #expect(doc.metadata.url == "https://canon.example/x")
    }

    @Test func dates() {
        #expect(MetadataDate.iso8601("2019-11-19T08:00:00.000Z") == "2019-11-19T08:00:00Z")
        #expect(MetadataDate.iso8601("2019-11-20 10:30:00+0100") == "2019-11-20T10:30:00+01:00")
        #expect(MetadataDate.iso8601("2019-11-19") == "2019-11-19")
        #expect(MetadataDate.iso8601("November 19, 2019") == "2019-11-19")
        #expect(MetadataDate.iso8601("Tue, 19 Nov 2019 08:00:00 GMT") == "2019-11-19")
        #expect(MetadataDate.iso8601("yesterday") == nil)
    }

    @Test func whitespaceCollapsedExceptInPre() throws {
        let doc = try read("<p>  a \n\t b <em> c </em> d  </p><pre>  x\n    y</pre>")
        #expect(doc.blocks.first?.kind == .paragraph([.text("a b "), .emphasis([.text("c")]), .text(" d")]))
        #expect(doc.blocks.last?.kind == .codeBlock(CodeBlock(text: "  x\n    y\n")))
    }

    @Test func oddInputNeverCrashes() throws {
        let inputs = ["", "<", "<<<>>>", "<table><tr><td>x", String(repeating: "<div>", count: 5000) + "deep",
                      "<ul><li><ul><li><ol>", "<a href=\"http://[::1\">x</a>", "<img src=\"\" width=\"-1\">"]
        for input in inputs {
            _ = try read(input)
            _ = try read(input, wholePage: false)
        }
        #expect(try read("<p>a\u{0}b</p>").blocks.first?.kind == .paragraph([.text("a\u{FFFD}b")]))
        #expect(throws: GalleyError.self) { try read("\u{89}PNG\r\n\u{1A}\n\u{0}\u{0}\u{0}\rIHDR\u{0}\u{0}") }
        let deep = try read(String(repeating: "<div>", count: 5000) + "deep text")
        #expect(deep.blocks.count == 1)
    }

    @Test func extractionRecordsRemovals() throws {
        let doc = try read("""
        <html><body><nav><a href="/">Home</a> <a href="/x">Section</a></nav>
        <article><p>A paragraph of the article, long enough, with commas, to be chosen as the content.</p>
        <p>Another paragraph of the article, also long enough, with commas, to be kept as content.</p></article>
        <footer>Copyright notice of the site</footer></body></html>
        """, wholePage: false)
        #expect(doc.blocks.count == 2)
        #expect(doc.removals.contains { $0.stage == .htmlExtraction && $0.reason == .navigation && $0.text.contains("Home") })
        #expect(doc.removals.contains { $0.text.contains("Copyright") })
    }
}

@Suite("White-space folding")
struct FoldingWhitespaceTests {
    @Test func matchesCharacterBasedFolding() {
        let samples = ["", "  ", "a", " a  b\t\nc ", "caf\u{E9}\u{A0}cr\u{E8}me", "x\u{2003}y\u{3000}z\u{2028}w", "“quoted” — dash",
                       "\u{85}lead", "tail\u{202F}", "emoji 👍🏽  ok", "\r\n\r\n", "a\u{200B}b"]
        for s in samples {
            #expect(s.foldingWhitespace == s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "), "\(s.debugDescription)")
        }
    }
}

@Suite("Metadata strings")
struct MetadataStringTests {
    @Test func entitiesLeftInMetadataAreDecoded() {
        #expect(HTMLEntities.decode("A &#8211; B &amp; C &#x2014; D &unknown; &") == "A – B & C — D &unknown; &")
        #expect(HTMLEntities.decode("plain") == "plain")
        #expect(HTMLEntities.decode("&#0; &#xFFFFFFFF;") == "&#0; &#xFFFFFFFF;")
        #expect(HTMLEntities.decode("Caf&eacute; &laquo;x&raquo;") == "Café «x»")
    }

    @Test func doubleEscapedMetadataDecodedOnceMore() {
        // JSON-LD keeps references literally; a meta content escaped twice reads `&amp;quot;` after parsing.
        #expect(HTMLEntities.decode("&amp;quot;Hi&amp;quot; &amp;#8211; there") == "\"Hi\" – there")
        // Decoded twice at most; a lone ampersand after decoding stays.
        #expect(HTMLEntities.decode("&amp;amp;amp;") == "&amp;")
        #expect(HTMLEntities.decode("Q&amp;A") == "Q&A")
        #expect(HTMLEntities.decode("&amp;unknown;") == "&unknown;")
    }

    @Test func metadataReferencesDecodedEndToEnd() throws {
        let html = """
        <html><head><title>t</title>
        <meta property="og:site_name" content="News &amp;amp; Views">
        <meta name="description" content="&amp;quot;Quoted&amp;quot; &amp;#8211; text">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Rise &#8211; and fall","author":{"name":"Ren&eacute;e"}}</script>
        </head><body><p>Body text.</p></body></html>
        """
        let doc = try HTMLReader().read(Data(html.utf8), options: ReadOptions(wholePage: true))
        #expect(doc.metadata.title == "Rise – and fall")
        #expect(doc.metadata.siteName == "News & Views")
        #expect(doc.metadata.description == "\"Quoted\" – text")
        #expect(doc.metadata.authors == ["Renée"])
    }

    @Test func siteNameStrippedFromTitle() {
        #expect(HTMLMetadataPrecedence.withoutSiteName("Headline | Example News", siteName: "Example News") == "Headline")
        #expect(HTMLMetadataPrecedence.withoutSiteName("Example News - Headline", siteName: "example news") == "Headline")
        #expect(HTMLMetadataPrecedence.withoutSiteName("Headline - More", siteName: "Example") == "Headline - More")
        #expect(HTMLMetadataPrecedence.languageTag("en_us") == "en-US")
        #expect(HTMLMetadataPrecedence.languageTag("zh-hant-tw") == "zh-Hant-TW")
        #expect(HTMLMetadataPrecedence.languageTag("not a tag") == nil)
    }
}

@Suite("HTML extraction details")
struct HTMLExtractionDetailTests {
    private let article = """
    <html><head><title>T</title></head><body><article><h1>The title</h1>
    <h2>A standfirst that reads as a whole sentence rather than a heading, summing the story up for readers.</h2>
    <p>First paragraph of the story, long enough, with commas, clauses, and enough words to be kept.</p>
    <p>Second paragraph, <a href="https://www.facebook.com/sharer/sharer.php?u=x">Share</a> also long enough, with commas, to be kept.</p>
    </article></body></html>
    """

    @Test func standfirstBecomesSubtitle() throws {
        let doc = try HTMLReader().read(Data(article.utf8), options: ReadOptions())
        #expect(doc.metadata.subtitle?.hasPrefix("A standfirst") == true)
        #expect(!doc.blocks.contains { $0.inlineContent?.plainText.hasPrefix("A standfirst") == true })
        #expect(doc.removals.contains { $0.reason == .standfirstMovedToSubtitle })
    }

    @Test func aSentenceHeadingWithNothingAfterItStaysTheBody() throws {
        var blocks = [Block(.heading(Heading(level: 2, content: [.text("A long heading that reads as a sentence, with twelve words or more in it.")])))]
        var metadata = Metadata()
        var log = RemovalLog(stage: .htmlExtraction)
        HTMLStandfirst.extract(&blocks, metadata: &metadata, log: &log)
        #expect(blocks.count == 1 && metadata.subtitle == nil && log.removals.isEmpty)
    }

    @Test func shareLinksDroppedOnlyWhenExtracting() throws {
        let extracted = try HTMLReader().read(Data(article.utf8), options: ReadOptions())
        #expect(!extracted.blocks.contains { $0.inlineContent?.plainText.contains("Share") == true })
        let whole = try HTMLReader().read(Data(article.utf8), options: ReadOptions(wholePage: true))
        #expect(whole.blocks.contains { $0.inlineContent?.plainText.contains("Share") == true })
    }

    @Test func blockImageFollowedByTextStartsNewParagraph() throws {
        let html = """
        <html><body>
        <p><a href="a.jpg"><img class="aligncenter" src="a.jpg" alt=""></a>One possible explanation follows the picture.</p>
        <p><span style="display: block"><a href="b.html"><img src="b.jpg" alt=""></a><span style="display:block">A caption below.</span></span></p>
        <p>An <img src="icon.png" alt="icon"> inline icon stays inline.</p>
        </body></html>
        """
        let doc = try HTMLReader().read(Data(html.utf8), options: ReadOptions(wholePage: true))
        let kinds = doc.blocks.map { block -> String in
            switch block.kind {
            case .figure: return "figure"
            case .paragraph(let inlines): return "p:" + inlines.plainTextWithoutImages.trimmingCharacters(in: .whitespaces)
            default: return "other"
            }
        }
        #expect(kinds == ["figure", "p:One possible explanation follows the picture.", "figure", "p:A caption below.", "p:An  inline icon stays inline."])
    }

    @Test func paragraphRepeatingAltTextBecomesCaption() throws {
        let html = """
        <html><body><div><img src="a.jpg" alt="Two people pose for a photo at a residence."></div>
        <p>Two people pose for a photo at a residence.</p><p>Story text.</p></body></html>
        """
        let doc = try HTMLReader().read(Data(html.utf8), options: ReadOptions(wholePage: true))
        guard case .figure(let figure) = doc.blocks.first?.kind else { Issue.record("no figure"); return }
        #expect(figure.caption?.plainText == "Two people pose for a photo at a residence.")
        #expect(figure.image.alt.isEmpty)
        #expect(doc.blocks.count == 2)
    }

    @Test func templateCaptionRepeatedUnderPicturesKeptOnce() throws {
        let story = (1...3).map { "<p>Paragraph \($0) of the story, long enough, with commas, clauses, and words to be kept as content.</p>" }
        let pictures = (1...3).map { "<p><img src=\"p\($0).jpg\" alt=\"\"></p><p>Festival series performance, photo by staff</p>" }
        let html = "<html><body><article>" + zip(story, pictures).map { $0 + $1 }.joined() + "<p>Repeated line in prose, twice.</p><p>Repeated line in prose, twice.</p></article></body></html>"
        let doc = try HTMLReader().read(Data(html.utf8), options: ReadOptions())
        let texts = doc.blocks.compactMap { $0.inlineContent?.plainText }
        #expect(texts.filter { $0.hasPrefix("Festival series") }.count == 1)
        #expect(texts.filter { $0.hasPrefix("Repeated line") }.count == 2)
        #expect(doc.removals.filter { $0.reason == .repeatedParagraph }.count == 2)
    }
}
