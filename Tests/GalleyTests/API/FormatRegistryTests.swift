// Tests for FormatRegistry: a user's reader and writer used through Converter, BatchConverter and JSON Lines.
import Foundation
import Testing
import Galley

/// Writes every word of the document in capitals, one block a line.
private struct ShoutWriter: DocumentWriter {
    private struct Lines: BlockWalker {
        var lines: [String] = []
        mutating func visitParagraph(_ content: [Inline], block: Block) { lines.append(content.plainText.uppercased()) }
        mutating func visitHeading(_ heading: Heading, block: Block) { lines.append(heading.content.plainText.uppercased() + "!") }
    }

    func write(_ document: Document, options: WriteOptions) throws -> String {
        var lines = Lines()
        lines.walk(document)
        return lines.lines.joined(separator: "\n") + "\n"
    }
}

/// Reads `key: value` lines: `title` sets the title, every other line is a paragraph.
private struct KeyValueReader: DocumentReader {
    func read(_ data: Data, options: ReadOptions) throws -> Document {
        var document = Document()
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix("title: ") { document.metadata.title = String(line.dropFirst(7)) } else {
                document.blocks.append(Block(.paragraph([.text(String(line))])))
            }
        }
        if line(data) == "fail" { throw GalleyError(stage: .parse, message: "asked to fail") }
        return document
    }

    private func line(_ data: Data) -> String { String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
}

@Test func registeredFormatsWorkThroughConverter() throws {
    let shout = try FormatRegistry.register(writer: ShoutWriter(), name: "shout-c", fileExtension: "shout.txt")
    let keyValue = try FormatRegistry.register(reader: KeyValueReader(), name: "kv-c", fileExtensions: ["kvc"])
    #expect(OutputFormat(rawValue: "shout-c") == shout)
    #expect(InputFormat(rawValue: "kv-c") == keyValue)
    #expect(InputFormat.detect(path: "dir/notes.KVC") == keyValue)
    #expect(shout.fileExtension == "shout.txt")
    let out = try Converter.convert(Data("title: Hello\nsome words here\n".utf8), from: keyValue, to: [shout, .markdown])
    #expect(out[shout] == "HELLO!\nSOME WORDS HERE\n") // the title pass adds the title as a heading
    #expect(out[.markdown]?.contains("some words here") == true)
    #expect(try ShoutWriter().write(Document(blocks: [Block(.heading(Heading(level: 1, content: [.text("hi")])))])) == "HI!\n")
}

@Test func builtInNamesCannotBeTakenAndUnknownNamesAreNotFormats() {
    #expect(throws: GalleyError.self) { try FormatRegistry.register(writer: ShoutWriter(), name: "markdown", fileExtension: "x") }
    #expect(throws: GalleyError.self) { try FormatRegistry.register(writer: ShoutWriter(), name: "shout-x", fileExtension: "md") }
    #expect(throws: GalleyError.self) { try FormatRegistry.register(reader: KeyValueReader(), name: "html") }
    #expect(OutputFormat(rawValue: "never-registered") == nil)
    #expect(InputFormat(rawValue: "never-registered") == nil)
    #expect(InputFormat.detect(path: "a.md") == .markdown)
}

@Test func registeredFormatsWorkInBatchRuns() throws {
    let shout = try FormatRegistry.register(writer: ShoutWriter(), name: "shout-b", fileExtension: "shout")
    try FormatRegistry.register(reader: KeyValueReader(), name: "kv-b", fileExtensions: ["kvb"])
    let root = NSTemporaryDirectory() + "galley-registry-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: root) }
    try FileManager.default.createDirectory(atPath: root + "/in", withIntermediateDirectories: true)
    try Data("title: T\nfirst line\nsecond line\n".utf8).write(to: URL(fileURLWithPath: root + "/in/a.kvb"))
    try Data("Plain text here.\n".utf8).write(to: URL(fileURLWithPath: root + "/in/b.txt"))
    try Data("fail\n".utf8).write(to: URL(fileURLWithPath: root + "/in/c.kvb"))
    let inputs = try InputCollector.collect([root + "/in"], forcedFormat: nil)
    #expect(inputs.map(\.format.rawValue).sorted() == ["kv-b", "kv-b", "text"])
    let summary = BatchConverter(options: ConversionOptions(), formats: [shout, .json], outputRoot: root + "/out").execute(inputs)
    #expect(summary.failures.map(\.input.relativePath) == ["c.kvb"])
    let a = try String(contentsOfFile: root + "/out/a.shout", encoding: .utf8)
    #expect(a == "T!\nFIRST LINE\nSECOND LINE\n")
    #expect(try String(contentsOfFile: root + "/out/b.shout", encoding: .utf8) == "PLAIN TEXT HERE.\n")
    #expect(FileManager.default.fileExists(atPath: root + "/out/a.json"))
    let again = BatchConverter(options: ConversionOptions(), formats: [shout, .json], outputRoot: root + "/out").execute(inputs)
    #expect(again.count(.unchanged) == 2)
}

@Test func registeredFormatsWorkInJSONLines() throws {
    let shout = try FormatRegistry.register(writer: ShoutWriter(), name: "shout-j", fileExtension: "shoutj")
    try FormatRegistry.register(reader: KeyValueReader(), name: "kv-j")
    let converter = JSONLinesConverter(options: ConversionOptions(), formats: [shout])
    let output = converter.convert(try JSONDecoder().decode(JSONLinesInput.self, from: Data(#"{"content": "quiet words", "format": "kv-j"}"#.utf8)))
    #expect(output.error == nil)
}
