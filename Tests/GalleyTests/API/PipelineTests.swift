// The Pipeline (Sources/GalleyPipeline): its steps in order, and the entry points agreeing on them.
import Foundation
import Testing
@testable import Galley
@testable import GalleyPipeline
@testable import GalleySupport
@testable import GalleyBatch

@Test func pipelineStepsAreReadNestingLimitPassesWrite() {
    let normalizing = Pipeline(options: ConversionOptions())
    #expect(normalizing.stepNames() == ["read", "nesting-limit"] + Passes.normalization.map(\.name) + ["write"])
    var plain = ConversionOptions()
    plain.normalize = false
    #expect(Pipeline(options: plain).stepNames() == ["read", "nesting-limit"] + Passes.structural.map(\.name) + ["write"])
}

@Test func nestingLimitRunsAsThePipelinesFirstPass() throws {
    let deep = String(repeating: "> ", count: 60) + "deep text"
    let document = try Pipeline().document(from: Data(deep.utf8), format: .markdown, options: ConversionOptions())
    #expect(document.warnings.contains { $0.contains("nesting deeper than") })
    #expect(try MarkdownWriter().write(document).contains("deep text"))
}

@Test func converterIsThePipeline() throws {
    let data = Data("# Title\n\nSome *text* here.\n".utf8)
    var options = ConversionOptions(read: ReadOptions(source: "a.md"))
    options.metadataOverrides = Metadata(authors: ["Ann"])
    let pipeline = Pipeline(options: options)
    let viaPipeline = try pipeline.render(pipeline.document(from: data, format: .markdown, options: options), as: [.markdown, .json], options: options.write)
    #expect(try Converter.convert(data, from: .markdown, to: [.markdown, .json], options: options) == viaPipeline)
    #expect(viaPipeline[.json]?.contains("\"source\" : \"a.md\"") == true || viaPipeline[.json]?.contains("\"source\":\"a.md\"") == true)
}

@Test func aDocumentLeftEmptySaysWhyInAWarningThatABatchPrints() throws {
    let text = try Converter.document(from: Data(" \n\n".utf8), format: .text)
    #expect(text.warnings == [EmptyDocumentWarning.prefix + "the input holds no text"])
    let page = Data("<html><head><title>App</title><script>render()</script></head><body><div id=app></div></body></html>".utf8)
    let html = try Converter.document(from: page, format: .html)
    #expect(html.warnings.count == 1 && html.warnings[0].hasPrefix(EmptyDocumentWarning.prefix) && html.warnings[0].contains("scripts"))
    #expect(html.metadata.pageType == nil, "a page that shows no text has no page type")
    #expect(html.metadata.title == "App")
    #expect(EmptyDocumentWarning.text(format: .text, readAnyBlock: true).contains("removals"))
    #expect(BatchMessages.isShown(html.warnings[0]))
    let full = try Converter.document(from: Data("A title\n\nA paragraph of text.\n".utf8), format: .text)
    #expect(!full.warnings.contains { $0.hasPrefix(EmptyDocumentWarning.prefix) })
}

@Test func bytesReadAsWindows1252AreNamedInAWarning() throws {
    let latin1 = Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6C, 0xE9, 0x0A])   // "Café olé" in Latin-1
    let text = try Converter.document(from: latin1, format: .text)
    #expect(text.warnings == [TextDecoding.notUTF8Warning])
    let undeclared = try Converter.document(from: Data("<p>Caf".utf8) + Data([0xE9]) + Data(" au lait, a long enough paragraph.</p>".utf8), format: .html)
    #expect(undeclared.warnings.contains(TextDecoding.notUTF8Warning))
    let declared = try Converter.document(from: Data("<meta charset=windows-1252><p>Caf".utf8) + Data([0xE9]) + Data(" au lait.</p>".utf8), format: .html)
    #expect(!declared.warnings.contains(TextDecoding.notUTF8Warning))
    #expect(try Converter.document(from: Data("Café\n".utf8), format: .text).warnings.isEmpty)
}
