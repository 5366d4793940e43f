// Pamphlets read only what they are given: chapters, images, cover and stylesheet stay inside their folders.
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

/// A 1×1 PNG.
let tinyPNG = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")!

/// `book/` (the manifest's folder) with a chapter referring to images inside and outside it, and
/// `other/` beside it holding a secret and an image.
private func hostileTree(_ folder: TestFolder, chapter: String) throws -> String {
    folder.write("book/ch.md", chapter)
    folder.write("other/secret.txt", "root:x:0:0:root:/root:/bin/bash\n")
    FileManager.default.createFile(atPath: folder.sub("other/x.png"), contents: tinyPNG)
    FileManager.default.createFile(atPath: folder.sub("book/in.png"), contents: tinyPNG)
    try FileManager.default.createSymbolicLink(atPath: folder.sub("book/link.png"), withDestinationPath: "../other/x.png")
    folder.write("book/ch.md", chapter)
    return folder.sub("book")
}

private func entries(_ book: Book) throws -> [String: Data] {
    let output = try EPUBWriter().write(book)
    let entries = try #require(ZipReader.entries(output.data))
    return Dictionary(uniqueKeysWithValues: entries.map { ($0.name, $0.data) })
}

@Test func imagesOutsideTheManifestFolderAreLeftOutWithAWarning() throws {
    let folder = TestFolder("pamphlet-images")
    defer { folder.remove() }
    let outside = ["../other/x.png", folder.sub("other/x.png"), "file://" + folder.sub("other/x.png"), "..%2Fother%2Fx.png", "link.png"]
    let chapter = "# Chapter\n\n" + outside.enumerated().map { "![outside \($0.offset)](\($0.element))" }.joined(separator: " ") + " ![inside](in.png)\n"
    let bookFolder = try hostileTree(folder, chapter: chapter)
    folder.write("book/book.yml", "title: T\nchapters:\n  - ch.md\n")
    let manifest = try PamphletManifest.load(path: bookFolder + "/book.yml")
    let outcome = PamphletBuilder.build(manifest)
    let book = try #require(outcome.book)
    let output = try EPUBWriter().write(book)
    for reference in outside {
        #expect(output.warnings.contains { $0.contains("image \(reference) is outside the folders this book may read") && $0.contains("--allow-outside") },
                "\(reference) refused with a warning: \(output.warnings)")
    }
    let images = try entries(book).keys.filter { $0.hasPrefix("EPUB/images/image-") }
    #expect(images == ["EPUB/images/image-001.png"], "only the image inside is packaged: \(images)")

    // Allowed explicitly, the folder's images are packaged (once: they are the same file).
    let allowed = PamphletBuilder.build(manifest, scope: ReadScope(folders: [bookFolder, folder.sub("other")]))
    let all = try entries(try #require(allowed.book)).keys.filter { $0.hasPrefix("EPUB/images/image-") }
    #expect(all.count == 2)
}

@Test func chaptersAndStylesheetsOutsideTheManifestFolderAreErrors() throws {
    let folder = TestFolder("pamphlet-chapters")
    defer { folder.remove() }
    let bookFolder = try hostileTree(folder, chapter: "# Chapter\n\nText.\n")
    folder.write("book/book.yml", "title: T\nstylesheet: ../../../../../../../etc/passwd\nchapters:\n  - ch.md\n  - ../other/secret.txt\n")
    let manifest = try PamphletManifest.load(path: bookFolder + "/book.yml")
    let outcome = PamphletBuilder.build(manifest)
    #expect(outcome.book == nil)
    let messages = outcome.failures.map(\.description)
    #expect(messages.contains { $0.contains("secret.txt") && $0.contains("the chapter") && $0.contains("outside the folders this book may read") })
    #expect(messages.contains { $0.contains("etc/passwd") && $0.contains("the stylesheet") && $0.contains("outside") })
    #expect(!messages.joined().contains("root:x"))

    // A cover outside is refused too; allowing the folder lets the chapter in.
    var withCover = manifest
    withCover.stylesheet = nil
    withCover.cover = folder.sub("other/x.png")
    #expect(PamphletBuilder.build(withCover).failures.map(\.stage.rawValue).sorted() == ["cover", "read"])
    let allowed = PamphletBuilder.build(withCover, scope: ReadScope(folders: [bookFolder, folder.sub("other")]))
    let book = try #require(allowed.book)
    #expect(book.sources.count == 2 && book.cover != nil)
}

@Test func hugeImagesAndCoversAreRefusedUnread() throws {
    let folder = TestFolder("pamphlet-huge")
    defer { folder.remove() }
    let bookFolder = try hostileTree(folder, chapter: "# Chapter\n\n![big](big.png)\n")
    FileManager.default.createFile(atPath: folder.sub("book/big.png"), contents: nil)
    #expect(truncate(folder.sub("book/big.png"), 1 << 30) == 0)
    folder.write("book/book.yml", "title: T\nchapters:\n  - ch.md\n")
    let start = Date()
    let book = try #require(PamphletBuilder.build(try PamphletManifest.load(path: bookFolder + "/book.yml")).book)
    let output = try EPUBWriter().write(book)
    #expect(output.warnings.contains { $0.contains("image big.png was left out (file too large") })
    var withCover = try PamphletManifest.load(path: bookFolder + "/book.yml")
    withCover.cover = folder.sub("book/big.png")
    let failures = PamphletBuilder.build(withCover).failures
    #expect(failures.first?.stage == .read && failures.first?.message.contains("file too large") == true, "\(failures)")
    #expect(Date().timeIntervalSince(start) < 5)
}

@Test func aChapterWhoseNameIsNotUTF8IsRead() throws {
    let folder = TestFolder("pamphlet-bytes")
    defer { folder.remove() }
    let raw = Array(folder.sub("caf").utf8) + [0xE9] + Array(".md".utf8)
    let descriptor = RawPath.withCString(raw) { open($0, O_WRONLY | O_CREAT, 0o644) }
    _ = "# Caf\u{E9}\n\nA chapter with an odd name.\n".withCString { write(descriptor, $0, strlen($0)) }
    close(descriptor)
    let inputs = try InputCollector.gather([Array(folder.path.utf8)], forcedFormat: nil).inputs
    var manifest = PamphletManifest()
    manifest.chapters = inputs.map { PamphletManifest.Chapter(path: $0.path, format: $0.format, fileSystemPath: $0.fileSystemPath) }
    let outcome = PamphletBuilder.build(manifest, scope: ReadScope(folders: [folder.path]))
    #expect(outcome.failures.isEmpty, "\(outcome.failures)")
    #expect(outcome.book?.sources.first?.path?.hasSuffix("caf%E9.md") == true)
}
