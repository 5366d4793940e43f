// The Pipeline (Sources/GalleyPipeline): its steps in order, and the entry points agreeing on them.
import Foundation
import Testing
@testable import Galley
@testable import GalleyPipeline

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
