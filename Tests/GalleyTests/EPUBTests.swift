// The EPUB writer: golden OPF, nav and chapter files; determinism; ZIP layout; splitting; manifests.
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

private func h(_ level: Int, _ text: String) -> Block { Block(.heading(Heading(level: level, content: [.text(text)]))) }
private func p(_ inlines: Inline...) -> Block { Block(.paragraph(inlines)) }
private func link(_ url: String, _ text: String) -> Inline { .link(Link(url: url, content: [.text(text)])) }
private func doc(_ blocks: [Block], language: String? = nil) -> Document {
    Passes.run(Passes.structural, on: Document(metadata: Metadata(language: language), blocks: blocks))
}

/// Two inputs that exercise splitting, id clashes, links between inputs, and local and remote images.
private func sampleBook(splitLevel: Int = 2) -> Book {
    let folder = Golden.fixtures.appendingPathComponent("EPUB").path
    let first = doc([
        h(1, "Field Notes"), p(.text("Intro with a "), link("#methods", "link to methods"), .text(" and "), link("second.md#results", "one to the other input"), .text(".")),
        h(2, "Methods"), p(.text("We looked.")), Block(.figure(Figure(image: Image(source: "figure.svg", alt: [.text("The pipeline")]), caption: [.text("Figure 1")]))),
        h(3, "Tools"), p(.text("A pencil."), .image(Image(source: "https://example.org/remote.png", alt: [.text("remote")]))),
        h(2, "Results"), p(link("#nowhere", "dangling"), .text(" "), link("http://example.org/a b", "spaced")),
    ], language: "en")
    let second = doc([h(1, "Second Thoughts"), h(2, "Results"), p(link("first.md", "back to the start"))], language: "fr")
    return Book(
        metadata: BookMetadata(title: "A Test Book", subtitle: "With a subtitle", authors: ["Ada Lovelace", "Alan Turing"],
                               language: "en", publisher: "Test Press", date: "2024-05-01", rights: "CC BY 4.0"),
        sources: [BookSource(document: first, path: folder + "/first.md", bytes: Data("first".utf8)),
                  BookSource(document: second, path: folder + "/second.md", bytes: Data("second".utf8))],
        stylesheet: "body { margin: 0; }\n",
        layout: BookLayout(splitLevel: splitLevel, tocDepth: 3),
        modified: BookDate.modified(sourceDateEpoch: nil, bookDate: "2024-05-01", inputDates: []))
}

private func files(_ output: EPUBOutput) throws -> [String: String] {
    let entries = try #require(ZipReader.entries(output.data))
    return Dictionary(uniqueKeysWithValues: entries.map { ($0.name, String(decoding: $0.data, as: UTF8.self)) })
}

@Test func packageDocumentMatchesGolden() throws {
    let out = try EPUBWriter().write(sampleBook())
    try Golden.check(try files(out)["EPUB/package.opf"] ?? "", against: "EPUB/package.opf")
}

@Test func navigationDocumentsMatchGolden() throws {
    let out = try files(EPUBWriter().write(sampleBook()))
    try Golden.check(out["EPUB/nav.xhtml"] ?? "", against: "EPUB/nav.xhtml")
    try Golden.check(out["EPUB/toc.ncx"] ?? "", against: "EPUB/toc.ncx")
}

@Test func chapterSplittingMatchesGolden() throws {
    let out = try EPUBWriter().write(sampleBook(splitLevel: 2))
    let all = try files(out)
    let chapters = out.entries.filter { $0.hasPrefix("EPUB/chapter-") }
    #expect(chapters.count == 5)
    let joined = chapters.map { "==> \($0)\n" + (all[$0] ?? "") }.joined(separator: "\n")
    try Golden.check(joined, against: "EPUB/chapters-split-at-2.txt")
    #expect(out.warnings.contains { $0.contains("remote image https://example.org/remote.png was not fetched") })
    #expect(out.warnings.contains { $0.contains("kept as plain text") && $0.contains("'#nowhere'") })
}

@Test func sameInputsGiveTheSameBytes() throws {
    let a = try EPUBWriter().write(sampleBook())
    let b = try EPUBWriter().write(sampleBook())
    #expect(a.data == b.data)
    var changed = sampleBook()
    changed.sources[1].bytes = Data("changed".utf8)
    #expect(try EPUBWriter().write(changed).identifier != a.identifier)
}

@Test func mimetypeComesFirstStoredWithoutExtraField() throws {
    let out = try EPUBWriter().write(sampleBook())
    let bytes = [UInt8](out.data)
    #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
    #expect(bytes[8] == 0 && bytes[9] == 0)     // stored
    #expect(bytes[28] == 0 && bytes[29] == 0)   // no extra field
    #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype")
    #expect(String(decoding: bytes[38..<58], as: UTF8.self) == "application/epub+zip")
    let entries = try #require(ZipReader.entries(out.data))
    #expect(entries.map(\.name).prefix(3) == ["mimetype", "META-INF/container.xml", "EPUB/package.opf"])
    #expect(entries.allSatisfy { $0.extraLength == 0 })
    #expect(entries.contains { $0.name == "EPUB/images/image-001.svg" })
}

@Test func splitterKeepsIntroductionsAndOrder() {
    let blocks = makeSections(doc([p(.text("before")), h(1, "T"), p(.text("intro")), h(2, "A"), h(3, "A1"), h(2, "B")]).blocks)
    let chunks = ChapterSplitter.split(blocks, level: 2)
    #expect(chunks.count == 3)
    #expect(chunks.map { BookChapters.firstHeadingText($0) } == ["T", "A", "B"])
    #expect(chunks[0].first == p(.text("before")))
    #expect(ChapterSplitter.split(blocks, level: 1).count == 1)
}

@Test func nameBasedUUIDsFollowRFC4122() {
    #expect(SHA1.hash(Data("abc".utf8)).map { String(format: "%02x", $0) }.joined() == "a9993e364706816aba3e25717850c26c9cd0d89d")
    #expect(NameBasedUUID.uuid(name: Data("galley-test".utf8)) == "116423b7-6a48-562e-87b9-32248cbd6382")
}

@Test func modifiedDatePrefersSourceDateEpoch() {
    #expect(BookDate.w3cdtf(BookDate.modified(sourceDateEpoch: "1700000000", bookDate: "2024-05-01", inputDates: [])) == "2023-11-14T22:13:20Z")
    #expect(BookDate.w3cdtf(BookDate.modified(sourceDateEpoch: nil, bookDate: "2024-05-01", inputDates: [])) == "2024-05-01T00:00:00Z")
    #expect(BookDate.w3cdtf(BookDate.modified(sourceDateEpoch: nil, bookDate: nil, inputDates: ["2019-03-02", "2020-01-01T10:00:00Z"])) == "2020-01-01T10:00:00Z")
    #expect(BookDate.w3cdtf(BookDate.modified(sourceDateEpoch: nil, bookDate: nil, inputDates: [])) == "1980-01-01T00:00:00Z")
}

@Test func manifestIsReadWithPathsRelativeToIt() throws {
    let yaml = """
    title: Book
    authors: [A, B]
    date: 2024-05-01
    stylesheet: sans
    split-level: 2
    chapters:
      - one.md
      - path: sub/two.html
        title: Two
    """
    let m = try PamphletManifest.parse(yaml, relativeTo: "/books")
    #expect(m.metadata.title == "Book" && m.metadata.authors == ["A", "B"] && m.metadata.published == "2024-05-01" && m.stylesheet == "sans" && m.splitLevel == 2)
    #expect(m.chapters == [.init(path: "/books/one.md"), .init(path: "/books/sub/two.html", title: "Two")])
    #expect(throws: GalleyError.self) { try PamphletManifest.parse("title: x\nchapter: [a]", relativeTo: "") }
}

@Test func embeddedStylesheetsEqualTheirFiles() throws {
    let folder = Golden.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Stylesheets")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".css") }.sorted()
    #expect(names.map { String($0.dropLast(4)) } == BuiltInStylesheets.names)
    for name in names {
        let file = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        #expect(BuiltInStylesheets.css(named: String(name.dropLast(4))) == file, "Stylesheets/\(name) differs from its embedded copy: run scripts/embed-stylesheets.sh")
    }
    #expect(DefaultStylesheet.css == BuiltInStylesheets.galley)
}

@Test func languageTagsAreMadeWellFormed() {
    #expect(LanguageTag.wellFormed("en_US") == "en-US")
    #expect(LanguageTag.wellFormed("pt-BR") == "pt-BR")
    #expect(LanguageTag.wellFormed("English (US)") == "und")
    #expect(LanguageTag.wellFormed(nil) == "und")
}

@Test func manifestBuildsABookThroughTheReaders() throws {
    let path = Golden.fixtures.appendingPathComponent("EPUB/pamphlet/pamphlet.yml").path
    // The figure is `../figure.svg`, outside the manifest's folder: allowed as --allow-outside would.
    let scope = ReadScope(folders: [Golden.fixtures.appendingPathComponent("EPUB/pamphlet").path, Golden.fixtures.appendingPathComponent("EPUB").path])
    let outcome = PamphletBuilder.build(try PamphletManifest.load(path: path), sourceDateEpoch: nil, scope: scope)
    #expect(outcome.failures.isEmpty)
    let book = try #require(outcome.book)
    #expect(book.stylesheet == BuiltInStylesheets.classic)
    #expect(BookDate.w3cdtf(book.modified) == "2020-02-02T00:00:00Z")
    let out = try EPUBWriter().write(book)
    let all = try files(out)
    let first = all["EPUB/chapter-001.xhtml"] ?? ""
    #expect(first.contains("<h1>The Markdown Chapter</h1>"))
    #expect(first.contains("<a href=\"chapter-002.xhtml\">the notes</a>"))
    #expect(first.contains("<a href=\"#later\">below</a>"))
    #expect(first.contains("<img src=\"images/image-001.svg\" alt=\"A figure\"/>"))
    #expect(all["EPUB/nav.xhtml"]?.contains("<a href=\"chapter-001.xhtml\">The Markdown Chapter</a>") == true)
    #expect(all["EPUB/package.opf"]?.contains("<dc:creator id=\"creator-1\">Test Author</dc:creator>") == true)

    let contained = try EPUBWriter().write(try #require(PamphletBuilder.build(try PamphletManifest.load(path: path)).book))
    #expect(contained.warnings.contains { $0.contains("image ../figure.svg is outside the folders this book may read") })

    var missing = try PamphletManifest.load(path: path)
    missing.chapters.append(.init(path: "/nonexistent/x.md"))
    #expect(PamphletBuilder.build(missing).failures.map(\.path) == ["/nonexistent/x.md"])
}

@Test func coverTitlesShrinkRatherThanLoseWords() {
    #expect(CoverPage.fitTitle("Pages from the Web").size == 104)
    let long = String(repeating: "Engagement metrics for marketers ", count: 4)
    let fitted = CoverPage.fitTitle(long)
    #expect(fitted.size < 104 && fitted.lines.joined(separator: " ") == long.foldingWhitespace)
    let endless = CoverPage.fitTitle(String(repeating: "word ", count: 200))
    #expect(endless.lines.count == 8 && endless.lines.last?.hasSuffix("…") == true)
}
