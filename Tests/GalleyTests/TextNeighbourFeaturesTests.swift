// Tests of the outline model's neighbour, cue-word and pair-context features (issue #13).
import Foundation
import Testing
@testable import Galley
@testable import GalleyModel
@testable import GalleySupport
@testable import GalleyReaders

/// The feature table of a text as name → column values, one value per unit.
private func columns(_ text: String) -> [String: [Double]] {
    let lines = TextStructure.analyze(text).featuresTSV.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    let header = lines[0].map(String.init)
    var out: [String: [Double]] = [:]
    for (k, name) in header.enumerated() where k >= 4 && k < header.count - 1 {
        out[name] = lines.dropFirst().map { Double($0[k]) ?? .nan }
    }
    return out
}

@Test func creditWordsAndDatelinesAreFoundInEveryLanguage() throws {
    let text = """
    Polska z najniższym bezrobociem

    Dodano: 30 kwietnia 2021, 11:55

    Praca w magazynie, zdjęcie ilustracyjne / Źródło: Pixabay

    Stopa bezrobocia w Polsce wyniosła 3,1 proc. w marcu i nadal jest najniższa w UE, podał Eurostat w czwartek.

    Foto: dpa
    """
    let c = columns(text)
    #expect(c["creditWord"] == [0, 0, 1, 0, 1])
    #expect(c["creditFirst"] == [0, 0, 0, 0, 1])
    #expect(c["monthDate"] == [0, 1, 0, 0, 0])
    #expect(c["nextCreditWord"]?[1] == 1)
    #expect(c["prevCreditWord"]?[3] == 1)
}

@Test func neighbourFeaturesMeasureTheUnitAgainstItsSurroundings() throws {
    let body = "Some running text that goes on for a while, long enough to be the body of a section in a document."
    // (Paragraphs one line each, as a browser copies them.)
    let text = "First Part\n\n\(body)\n\nSecond Part\n\n\(body)\n\nThird Part\n\n\(body)\n"
    let c = columns(text)
    let siblings = try #require(c["shapeSiblings"])
    // Three headings of one shape (Title Case, no ending, two words).
    #expect(siblings[0] == log(3) && siblings[2] == log(3))
    #expect(c["shapeSiblingsBody"]?[0] == log(3))  // both others are followed by body text
    #expect(c["prevBody"] == [0, 0, 1, 0, 1, 0])
    #expect((c["dNextChars"]?[0] ?? 0) < -2)
    #expect(c["unitsSincePrevCandidate"] == [10, 1, 1, 1, 1, 1])
}

@Test func pairContextSaysWhenAHeadingReturnsToAnEarlierShape() {
    let body = "Some running text that goes on for a while, long enough to be the body of a section in a document."
    let text = "ONE PART\n\n\(body)\n\nA smaller point\n\n- first item\n- second item\n\nANOTHER PART\n\n\(body)\n"
    // (The last column of a feature row is the rules' veto, no feature.)
    let rows = TextStructure.analyze(text).featureRows.map { Array($0.features.dropLast()) }
    let names = PairContextFeatures.names
    let second = OutlineModel.pair(rows, 2, 4, aFirst: false, earlierShapes: [NeighbourFeatures.shape(rows[0])])
    let context = Array(second.suffix(names.count))
    #expect(context[names.firstIndex(of: "bShapeAsEarlier")!] == 1)
    #expect(context[names.firstIndex(of: "bShapeNew")!] == 0)
    #expect(context[names.firstIndex(of: "bodyBetween")!] == log(2))
    #expect(second.count == OutlineModel.pairNames.count)
}
