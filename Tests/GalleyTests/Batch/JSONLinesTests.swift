// `--jsonl`: records in, records out, in input order, whatever the number of jobs.
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

private func stream(_ input: String, jobs: Int, window: Int, formats: [OutputFormat] = OutputFormat.allCases) throws -> (lines: [String], failed: Int) {
    let folder = TestFolder("jsonl")
    defer { folder.remove() }
    folder.write("in.jsonl", input)
    let inFD = open(folder.sub("in.jsonl"), O_RDONLY)
    let outFD = open(folder.sub("out.jsonl"), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    defer { close(inFD) }
    var converter = JSONLinesConverter(options: ConversionOptions(), formats: formats)
    converter.jobs = jobs
    converter.inFlight = window
    let (_, failed) = converter.run(input: inFD, output: outFD)
    close(outFD)
    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder.sub("out.jsonl"))), as: UTF8.self)
    return (text.split(separator: "\n").map(String.init), failed)
}

private func record(_ id: Int, _ text: String) -> String {
    let encoded = try? JSONEncoder().encode(JSONLinesInput(id: .integer(id), format: "text", content: text))
    return String(decoding: encoded ?? Data(), as: UTF8.self)
}

@Test func jsonLinesRoundTripInOrderForAnyJobCount() throws {
    var input = (0..<25).map { record($0, TestFolder.textDocument($0)) }
    input.insert("not json", at: 7)
    input.insert("", at: 3)
    input.append("{\"id\": \"s\", \"format\": \"pdf\", \"content\": \"x\"}")
    let text = input.joined(separator: "\n") + "\r\n"
    let reference = try stream(text, jobs: 1, window: 1000)
    #expect(reference.lines.count == 27)
    #expect(reference.failed == 2)
    for (jobs, window) in [(2, 3), (4, 5), (8, 1)] {
        #expect(try stream(text, jobs: jobs, window: window).lines == reference.lines)
    }
    let decoded = try reference.lines.map { try JSONDecoder().decode(JSONLinesOutput.self, from: Data($0.utf8)) }
    #expect(decoded.prefix(7).map(\.id) == (0..<7).map { .integer($0) })
    #expect(decoded[7].id == .null && decoded[7].error?.hasPrefix("line 9: not a JSON record") == true)
    #expect(decoded[26].id == .string("s") && decoded[26].error?.contains("unknown format") == true)
    let direct = try Converter.convert(Data(TestFolder.textDocument(3).utf8), from: .text, to: OutputFormat.allCases)
    #expect(decoded[3].markdown == direct[.markdown])
    #expect(decoded[3].json == direct[.json])
    #expect(decoded[3].xhtml == direct[.xhtml])
}

@Test func jsonLinesHonoursRequestedFormats() throws {
    let out = try stream(record(1, "Hello\n\nWorld.\n"), jobs: 2, window: 4, formats: [.markdown])
    #expect(out.lines.count == 1)
    #expect(out.lines[0].hasPrefix("{\"error\":null,\"id\":1,\"json\":null,\"markdown\":\""))
    #expect(out.lines[0].hasSuffix("\"xhtml\":null}"))
}

@Test func lineReaderSplitsLongLinesAndLineEndings() throws {
    let folder = TestFolder("lines")
    defer { folder.remove() }
    let long = String(repeating: "x", count: 300_000)
    folder.write("in.txt", "a\r\n\(long)\n\nlast\r")
    let descriptor = open(folder.sub("in.txt"), O_RDONLY)
    defer { close(descriptor) }
    let reader = LineReader(descriptor: descriptor)
    var lines: [String] = []
    while let line = reader.next() { lines.append(String(decoding: line, as: UTF8.self)) }
    #expect(lines == ["a", long, "", "last"])
    #expect(reader.lineNumber == 4)
}

@Test func jsonLinesWritePandocJSONOnlyWhenAsked() throws {
    let input = record(1, "Title\n\nA paragraph.\n") + "\n"
    let asked = try stream(input, jobs: 1, window: 1, formats: [.pandocJSON]).lines
    #expect(asked.count == 1 && asked[0].contains("\"pandoc-json\":\"{\\\"pandoc-api-version\\\":[1,22,2,1]"))
    let notAsked = try stream(input, jobs: 1, window: 1, formats: OutputFormat.defaults).lines
    #expect(notAsked.count == 1 && !notAsked[0].contains("pandoc-json"))
}
