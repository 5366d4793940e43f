// Tests that the seventh speed round's paths (packed trees, fused word scan, byte tests) answer as the code they replace.
import Foundation
import Testing
@testable import GalleyReaders
@testable import GalleySupport

/// A small random generator (deterministic).
private struct Draw {
    var seed: UInt64
    mutating func next(_ n: Int) -> Int {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((seed >> 33) % UInt64(n))
    }
}

/// Simple lines over the characters the word scan and the score test look at (ASCII and other simple scalars).
private func simpleLines(count: Int, alphabet: [Character]) -> [String] {
    var draw = Draw(seed: 0x9E37_79B9_7F4A_7C15)
    return (0..<count).map { _ in String((0..<draw.next(30)).map { _ in alphabet[draw.next(alphabet.count)] }) }
}

@Test func packedForestScoresAsTheNodeArraysAndTheScorer() {
    let model = OutlineModel.shared
    let text = "Growing Tomatoes\n\nTomatoes need sun, water and patience. They grow well on balconies.\n\nWhat You Need\n\n"
        + "Pots, soil and seeds.\n\n1.2 Watering\n\nfs.read(fd[, options])\n\nChapter IV\n\nThe end, at last.\n"
    let analysis = TextStructure.analyze(text)
    #expect(!analysis.featureRows.isEmpty)
    var draw = Draw(seed: 42)
    for row in analysis.featureRows {
        let features = Array(row.features.dropLast())  // (the last column, `vetoed`, is no feature)
        // The row as read, then with values moved onto and around the thresholds.
        var variants = [features]
        for _ in 0..<20 {
            var v = features
            for _ in 0..<10 { v[draw.next(v.count)] = Double(draw.next(9) - 3) / 2 }
            variants.append(v)
        }
        for v in variants {
            let packed = OutlineModel.headingForest.score(v)
            #expect(packed == OutlineModel.headingForest.scoreByArrays(v))
            #expect(packed == model.heading.score(v, columns: OutlineModel.headingColumns))
        }
    }
    for (key, forest) in OutlineModel.levelForests {
        let width = OutlineModel.pairNames.count
        for _ in 0..<200 {
            let v = (0..<width).map { _ in Double(draw.next(13) - 4) / 3 }
            #expect(forest.score(v) == forest.scoreByArrays(v), "\(key)")
        }
    }
}

@Test func containsNumberFromBytesAnswersAsSimpleScalars() {
    for v in UInt32(0)..<0x2100 {
        guard let scalar = Unicode.Scalar(v) else { continue }
        for text in [String(scalar), "ab" + String(scalar) + "c", "é" + String(scalar)] {
            #expect(ReaderScalars.containsNumber(text) == SimpleScalars.containsNumber(text), "\(text.debugDescription)")
        }
    }
    for text in ["", "abc", "a1", "é", "é9", "Ⅻ", "x²", "€ 5", "٣", "abc\u{301}", "日本", "𝟘"] {
        #expect(ReaderScalars.containsNumber(text) == SimpleScalars.containsNumber(text), "\(text.debugDescription)")
    }
}

@Test func fusedWordScanAnswersAsThePartsItFused() {
    let alphabet = Array("aZz_:.  Ab9éÉßΣσЖж’–-x.yQ_x::Ωǅ·")
    let lines = simpleLines(count: 20_000, alphabet: alphabet) + [
        "", " ", "fs.read(fd[, options])", "snake_case here", "a::b", "camelCase", "The quick brown fox", "über Äpfel",
        "Ǆemal ǅ", "x:.y", "._a", "a..b", "a.", ".a", "ÉCOLE école", String(repeating: "the and of ", count: 20),
    ]
    for line in lines where ReaderScalars.isSimple(line) {
        for mask: UInt32 in [.max, 1, 2, 4] {
            #expect(OutlineWordScan(line, stopMask: mask) == OutlineWordScan(byParts: line, stopMask: mask), "\(line.debugDescription)")
        }
    }
}

@Test func endsWithScoreOfSimpleLinesAnswersAsTheCharacterCode() {
    let alphabet = Array("70-4–:  a½²é Σ٣5")
    let lines = simpleLines(count: 20_000, alphabet: alphabet) + [
        "Palm Bay – Rockledge 70–44", "Résumé 7–8", "Étape 10:30", "x ½-2", "x 2²-3", "é 70--44", "é –70–44–", "é 7-8-9",
    ]
    for line in lines {
        let simple = HeadingASCII.endsWithScoreSimple(line)
        #expect((simple == nil) == !ReaderScalars.isSimple(line))
        if let simple { #expect(simple == HeadingScorer.endsWithScoreByCharacters(line), "\(line.debugDescription)") }
        #expect(HeadingScorer.endsWithScore(line) == HeadingScorer.endsWithScoreByCharacters(line), "\(line.debugDescription)")
    }
    #expect(HeadingASCII.endsWithScoreSimple("Palm Bay – Rockledge 70–44") == true)
    #expect(HeadingASCII.endsWithScoreSimple("日本 70-44") == nil)
}

/// The back-link prefilter: a text whose last Character is `)`, `]`, `↑`, `⇧` or `▲`, or lower-cases
/// to a string ending in `p`, ends in a byte the prefilter lets through (every scalar checked).
@Test func backLinkPrefilterKeepsEveryPossibleEnding() {
    for v in UInt32(0)...0x10FFFF {
        guard let scalar = Unicode.Scalar(v) else { continue }
        let text = "x " + String(scalar)
        guard let last = text.last else { continue }
        let ending = last == ")" || last == "]" || "↑⇧▲".contains(last) || text.suffix(4).lowercased().hasSuffix("p")
        if ending { #expect(TextArtifacts.mayEndBackLink(text.utf8.last!), "U+\(String(v, radix: 16))") }
    }
    for text in ["Back to top", "Top", "(Top)", "[top]", "↑", "x ⇧", "▲", "Seitenanfang ↑"] {
        #expect(TextArtifacts.mayEndBackLink(text.utf8.last!))
    }
}
