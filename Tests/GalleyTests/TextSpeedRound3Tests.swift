// Tests that the third round's shortcuts in the text reader (hashed keys, scalar counts, veto prefixes, word splits) answer what the code they replace answers.
import Foundation
import Testing
@testable import Galley
@testable import GalleyModel
@testable import GalleySupport
@testable import GalleyReaders

/// Texts of several scripts and normalizations, with canonically equivalent pairs.
private let texts = [
    "Growing Tomatoes", "growing tomatoes", "caf\u{E9}", "cafe\u{301}", "K", "\u{212A}", "Über", "U\u{308}ber", "", " ", "a;b", "a\u{37E}b",
    "Москва", "한국어", "emoji 👍", "line\r\nnext", "\r\n", "not a heading: starts with '—'", "not a heading: starts with '\u{2014}' x",
]

@Test func hashedKeysAreEqualExactlyWhenTheTextsAre() {
    for a in texts {
        for b in texts {
            #expect((HashedKey(a) == HashedKey(b)) == (a == b))
            #expect((HashedKey(Substring(a)) == HashedKey(Substring(b))) == (Substring(a) == Substring(b)))
        }
    }
    // Counting through hashed keys gives the counts of the Strings.
    var plain: [String: Int] = [:]
    var hashed: [HashedKey<String>: Int] = [:]
    for text in texts + texts.prefix(7) {
        plain[text, default: 0] += 1
        hashed[HashedKey(text), default: 0] += 1
    }
    for text in texts { #expect(plain[text] == hashed[HashedKey(text)]) }
}

@Test func scalarCountIsTheCountOfUnicodeScalars() {
    for text in texts + [String(repeating: "é👍a", count: 100), String(Substring("xxabc").dropFirst(2))] {
        #expect(LineFeatures.scalarCount(text) == text.unicodeScalars.count)
    }
}

@Test func vetoPrefixTestMatchesHasPrefix() {
    var reasons = OutlineDecoding.vetoes.flatMap { [$0, $0 + " and more", $0 + "\u{301}", String($0.dropLast())] }
    reasons += ["not a heading: ends like a sentence ('\u{37E}')", "not a heading: starts with '-'", "not a heading: no final punctuation",
                "not a heading: a byline\r\n", "not a heading: ", "heading"]
    for reason in reasons {
        #expect(OutlineDecoding.isVeto(reason) == OutlineDecoding.vetoes.contains { reason.hasPrefix($0) }, "\(reason)")
    }
}

@Test func wordSplitsWithMaxSplitsKeepTheFirstWords() {
    let line = "  one two  three " + (0..<500).map { "w\($0)" }.joined(separator: "  ") + " end"
    #expect(Array(line.split(separator: " ", maxSplits: 200).prefix(200)) == Array(line.split(separator: " ").prefix(200)))
    #expect(Array(line.split(separator: " ", maxSplits: 40, omittingEmptySubsequences: false).prefix(40))
        == Array(line.split(separator: " ", omittingEmptySubsequences: false).prefix(40)))
}

@Test func textWithoutCRSplitsAsBefore() {
    #expect(TextSegmenter.containsCR("a\rb"))
    #expect(!TextSegmenter.containsCR("a\nb"))
    #expect(!TextSegmenter.containsCR(""))
    #expect(TextSegmenter.lines(of: "a \r\nb\rc\n\nd\t") == ["a", "b", "c", "", "d"])
    #expect(TextSegmenter.lines(of: "a \nb\n\nd\t") == ["a", "b", "", "d"])
}
