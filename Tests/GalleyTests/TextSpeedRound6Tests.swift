// Tests that the seventh speed round's paths (fused word scan, skeleton filter, byte tests) answer as the code they replace.
import Foundation
import Testing
@testable import GalleyPasses
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

@Test func bylinePrefilterOfSimpleLinesAgreesWithTheCharacterCode() {
    let alphabet = Array("Jo Ann, écrivain Ésa,  é Bxyz-'")
    let lines = simpleLines(count: 20_000, alphabet: alphabet) + [
        "Jo Ann, é writer here", "Élise Roe, staff writer", "Élise, a writer", "Élise Ann Roe Kim, a writer", "Élise Roe, a, b",
        "Böll Heinrich, écrivain allemand", "  Élise Roe, a writer", "Bé Roe", "Déjà Vu, a film", "Jo Ann,\u{301} writer",
    ]
    for line in lines {
        if HeadingASCII.bylineRuledOutSimple(line) {
            #expect(ReaderScalars.isSimple(line))
            #expect(!HeadingScorer.isBylineByCharacters(line), "\(line.debugDescription)")
        }
        #expect(HeadingScorer.isByline(line) == HeadingScorer.isBylineByCharacters(line), "\(line.debugDescription)")
    }
    #expect(HeadingASCII.bylineRuledOutSimple("Élise Roe writes, and writes, a lot"))
    #expect(!HeadingASCII.bylineRuledOutSimple("Élise Roe, staff writer"))
}

@Test func skeletonFilterOfCueWordsAnswersAsLookingUpEveryWord() {
    let list = Array(CueWordFeatures.creditWords.union(CueWordFeatures.monthWords)).sorted()
    var draw = Draw(seed: 7)
    var lines: [String] = []
    // List words as written, capitalised, with punctuation and figures around them, and with a letter changed.
    for word in list {
        let capital = word.prefix(1).uppercased() + word.dropFirst()
        lines += [word, capital, word.uppercased(), "\(capital): x", "5 \(word) 2019", "(\(word)) 12", "fot. \(word)"]
        var chars = Array(word)
        chars[draw.next(chars.count)] = ["é", "ł", "ß", "e", "ó"][draw.next(5)]
        lines.append(String(chars) + " 3")
    }
    lines += ["Źródło: Pixabay", "ŹRÓDŁO", "Zrodlo", "März 5", "5 mars", "Crédit photo", "Credit photo", "fotografía 2", "Ilustração 3",
              "Łódź 1 stycznia", "1 января", "Ελλάδα 5", "", " ", "a  b", "Foto:\u{A0}dpa"]
    for line in lines where ReaderScalars.isSimple(line) {
        #expect(CueWordScan(line) == CueWordScan(lookingUpNonASCII: line), "\(line.debugDescription)")
    }
    // The skeleton: canonically equivalent spellings share it; the skeleton of each slot is that of its lower case.
    #expect(CueWordScan.skeleton("é") == CueWordScan.skeleton("e\u{301}"))
    #expect(CueWordScan.skeleton("źródło") == CueWordScan.skeleton("z\u{301}ro\u{301}dło"))
}

@Test func thematicBreakPrefilterAgreesWithTheCharacterCode() {
    let alphabet = Array("-*_=~·• \tx\u{387}\u{301}é")
    var draw = Draw(seed: 11)
    let lines = (0..<20_000).map { _ in String((0..<draw.next(8)).map { _ in alphabet[draw.next(alphabet.count)] }) }
        + ["---", "* * *", "___", "===", "~~~", "···", "•••", "\u{387}\u{387}\u{387}", " \u{301}---", "\t- - -", "abc", "é--"]
    for line in lines {
        #expect(LineMarkers.isThematicBreak(line) == LineMarkers.isThematicBreakByCharacters(line), "\(line.debugDescription)")
    }
}

@Test func containsBytesInPlaceAnswersAsSimpleScalars() {
    let alphabet = Array("ab =>(-é ")
    var draw = Draw(seed: 3)
    let texts = (0..<5_000).map { _ in String((0..<draw.next(12)).map { _ in alphabet[draw.next(alphabet.count)] }) }
    for text in texts + ["", "a = b(c)", "x => y", "é -> f(", "ab"] {
        for needle in ["", " = ", "(", "=>", "->", "é", "ab", "a = b(c)!"] {
            #expect(ReaderScalars.containsBytes(text, needle) == SimpleScalars.containsBytes(text, needle), "\(text.debugDescription) \(needle)")
        }
    }
}

@Test func wordCountInOnePassAnswersAsTheSplit() {
    // Spaces, ASCII, simple scalars, and what is not simple: combining marks, a Prepend scalar, CR LF, CJK.
    let alphabet: [String] = [" ", " ", "a", "b", "é", "Ж", "\u{301}", "\u{600}", "\r\n", "\r", "日", "\u{A0}", "–"]
    var draw = Draw(seed: 5)
    let texts = (0..<20_000).map { _ in (0..<draw.next(24)).map { _ in alphabet[draw.next(alphabet.count)] }.joined() }
    for text in texts + ["", " ", "a b c", "a \u{301}b c", "\u{600} a b", String(repeating: "word ", count: 40) + "\u{301}"] {
        for limit in [0, 1, 2, 3, 16] {
            let expected = text.split(separator: " ").count > limit
            #expect(NavigationArtifactPass.hasMoreWords(text, than: limit) == expected, "\(text.debugDescription) \(limit)")
            if let fast = NavigationArtifactPass.hasMoreWordsByBytes(text, than: limit) { #expect(fast == expected, "\(text.debugDescription) \(limit)") }
        }
    }
}

@Test func wordListOfSimpleLinesAnswersAsTheCharacterCode() {
    let alphabet = Array("é,a ,Ж b,,  x–")
    for line in simpleLines(count: 20_000, alphabet: alphabet) + ["Éte, Été, Hiver", "Été, Hiver", "Ёлка, Жук, Дом, Кот", "a, b c, d"] {
        #expect(HeadingScorer.isWordList(line) == HeadingScorer.isWordListByCharacters(line), "\(line.debugDescription)")
    }
}
