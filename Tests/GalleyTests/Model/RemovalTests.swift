// Removal records (Sources/GalleyModel): typed stages and reasons that write the same labels, and the one sink.
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

@Test func everyReasonLabelReadsBackAsItsReason() {
    var labels = Set<String>()
    for reason in RemovalReason.labelled {
        #expect(labels.insert(reason.rawValue).inserted, "two reasons share the label \(reason.rawValue)")
        #expect(RemovalReason(rawValue: reason.rawValue) == reason)
        #expect(!reason.message.isEmpty && reason.message != reason.rawValue, "\(reason) needs a message of its own")
    }
    let cut = RemovalReason.attributesPastLimit(count: 19744, limit: 256)
    #expect(cut.rawValue == "19744 attributes past the 256th of one element")
    #expect(RemovalReason(rawValue: cut.rawValue) == cut)
    #expect(RemovalReason(rawValue: "something a later version says") == .other("something a later version says"))
}

@Test func stagesReadBackAndUnknownNamesArePasses() {
    for stage in [RemovalStage.read, .textReader, .htmlReader, .htmlExtraction, .htmlMetadata, .htmlParseGuard] {
        #expect(RemovalStage(rawValue: stage.rawValue) == stage)
    }
    #expect(RemovalStage(rawValue: "navigation-artifacts") == .pass("navigation-artifacts"))
    #expect(NavigationArtifactPass.pass.name == "navigation-artifacts" && RepeatedBlockPass.pass.name == "repeated-lines")
}

@Test func removalsEncodeTheirLabels() throws {
    let removal = Removal(stage: .htmlExtraction, reason: .standfirstMovedToSubtitle, text: "A dek", span: SourceSpan(startLine: 3))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = String(decoding: try encoder.encode(removal), as: UTF8.self)
    #expect(json == #"{"reason":"standfirst moved to subtitle","span":{"endLine":3,"startLine":3},"stage":"html-extraction","text":"A dek"}"#)
    #expect(try JSONDecoder().decode(Removal.self, from: Data(json.utf8)) == removal)
}

@Test func theRemovalLogStampsItsStageAndSkipsEmptyText() {
    var log = RemovalLog(stage: .pass("custom"))
    log.record(.navigationLine, text: "Back to top", span: SourceSpan(startLine: 9))
    log.record(.repeatedLine, text: "")
    #expect(log.removals == [Removal(stage: .pass("custom"), reason: .navigationLine, text: "Back to top", span: SourceSpan(startLine: 9))])
    let sink = RemovalSink(stage: .htmlExtraction)
    sink.record(.shareLink, text: "Share")
    #expect(sink.removals.map(\.stage) == [.htmlExtraction])
}

@Test func listStylesKeepTheirJSONShape() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    func json(_ list: ListBlock) throws -> String {
        String(decoding: try encoder.encode(ListBlock(style: list.style, start: list.start, tight: list.tight, items: [])), as: UTF8.self)
    }
    #expect(try json(ListBlock(style: .bullet(.plus), items: [])) == #"{"bullet":"+","delimiter":"period","items":[],"ordered":false,"start":1,"tight":true}"#)
    #expect(try json(ListBlock(style: .bullet(nil), items: [])) == #"{"delimiter":"period","items":[],"ordered":false,"start":1,"tight":true}"#)
    #expect(try json(ListBlock(style: .ordered(.paren), start: 4, items: [])) == #"{"delimiter":"paren","items":[],"ordered":true,"start":4,"tight":true}"#)
    let odd = #"{"bullet":"•","delimiter":"period","items":[],"ordered":false,"start":1,"tight":true}"#
    #expect(try JSONDecoder().decode(ListBlock.self, from: Data(odd.utf8)).style == .bullet(nil))
}

@Test func errorsNameTheirStage() {
    let error = GalleyError(path: "a.html", stage: .decode, message: "binary")
    #expect(error.description == "a.html: decode: binary")
    #expect(Set(GalleyError.Stage.allCases.map(\.rawValue)).count == GalleyError.Stage.allCases.count)
}

@Test func excerptByBytesAgreesWithTheCharacterVersion() {
    let word = String(repeating: "a", count: 99)
    let texts = ["", "  ", " a  b\t\nc ", "a\r\nb", "\u{0B}x\u{0C}y\u{1C}z", word, word + "b", word + " b", word + "bc", word + " é",
                 String(repeating: "ab ", count: 40), String(repeating: "x", count: 120) + "é", "é" + word, "a\u{85}b", "a\u{A0}b"]
    for text in texts {
        let removal = Removal(stage: .htmlExtraction, reason: .authorLabel, text: text)
        #expect(removal.excerpt == removal.characterExcerpt, "\(text.debugDescription)")
    }
}
