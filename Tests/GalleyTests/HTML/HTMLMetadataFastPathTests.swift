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
}
