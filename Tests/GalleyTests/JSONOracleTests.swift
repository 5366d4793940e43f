// The direct JSON writer gives exactly JSONEncoder's bytes for the Codable conformances (the oracle).
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

/// The envelope the writer used to encode with `JSONEncoder`; kept here as the reference.
private struct Envelope: Encodable {
    let schema: String
    let metadata: Metadata
    let blocks: [Block]
    let removals: [Removal]
    let warnings: [String]
}

/// `JSONEncoder`'s rendering of the document, its blocks nested into sections as the format has them
/// (nil when it refuses, e.g. nesting too deep).
private func oracle(_ document: Document, pretty: Bool) -> String? {
    let encoder = JSONEncoder()
    encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    let envelope = Envelope(schema: JSONWriter.schema, metadata: document.metadata, blocks: makeSections(document.blocks),
                            removals: document.removals, warnings: document.warnings)
    guard let data = try? encoder.encode(envelope) else { return nil }
    return String(decoding: data, as: UTF8.self) + "\n"
}

/// Checks both forms of `document` against the oracle; returns the pretty output.
@discardableResult
private func expectSameBytes(_ document: Document, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    var pretty = ""
    for form in [true, false] {
        let expected = oracle(document, pretty: form)
        let actual = try? JSONWriter().write(document, options: WriteOptions(prettyJSON: form))
        if actual != expected {
            Issue.record("\(label) (pretty: \(form)) differs from JSONEncoder: \(firstDifference(actual, expected))", sourceLocation: sourceLocation)
        }
        if form { pretty = actual ?? "" }
    }
    return pretty
}

/// Where two renderings first differ, with a little context from each.
private func firstDifference(_ actual: String?, _ expected: String?) -> String {
    guard let actual, let expected else { return "writer \(actual == nil ? "threw" : "wrote"), JSONEncoder \(expected == nil ? "threw" : "wrote")" }
    let a = Array(actual.utf8), e = Array(expected.utf8)
    let offset = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
    func around(_ bytes: [UInt8]) -> String {
        String(decoding: bytes[max(0, offset - 40)..<min(bytes.count, offset + 40)], as: UTF8.self).debugDescription
    }
    return "byte \(offset): writer \(around(a)), JSONEncoder \(around(e))"
}

/// Every file under `folder` with a readable extension, sorted.
private func inputs(under folder: URL) -> [URL] {
    let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    let urls = (walker?.allObjects as? [URL]) ?? []
    return urls.filter { InputFormat.detect(path: $0.path) != nil }.sorted { $0.path < $1.path }
}

/// Converts `data` with and without normalization and checks every resulting document.
private func expectSameBytes(converting data: Data, format: InputFormat, _ label: String) {
    for normalize in [true, false] {
        var options = ConversionOptions(normalize: normalize)
        options.read.source = label
        guard let document = try? Converter.document(from: data, format: format, options: options) else { continue }
        expectSameBytes(document, "\(label) normalize=\(normalize)")
    }
}

@Test func jsonWriterMatchesJSONEncoderOnFixturesAndInput() throws {
    let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    let repo = tests.deletingLastPathComponent().deletingLastPathComponent()
    let files = inputs(under: Golden.fixtures) + inputs(under: repo.appendingPathComponent("Input"))
    #expect(files.count >= 10)
    for url in files {
        guard let format = InputFormat.detect(path: url.path) else { continue }
        expectSameBytes(converting: try Data(contentsOf: url), format: format, url.lastPathComponent)
    }
}

/// Decompresses a `.gz` file with the system `gzip` (nil when unavailable).
private let benchmarkPages = "corpus/article-benchmark/html"

private func gunzip(_ url: URL) -> Data? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["gzip", "-dc", url.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? data : nil
}

@Test(.enabled(if: SharedCorpus.shouldRun(benchmarkPages), "corpus not present (../shared/\(benchmarkPages))"))
func jsonWriterMatchesJSONEncoderOnBenchmarkPages() throws {
    let folder = SharedCorpus.url(benchmarkPages)
    let pages = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
        .filter { $0.lastPathComponent.hasSuffix(".html.gz") }
        .sorted { $0.path < $1.path }
    // Runs in CI even without the corpus, so that its absence fails instead of passing silently.
    try #require(!pages.isEmpty, "no benchmark pages in \(folder.path) (CI is set: ../shared must be there)")
    let sample = stride(from: 0, to: pages.count, by: max(1, pages.count / 30)).map { pages[$0] }
    for page in sample {
        guard let data = gunzip(page) else {
            Issue.record("cannot gunzip \(page.lastPathComponent)")
            continue
        }
        expectSameBytes(converting: data, format: .html, page.lastPathComponent)
    }
}

@Test func jsonWriterMatchesJSONEncoderOnRandomDocuments() {
    var random = RandomDocument(rng: SeededRandom(state: 2026))
    var seen = ""
    for index in 0..<400 {
        seen += expectSameBytes(random.document(), "random document \(index)")
    }
    seen += expectSameBytes(Document(), "empty document")
    let blockTypes = ["heading", "paragraph", "list", "blockQuote", "codeBlock", "thematicBreak", "table", "figure",
                      "rawHTML", "definitionList", "section"]
    let inlineTypes = ["text", "emphasis", "strong", "strikethrough", "superscript", "subscript", "code", "link", "image",
                       "lineBreak", "softBreak"]
    for type in blockTypes + inlineTypes {
        #expect(seen.contains("\"type\" : \"\(type)\""), "random documents never produced \(type)")
    }
    for piece in ["\\u0000", "\\u001f", "\\b", "\\f", "\\\"", "\\\\", "\u{7F}", "😀", "[\n\n", "\"indented\" : false", "\"bullet\""] {
        #expect(seen.contains(piece), "random documents never produced \(piece.debugDescription)")
    }
}

/// `levels` block quotes inside each other around one paragraph.
private func nestedQuotes(_ levels: Int) -> Document {
    var block = Block(.paragraph([.text("deep")]))
    for _ in 0..<levels { block = Block(.blockQuote([block])) }
    return Document(blocks: [block])
}

@Test func jsonWriterRefusesTooDeepNestingExactlyWhereJSONEncoderDoes() {
    // 2 × quotes + 5 containers nest (envelope, blocks, quotes, paragraph, content, text);
    // JSONEncoder accepts 511 of them, so 253 quotes pass and 254 do not.
    for levels in 250...256 {
        expectSameBytes(nestedQuotes(levels), "\(levels) nested quotes")
    }
    #expect(oracle(nestedQuotes(253), pretty: true) != nil)
    #expect(oracle(nestedQuotes(254), pretty: true) == nil)
}

@Test func jsonWriterThrowsInsteadOfCrashingOnVeryDeepNesting() {
    var blocks = nestedQuotes(5_000).blocks
    do {
        let document = Document(blocks: blocks)
        #expect(throws: GalleyError.self) { try JSONWriter().write(document, options: WriteOptions()) }
    }
    // Take the chain apart one level at a time, so releasing it does not recurse 5,000 levels deep.
    while let first = blocks.first, case .blockQuote(let inner) = first.kind { blocks = inner }
}

@Test func jsonWriterMatchesJSONEncoderWithFrontMatterExtras() {
    var metadata = Metadata(title: "T", keywords: ["a"])
    metadata.extra = [FrontMatterEntry(key: "layout", yaml: "layout: post"), FrontMatterEntry(key: "categories", yaml: "categories:\n  - \"x\"")]
    metadata.keyNames = ["keywords": "tags", "title": "Title", "modified": "lastmod"]
    expectSameBytes(Document(metadata: metadata), "front matter extras")
}
