// The metadata and page-type shortcuts of the fourth HTML speed round give what the code they replace gives.
import Foundation
import Testing
@testable import GalleyReaders
@testable import GalleySupport

@Suite("HTML metadata fast paths")
struct HTMLMetadataFastPathTests {
    /// Texts mixing ASCII, separators, combining marks and canonical equivalents.
    private static let texts: [String] = [
        "", "a", "Jane Doe | May 3", "Jane Doe - Staff", "Jane · Doe", "Jane \u{0387} Doe", "A | B | C",
        " | leading", "trailing | ", "Headline :: Site", "Headline : Tag", "Jane Doe on Twitter", "Née | Paris",
        "e\u{301} | x", " |\u{301} x", "Title – Site — More", "x - y - z", "Jane Doe, updated", "a\r\nb | c",
    ]

    @Test func separatorsAgreeWithFoundation() {
        let separators = MetadataCues.shared.bylineSeparators + MetadataCues.shared.titleSeparators + [" \u{0387} ", "K", "\u{212A}"]
        for separator in separators {
            let prepared = ASCIISeparator(separator)
            for text in Self.texts {
                for backwards in [false, true] {
                    let expected = text.range(of: separator, options: backwards ? .backwards : []).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
                    if let offset = prepared.offset(in: text, backwards: backwards) {
                        #expect(offset == expected, "\(separator.debugDescription) in \(text.debugDescription), backwards \(backwards)")
                    }
                }
            }
        }
    }

    /// `isAuthorPath` as written before the byte version.
    private func referenceIsAuthorPath(_ href: String, segments: [String]) -> Bool {
        let path = href.prefix { $0 != "?" && $0 != "#" }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return false }
        for i in 0..<(parts.count - 1) where !parts[i + 1].isEmpty && segments.contains(parts[i].lowercased()) { return true }
        return false
    }

    @Test func authorPathsAgreeWithTheCharacterVersion() {
        let segments = MetadataCues.shared.authorPathSegments
        let hrefs = ["", "/", "//", "author", "/author", "/author/", "/author//x", "/AUTHOR/jane", "https://x.org/author/jane-doe/",
                     "/autor/max?x=1", "/x?author/jane", "/x#/author/jane", "author/jane", "/authors/", "/a/author/b/c",
                     "/author\r\n/jane", "/autéur/jane", "/author/jané", "/writer/jane", "/Autor/Max#top", "/author?/x"]
        for href in hrefs {
            #expect(HTMLVisibleMetadata.isAuthorPath(href, segments: segments) == referenceIsAuthorPath(href, segments: segments), "\(href)")
        }
    }

    @Test func classScanAgreesWithTheByteArrayVersion() {
        let words = ClassNames.words(["sr-only", "screen", "visually", "none", "hidden"])
        for text in ["", "SR-ONLY", "x Screen-reader", "display: None", "visibility:HIDDEN", "nothing", "scree", "ünd hidden", "HiddeN"] {
            #expect(ClassNames.containsAny(text, words) == ClassNames(text).containsAny(words), "\(text)")
        }
    }

    @Test func siteLettersAgreeWithTheScalarVersion() {
        for text in ["Texas Mattress Makers", "rapid7.com", "A-B_C 9", "", "Café Zürich", "ÆON 2"] {
            let reference = String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
            #expect(HTMLMetadataCandidates.letters(text) == reference, "\(text)")
        }
    }

    @Test func nameCleaningKeepsItsAnswers() {
        #expect(AuthorNames.clean("By Jane Doe (https://jane.example)") == "Jane Doe")
        #expect(AuthorNames.clean("Jane Doe www.jane.example") == "Jane Doe")
        #expect(AuthorNames.clean("https://jane.example") == "")
        #expect(AuthorNames.clean("{{ author }}") == "")
        #expect(AuthorNames.clean("page.head.author") == "")
        #expect(AuthorNames.isTemplateKey("${author}"))
        #expect(AuthorNames.isTemplateKey("{{ autör }}"))
        #expect(!AuthorNames.isTemplateKey("J.R.R.Tolkien"))
        #expect(AuthorNames.fromByline("Jane Doe | May 3, 2025") == "Jane Doe")
        #expect(AuthorNames.fromByline("Jane Doe · Staff Writer") == "Jane Doe")
    }

    @Test func labelStrippingAgreesWithTheUnguardedVersion() {
        let texts = ["By Jane Doe — Editor", "By Jane Doe", "by jane", "Byline’s end", "Written by Zoë Roe", "Author: Jane Doe ·",
                     "Autor: Łukasz", "Текст: Иван", "by\u{301} Jane", "By \u{301}Jane", "By  Jane", "Posted by Jane Doe on May 3 — ok",
                     "Photo: Jane", "Von Max Müller", "The café", "", "B", "By", "Redacción: Ana", "Written by: Jane Doe ’"]
        for text in texts {
            let got = AuthorLabels.strip(text), want = AuthorLabels.stripByCharacters(text)
            #expect(got.name == want.name && got.stripped == want.stripped, "\(text)")
        }
    }

    @Test func tokenGroupsAgreeWithTheArrayVersion() {
        let groups: [[[UInt8]]] = [["nav", "menu"], ["author", "byline"], ["share"]].map { $0.map { Array($0.utf8) } }
        let values = ["Main-Nav", "x  AUTHOR\tbox", "share-links\nfoo", "Ménu author", "", "nothing here", "navshare", "K\u{212A}menu"]
        let html = "<html><body>" + values.map { "<div class=\"\($0)\" id=\"\($0)\">x</div>" }.joined() + "</body></html>"
        let tree = HTMLTreeBuilder.parse(utf8: Array(html.utf8))
        var cache = TokenGroupCache(groups: groups)
        for index in tree.nodes.indices where tree.nodes[index].tag == .div {
            var want: UInt64 = 0
            for value in [tree.attribute(.class, of: index), tree.attribute(.id, of: index)].compactMap({ $0 }) {
                for token in value.lowercased().utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }) {
                    for (g, parts) in groups.enumerated() where parts.contains(where: { part in
                        token.count >= part.count && (0...(token.count - part.count)).contains { Array(token.dropFirst($0).prefix(part.count)) == part }
                    }) { want |= 1 << UInt64(g) }
                }
            }
            #expect(cache.mask(of: index, tree: tree) == want, "\(tree.attribute(.class, of: index) ?? "")")
        }
    }

    @Test func asciiDateWordsAgreeWithTheCharacterSplit() {
        let pieces = ["Nov", "november", "19", "2019", "1st", " ", ", ", "-", "\r\n", "\n", ".", "T08:00:00", "x9", "_", "'"]
        var random = SeededRandom(state: 5)
        for _ in 0..<5_000 {
            let text = (0..<random.next(9)).map { _ in pieces[random.next(pieces.count)] }.joined().lowercased()
            let expected = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            #expect(MetadataDate.asciiWords(text) == expected, "\(text.debugDescription)")
        }
        #expect(MetadataDate.asciiWords("3. märz 2024") == nil)
    }

    @Test func asciiShapeAgreesWithTheCharacters() {
        for text in Self.texts + ["2024-01-02", "x\r\ny 9", "\u{661}", "٣ May", "12\u{301}"] {
            let shape = HTMLVisibleMetadata.asciiShape(text)
            if shape.isASCII {
                #expect(text.utf8.count == text.count, "\(text.debugDescription)")
                #expect(shape.hasDigit == text.contains(where: \.isNumber), "\(text.debugDescription)")
            } else {
                #expect(text.utf8.contains { $0 >= 0x80 || $0 == 0x0D })
            }
        }
    }
}
