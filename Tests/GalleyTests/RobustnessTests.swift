// No input crashes Galley: garbage, tag soup, deep nesting and odd encodings through every reader and writer.
import Foundation
import Testing
@testable import Galley

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

private func convertEverything(_ data: Data, as format: InputFormat) {
    for normalize in [true, false] {
        let options = ConversionOptions(normalize: normalize)
        guard let document = try? Converter.document(from: data, format: format, options: options) else { continue }
        for output in OutputFormat.allCases {
            _ = try? Writers.writer(for: output).write(document, options: WriteOptions())
        }
    }
}

@Test func randomBytesNeverCrashAnyReader() {
    var rng = SeededRandom(state: 42)
    for _ in 0..<60 {
        let length = Int(rng.next() % 3000)
        let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        for format in InputFormat.allCases { convertEverything(Data(bytes), as: format) }
    }
}

@Test func tagSoupAndMarkupSoupNeverCrash() {
    var rng = SeededRandom(state: 7)
    for _ in 0..<60 {
        convertEverything(soup(htmlTokens, count: 400, using: &rng), as: .html)
        convertEverything(soup(markdownTokens, count: 400, using: &rng), as: .markdown)
        convertEverything(soup(textTokens, count: 400, using: &rng), as: .text)
    }
}

@Test func deepNestingNeverCrashes() {
    let depth = 5000
    convertEverything(Data((String(repeating: "<div><blockquote><ul><li>", count: depth) + "deep").utf8), as: .html)
    convertEverything(Data((String(repeating: "> ", count: depth) + "deep\n").utf8), as: .markdown)
    convertEverything(Data((String(repeating: "- ", count: depth) + "deep\n").utf8), as: .markdown)
    convertEverything(Data((String(repeating: "*a ", count: depth) + String(repeating: "*", count: depth)).utf8), as: .markdown)
    convertEverything(Data((String(repeating: "[", count: depth) + "x" + String(repeating: "](y)", count: depth)).utf8), as: .markdown)
    convertEverything(Data((String(repeating: "    ", count: 200) + "x\n").utf8), as: .text)
}

@Test func emptyAndWhitespaceInputsGiveEmptyDocuments() throws {
    for format in InputFormat.allCases {
        for input in ["", " ", "\n\n\n", "\u{FEFF}"] {
            let document = try Converter.document(from: Data(input.utf8), format: format)
            #expect(document.blocks.flatteningSections.allSatisfy { $0.headingLevel != nil || $0.inlineContent?.plainText.foldingWhitespace.isEmpty == false || $0.inlineContent == nil }, "format \(format)")
            for output in OutputFormat.allCases { _ = try Writers.writer(for: output).write(document, options: WriteOptions()) }
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
