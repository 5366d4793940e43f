// The Markdown writer's read-back, as a test: every paragraph and heading written for the fixtures,
// Input/ and the benchmark pages reads back, with the Markdown reader, as what was written.
import Foundation
import Testing
@testable import Galley
@testable import GalleyModel
@testable import GalleyReaders
@testable import GalleyWriters
@testable import GalleyBatch

/// The documents: the HTML, text and Markdown fixtures, Input/, and (when present) 40 benchmark pages.
private func roundTripDocuments() throws -> [(String, Document)] {
    let root = SharedCorpus.packageRoot
    var files: [URL] = []
    for folder in ["Tests/GalleyTests/Fixtures/HTML", "Tests/GalleyTests/Fixtures/Text", "Tests/GalleyTests/Fixtures/Markdown", "Input"] {
        let url = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        files += names.sorted().map { url.appendingPathComponent($0) }
    }
    var documents: [(String, Document)] = []
    for file in files {
        guard let format = InputFormat.detect(path: file.path), format != .pandocJSON else { continue }
        documents.append((file.lastPathComponent, try Converter.document(from: Data(contentsOf: file), format: format)))
    }
    let pages = SharedCorpus.url("corpus/article-benchmark/html")
    if let names = try? FileManager.default.contentsOfDirectory(atPath: pages.path) {
        for name in names.sorted().prefix(40) where name.hasSuffix(".html.gz") {
            let data = try Gzip.decompressAll(Data(contentsOf: pages.appendingPathComponent(name)), limit: 1 << 26)
            documents.append((name, try Converter.document(from: data, format: .html)))
        }
    } else if SharedCorpus.isCI {
        Issue.record("corpus not present (\(pages.path)) and CI is set")
    }
    return documents
}

/// Every paragraph and heading content in reading order.
private func inlineRuns(_ blocks: [Block]) -> [(heading: Bool, inlines: [Inline])] {
    blocks.flatteningSections.flatMap { block -> [(heading: Bool, inlines: [Inline])] in
        switch block.kind {
        case .paragraph(let inlines): return [(false, inlines)]
        case .heading(let heading): return [(true, heading.content)]
        default: return block.childSequences.flatMap { inlineRuns($0) }
        }
    }
}

@Test func writtenParagraphsReadBackTheSameWithTheMarkdownReader() throws {
    var checked = 0
    for (name, document) in try roundTripDocuments() {
        for run in inlineRuns(document.blocks) where !MarkdownInlineRenderer.trimmingBreaks(run.inlines).isEmpty {
            let text = run.heading ? MarkdownInlineWriter.atxHeading(run.inlines) : MarkdownInlineWriter.paragraph(run.inlines)
            let readBack = run.heading ? MarkdownReadBack.atxHeading(text) : MarkdownReadBack.paragraph(text)
            // The reader sees the same inlines as the writer's read-back (the reader drops unsafe links).
            let read = MarkdownReader.document(fromText: run.heading ? "# " + text : text)
            if read.removals.isEmpty {
                let blocks = read.blocks
                var readInlines: [Inline]?
                if blocks.count == 1, case .paragraph(let inlines) = blocks[0].kind, !run.heading { readInlines = inlines }
                if blocks.count == 1, case .heading(let heading) = blocks[0].kind, run.heading { readInlines = heading.content }
                #expect(readInlines == readBack, "\(name): the reader and the writer's read-back differ on \(text)")
            }
            // And the written text reads back as the inlines written (the writer's own verdict).
            if !run.heading {
                let general = MarkdownInlineWriter.paragraphResult(run.inlines, fastPath: false)
                #expect(general.verified, "\(name): \(text) does not read back")
                // The fast path (no read-back) writes the same bytes as the checked general path.
                #expect(general.text == text, "\(name): fast path \(text.debugDescription) vs \(general.text.debugDescription)")
            }
            checked += 1
        }
    }
    #expect(checked > 200)
}
