// The code of Galley.docc/GettingStarted.md, compiled and run with only the public API.
import Foundation
import Testing
import Galley

private struct ArticleWordCounter: BlockWalker {
    var words = 0
    mutating func visitText(_ text: String) {
        words += text.split(whereSeparator: \.isWhitespace).count
    }
}

private struct DropImages: BlockRewriter {
    func visitImage(_ image: Image) -> [Inline] { [] }
}

private struct ArticleShoutWriter: DocumentWriter {
    func write(_ document: Document, options: WriteOptions) throws -> String {
        document.blocks.allBlocks.compactMap { $0.inlineContent?.plainText.uppercased() }
            .joined(separator: "\n") + "\n"
    }
}

@Test func gettingStartedArticleRuns() throws {
    let html = Data("<html><head><title>Notes</title></head><body><article><h1>Notes</h1><p>Hello, world.</p></article></body></html>".utf8)
    let outputs = try Converter.convert(html, from: .html, to: [.markdown, .json])
    #expect(outputs[.markdown]?.contains("Hello, world.") == true)

    let text = Data("A Title\n\nFirst paragraph.\n\nSecond paragraph.\n".utf8)
    let document = try Converter.document(from: text, format: .text)
    var counter = ArticleWordCounter()
    counter.walk(document)
    #expect(counter.words == 6)

    var dropper = DropImages()
    #expect(dropper.rewrite(document) == document)

    let markdown = try MarkdownWriter().write(document)
    var options = WriteOptions()
    options.prettyJSON = false
    let json = try JSONWriter().write(document, options: options)
    #expect(markdown.contains("First paragraph.") && json.contains("Second paragraph."))

    let shout = try FormatRegistry.register(writer: ArticleShoutWriter(), name: "shout-article", fileExtension: "shout-article.txt")
    let loud = try Converter.convert(text, from: .text, to: [shout])[shout]
    #expect(loud?.contains("FIRST PARAGRAPH.") == true)
}
