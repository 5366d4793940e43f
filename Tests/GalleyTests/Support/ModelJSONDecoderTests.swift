// ModelJSONDecoder (Sources/GalleySupport/ModelJSON): the same values as Foundation's JSONDecoder
// on the embedded models and on every JSON shape they use, and errors instead of traps.
import Foundation
import Testing
@testable import GalleyReaders
@testable import GalleySupport

private struct Sample: Codable, Equatable {
    enum Kind: String, Codable { case tree, leaf }
    struct Inner: Codable, Equatable {
        var weights: [Double]
        var ids: [Int]
        var names: [String]
        var flag: Bool
    }
    var name: String
    var kind: Kind
    var count: Int
    var ratio: Double
    var missing: String?
    var empty: String?
    var inner: Inner
    var byKey: [String: Inner]
    var nested: [[Int]]
}

private let sampleText = #"""
 { "name": "caf\u00e9 \"q\" \\ \/ \n\t \ud83d\ude00 é", "kind": "leaf", "count": -12, "ratio": 1.5e-3,
   "empty": null,
   "inner": {"weights": [0, -0.25, 3E2, 1e-05], "ids": [1, 2.0, -3], "names": ["a", ""], "flag": true},
   "byKey": {"up": {"weights": [], "ids": [], "names": [], "flag": false}},
   "nested": [[1, 2], [], [3]] }
"""#

@Test func modelJSONDecoderMatchesFoundation() throws {
    let ours = try ModelJSONDecoder().decode(Sample.self, from: sampleText)
    let theirs = try JSONDecoder().decode(Sample.self, from: Data(sampleText.utf8))
    #expect(ours == theirs)
    #expect(ours.name == "café \"q\" \\ / \n\t 😀 é")
    #expect(ours.inner.ids == [1, 2, -3])
    #expect(ours.missing == nil && ours.empty == nil)
}

@Test func modelJSONDecoderReadsTheEmbeddedModelsAsFoundationDoes() throws {
    let extraction = try ModelJSONDecoder().decode(ExtractionModel.self, from: ExtractionModelData.json)
    #expect(extraction == (try JSONDecoder().decode(ExtractionModel.self, from: Data(ExtractionModelData.json.utf8))))
    #expect(!extraction.scorer.trees.isEmpty)
    let outline = try ModelJSONDecoder().decode(OutlineModel.self, from: OutlineModelData.json)
    #expect(outline == (try JSONDecoder().decode(OutlineModel.self, from: Data(OutlineModelData.json.utf8))))
    #expect(!outline.levels.isEmpty)
}

@Test func modelJSONDecoderRejectsMalformedTextWithAnError() {
    let bad = ["", "{", "[1,]", "{\"a\" 1}", "[1 2]", "\"open", "tru", "01x", "-", "1.", "1e", "[\"\\x\"]", "{} extra",
               String(repeating: "[", count: 500) + String(repeating: "]", count: 500)]
    for text in bad {
        #expect(throws: (any Error).self, "\(text.prefix(20))") { try ModelJSONDecoder().decode([Int].self, from: text) }
    }
    #expect(throws: DecodingError.self) { try ModelJSONDecoder().decode([Int].self, from: "[1, \"two\"]") }
    #expect(throws: DecodingError.self) { try ModelJSONDecoder().decode(Sample.self, from: "{\"name\": \"x\"}") }
    #expect(throws: DecodingError.self) { try ModelJSONDecoder().decode([Int].self, from: "[1.5]") }
}
