// Tests of the trained outline model of the text reader: its data, its feature table and its decoding.
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

@Test func outlineModelResolvesEveryFeatureItUses() {
    let model = OutlineModel.shared
    #expect(OutlineModel.headingColumns.count == model.heading.features.count)
    #expect(Set(model.levels.keys) == ["up", "same", "down"])
    for (key, scorer) in model.levels { #expect(OutlineModel.levelColumns[key]?.count == scorer.features.count) }
    #expect(model.threshold > 0 && model.threshold < 1)
}

@Test func featureTableHasOneFullRowPerUnit() throws {
    let text = "A Title For The Page\n\nSome running text that is long enough to be a paragraph of the page.\n\nA Section\n\nMore text.\n"
    let analysis = TextStructure.analyze(text)
    let lines = analysis.featuresTSV.split(separator: "\n")
    let width = lines[0].split(separator: "\t", omittingEmptySubsequences: false).count
    #expect(width == 4 + TextAnalysis.featureNames.count + 1)
    #expect(lines.count == 5)
    for line in lines { #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == width) }
}

@Test func onlyTheFirstHeadingTakesLevelOne() {
    let text = """
    Growing Tomatoes on a Balcony

    Tomatoes need sun, water and a large pot; this guide covers the rest of what a small balcony garden needs.

    Choosing a Variety

    Cherry tomatoes forgive a small pot better than beefsteak varieties and ripen earlier in the summer.

    Watering

    Water in the morning, deeply and at the base of the plant, so the leaves stay dry through the day.
    """
    let levels = headings(readText(text)).map(\.0)
    #expect(levels.first == 1)
    #expect(levels.dropFirst().allSatisfy { $0 >= 2 })
}

@Test func tabSeparatedRowsBecomeATable() throws {
    let text = "Prices\n\nItem\tQty\tPrice\nBulbs\t50\t12.50\nBone meal\t2\t6.00\n\nThat was all.\n"
    let blocks = readText(text).blocks.flatteningSections
    let tables = blocks.compactMap { block -> Table? in
        if case .table(let t) = block.kind { return t }
        return nil
    }
    try #require(tables.count == 1)
    #expect(tables[0].header?.map(\.content.plainText) == ["Item", "Qty", "Price"])
    #expect(tables[0].rows.count == 2)
    #expect(tables[0].rows[1].map(\.content.plainText) == ["Bone meal", "2", "6.00"])
}

@Test func codeLaidOutWithTabsIsNotATable() {
    #expect(!TabTables.isTable(["int main() {\treturn 0;", "}\t"]))
    #expect(!TabTables.isTable(["one\ttwo"]))
    #expect(TabTables.isTable(["a\tb", "c\td"]))
}

@Test func explainShowsFeatureValuesContributionsAndDecision() throws {
    let text = "A Title For The Page\n\nSome running text that is long enough to be a paragraph of the page, with more words.\n\nA Section\n\nMore text that is long enough to be a paragraph of the page, with more words here.\n"
    let analysis = TextStructure.analyze(text)
    let title = try #require(analysis.explanations.first)
    let decision = try #require(title.evidence.first { $0.contains("model p=") })
    // `heading (model p=0.99: logChars=3.04 +1.36, …)`: the verdict, then features with their values and shares of the log-odds.
    #expect(decision.hasPrefix("heading (model p="))
    #expect(decision.range(of: #"[A-Za-z.]+=-?[0-9.]+ [+-][0-9.]+"#, options: .regularExpression) != nil)
    #expect(OutlineModel.hundredths(-1.8, sign: false) == "-1.8")
    #expect(OutlineModel.hundredths(0.524, sign: true) == "+0.52")
    #expect(OutlineModel.hundredths(3, sign: false) == "3")
}

@Test func aLabelAndShortValueIsEvidenceNotAVeto() {
    // Reference documentation titles its entries `Class: Buffer`, `Event: 'close'`: the rules'
    // verdict on such a line is a feature the model weighs, not a veto (issue #13, third round).
    #expect(!OutlineDecoding.vetoes.contains { $0.hasPrefix("not a heading: a label") })
    #expect(OutlineDecoding.vetoes.contains("not a heading: a byline"))
    #expect(OutlineDecoding.vetoes.contains("not a heading: a caption or credit"))
}

@Test func sectionNumbersDecideTheLevelsOfNumberedHeadings() {
    // `1.2 Finances` is followed by a table, not body text, so the rules left it unlevelled; the
    // numbers of both headings still say that `2. Events` climbs back to the level of `1.`.
    let text = """
    Annual Report 2025

    1. Introduction

    This report describes the activities of the association during the year. It covers membership and finances.

    1.1 Membership

    Membership grew by twelve percent over the year, most of it after the spring fair in April.

    1.2 Finances

    Income\tExpenses\tBalance
    12,400\t10,900\t1,500

    2. Events

    The association held four events during the year, each of them open to members and their guests.
    """
    let found = headings(readText(text))
    let level = Dictionary(found.map { ($0.1, $0.0) }, uniquingKeysWith: { a, _ in a })
    #expect(level["1. Introduction"] == level["2. Events"])
    #expect(level["1.1 Membership"] == level["1.2 Finances"])
    #expect((level["1.1 Membership"] ?? 0) == (level["1. Introduction"] ?? 0) + 1)
}
