// Tests that the text reader's own copies of SimpleScalars' look-ups, and its byte scans of cue words and keys, answer what the originals answer.
import Foundation
import Testing
@testable import Galley
@testable import GalleyModel
@testable import GalleySupport
@testable import GalleyReaders

/// Lines of several scripts and shapes, simple and not.
private let lines = [
    "Growing Tomatoes on a Balcony", "Foto: dpa", "fot. shutterstock", "Źródło: Pixabay", "Crédit photo : AFP", "Photo credit: Jane Doe",
    "12 March 2021", "März 12", "am 3. Oktober", "1 października 2020", "Published June 5, 2019", "Image copyright Getty Images",
    "Über die Straße – ein Überblick…", "Москва — столица России.", "  two  spaces ", "", " ", "a\tb", "e\u{301} combining photo",
    "emoji 👍 credit", "K\u{212A}elvin", "UPPER lower 123", "x", "tab\tseparated\tcells", "Source:", "Quelle: Reuters",
]

/// `CueWordFeatures.rows`' word loop as it reads a line with Characters.
private func cueByCharacters(_ text: String) -> (Bool, Bool, Bool) {
    let raw = text.split(separator: " ", omittingEmptySubsequences: false).prefix(OutlineFeatures.wordsRead)
    let words = raw.map(CueWordFeatures.normalized)
    let credit = words.contains { CueWordFeatures.creditWords.contains($0) }
    let first = words.first.map { CueWordFeatures.creditWords.contains($0) } ?? false
    let date = words.indices.contains { k in
        CueWordFeatures.monthWords.contains(words[k])
            && [k - 1, k + 1].contains { $0 >= 0 && $0 < words.count && CueWordFeatures.hasNumber(raw[raw.startIndex + $0]) }
    }
    return (credit, first, date)
}

@Test func readerScalarsMatchSimpleScalars() {
    for v: UInt32 in 0..<0x30000 {
        #expect(ReaderScalars.slot(v) == SimpleScalars.slot(v))
        #expect(ReaderFlags(v).rawValue == SimpleScalars.flags(v).rawValue)
    }
    let pairs: [(ReaderFlags, SimpleScalars.Flags)] = [(.letter, .letter), (.uppercase, .uppercase), (.lowercase, .lowercase), (.number, .number),
        (.whitespace, .whitespace), (.symbol, .symbol), (.currency, .currency), (.math, .math), (.alphabetic, .alphabetic)]
    for (mine, theirs) in pairs { #expect(mine.rawValue == theirs.rawValue) }
    #expect(OutlineWordScan.hashSeed == StopWords.hashSeed)
    #expect(OutlineWordScan.hash(12345, 0x1F600) == StopWords.hash(12345, 0x1F600))
    for line in lines + ["a\rb", "line\n", "한국어", "ΟΔΟΣ"] {
        #expect(ReaderScalars.isSimple(line) == SimpleScalars.isSimple(line), "\(line.debugDescription)")
        #expect(ReaderScalars.scalars(line) == SimpleScalars.scalars(line), "\(line.debugDescription)")
    }
}

@Test func stopWordTableMatchesTheDictionary() {
    for key in StopWords.masks.keys { #expect(OutlineWordScan.stopMasks.mask(key) == StopWords.masks[key]) }
    for key: UInt64 in [0, 1, 42, .max, 0xcbf2_9ce4_8422_2325] { #expect(OutlineWordScan.stopMasks.mask(key) == StopWords.masks[key] ?? 0) }
}

@Test func cueWordScanMatchesTheCharacterLoop() {
    let words = Array(CueWordFeatures.creditWords) + Array(CueWordFeatures.monthWords)
    var samples = lines
    for (i, word) in words.enumerated() { samples.append("\(word.capitalized) \(i) and \(word.uppercased()): \(word)") }
    for line in samples {
        guard let scan = CueWordScan(line) else {
            #expect(!SimpleScalars.isSimple(line), "\(line.debugDescription)")
            continue
        }
        let (credit, first, date) = cueByCharacters(line)
        #expect(scan.credit == credit && scan.creditFirst == first && scan.date == date, "\(line.debugDescription)")
    }
}

@Test func asciiKeyMatchesFoldedLowerCase() {
    for line in lines + ["  A  b\t\tC ", "\r\nX\r\n", "Mixed CASE line", "a\u{0B}b\u{0C}c"] {
        let folded = line.foldingWhitespace
        if let key = TextArtifacts.asciiKey(line) { #expect(key == folded.lowercased(), "\(line.debugDescription)") }
        #expect(TextArtifacts.key(line) == folded.lowercased(), "\(line.debugDescription)")
    }
}
