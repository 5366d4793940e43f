// No input crashes Galley: garbage, tag soup, deep nesting and odd encodings through every reader and writer.
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

private let htmlTokens = ["<p>", "</p>", "<div class=\"content\">", "</div>", "<table>", "<tr>", "<td colspan=\"0\">", "<td rowspan=\"99999\">",
    "<ul>", "<li>", "<ol start=\"-5\">", "</ol>", "<h1>", "<h7>", "</h3>", "<br>", "<img src=\"\" alt>", "<a href=\"javascript:x\">",
    "<script>", "</script>", "<style>", "<pre>", "<code class=\"language-\">", "<figure>", "<figcaption>", "<dl><dt>", "<dd>",
    "<blockquote>", "&amp;", "&#0;", "&#xD800;", "&bogus;", "text ", "\u{0}", "\u{FEFF}", "é", "<!--", "-->", "<![CDATA[", "]]>",
    "<meta charset=\"utf-16\">", "<base href=\"::\">", "<source>", "<wbr>", "<svg><text>", "<template>", "<math>", "\n", "  "]
private let markdownTokens = ["# ", "## ", "> ", "- ", "* ", "1. ", "2) ", "```", "~~~", "    ", "\t", "*", "_", "**", "`", "[", "]", "(", ")",
    "![", "<div>", "</div>", "<", ">", "&", "\\", "|", "---", "===", "\n", "\n\n", "text", "é", "---\ntitle: [\n---\n", "<!--", "-->"]
private let textTokens = ["Title", "TITLE", "1.", "2.3", "Chapter IV", "(Top)", "↑", "- ", "• ", "a) ", "> ", "====", "----", "\n", "\n\n",
    "word ", "hyphen-\n", "   ", "\t", "?", ".", "Share this", "\r\n", "\u{0}", "é"]

private func soup(_ tokens: [String], count: Int, using rng: inout SeededRandom) -> Data {
    var s = ""
    for _ in 0..<count { s += tokens[Int(rng.next() % UInt64(tokens.count))] }
    return Data(s.utf8)
}

/// Reads `data` with and without normalization and writes every format. A reader may refuse the
/// input with a `GalleyError` (binary bytes); anything else, and any writer error, is an issue.
/// Returns how many documents were read.
@discardableResult
private func convertEverything(_ data: Data, as format: InputFormat, sourceLocation: SourceLocation = #_sourceLocation) -> Int {
    var read = 0
    for normalize in [true, false] {
        let options = ConversionOptions(normalize: normalize)
        let document: Document
        do { document = try Converter.document(from: data, format: format, options: options) } catch is GalleyError {
            continue
        } catch {
            Issue.record("\(format) reader threw \(error)", sourceLocation: sourceLocation)
            continue
        }
        read += 1
        for output in OutputFormat.allCases {
            do {
                let written = try Writers.writer(for: output).write(document, options: WriteOptions())
                if written.isEmpty && !document.blocks.isEmpty {
                    Issue.record("\(output) writer wrote nothing for \(document.blocks.count) blocks", sourceLocation: sourceLocation)
                }
            } catch {
                Issue.record("\(output) writer threw \(error) on \(format) input", sourceLocation: sourceLocation)
            }
        }
    }
    return read
}

@Test func randomBytesNeverCrashAnyReader() {
    var rng = SeededRandom(state: 42)
    var read = 0
    for _ in 0..<60 {
        let length = Int(rng.next() % 3000)
        let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        for format in InputFormat.allCases { read += convertEverything(Data(bytes), as: format) }
    }
    #expect(read > 0)  // some random inputs are read (those without binary evidence), the rest refused
}

@Test func tagSoupAndMarkupSoupNeverCrash() {
    var rng = SeededRandom(state: 7)
    for _ in 0..<60 {
        #expect(convertEverything(soup(htmlTokens, count: 400, using: &rng), as: .html) == 2)
        #expect(convertEverything(soup(markdownTokens, count: 400, using: &rng), as: .markdown) == 2)
        let text = soup(textTokens, count: 400, using: &rng)
        #expect(convertEverything(text, as: .text) == (text.contains(0) ? 0 : 2))  // NUL bytes: refused as binary
    }
}

@Test func deepNestingNeverCrashes() {
    let depth = 5000
    let inputs: [(String, InputFormat)] = [
        (String(repeating: "<div><blockquote><ul><li>", count: depth) + "deep", .html),
        (String(repeating: "> ", count: depth) + "deep\n", .markdown),
        (String(repeating: "- ", count: depth) + "deep\n", .markdown),
        (String(repeating: "*a ", count: depth) + String(repeating: "*", count: depth), .markdown),
        (String(repeating: "[", count: depth) + "x" + String(repeating: "](y)", count: depth), .markdown),
        (String(repeating: "    ", count: 200) + "x\n", .text),
    ]
    for (input, format) in inputs {
        #expect(convertEverything(Data(input.utf8), as: format) == 2)
        let document = try? Converter.document(from: Data(input.utf8), format: format)
        #expect(document?.blocks.isEmpty == false, "the deep content is kept (\(format))")
    }
}

@Test func emptyAndWhitespaceInputsGiveEmptyDocuments() throws {
    for format in InputFormat.allCases {
        for input in ["", " ", "\n\n\n", "\u{FEFF}", " \t\r\n"] {
            let document = try Converter.document(from: Data(input.utf8), format: format)
            #expect(document.blocks.isEmpty, "format \(format), input \(input.debugDescription)")
            #expect(document.removals.isEmpty, "format \(format), input \(input.debugDescription)")
            for output in OutputFormat.allCases { #expect(throws: Never.self) { try Writers.writer(for: output).write(document, options: WriteOptions()) } }
        }
    }
}

@Test func manyDelimiterRunsRoundTrip() throws {
    // 20,000 unmatched emphasis runs in one paragraph (the writer was once quadratic here: a slow
    // suite shows it; speed itself is measured by the benchmark scripts, not by tests).
    let input = Data((String(repeating: "*a ", count: 20000) + String(repeating: "*", count: 20000)).utf8)
    let document = try Converter.document(from: input, format: .markdown, options: ConversionOptions(normalize: false))
    let markdown = try MarkdownWriter().write(document, options: WriteOptions())
    let again = try Converter.document(from: Data(markdown.utf8), format: .markdown, options: ConversionOptions(normalize: false))
    #expect(again.blocks.flatteningSections.map(\.kind) == document.blocks.flatteningSections.map(\.kind))
}
