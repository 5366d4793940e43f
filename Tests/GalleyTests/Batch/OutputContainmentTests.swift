// Links planted in the output folder never redirect a write, a removal or a journal line outside it.
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

private func link(_ target: String, at path: String) {
    try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try? FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
}

@Test func aLinkedSubfolderInOutGivesAnErrorForThatFileOnly() throws {
    let folder = TestFolder("out-link")
    defer { folder.remove() }
    folder.write("in/sub/c.txt", "C\n\nText.\n")
    folder.write("in/d.txt", "D\n\nText.\n")
    try FileManager.default.createDirectory(atPath: folder.sub("elsewhere"), withIntermediateDirectories: true)
    link(folder.sub("elsewhere"), at: folder.sub("out/sub"))
    let summary = textBatch(folder.sub("out")).execute(collect(folder.sub("in")))
    #expect(summary.failures.map(\.input.relativePath) == ["sub/c.txt"])
    let message = summary.failures.first?.error?.description ?? ""
    #expect(message.contains("out/sub is a symbolic link"), "\(message)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.sub("elsewhere")).isEmpty, "nothing written through the link")
    #expect(FileManager.default.fileExists(atPath: folder.sub("out/d.md")), "the other input still converted")
}

@Test func aLinkedJournalIsNeverAppendedTo() throws {
    let folder = TestFolder("out-journal")
    defer { folder.remove() }
    folder.makeTextInputs("in", count: 3)
    folder.write("victim.txt", "untouched\n")
    link(folder.sub("victim.txt"), at: folder.sub("out/.galley-manifest.journal"))
    let summary = textBatch(folder.sub("out")).execute(collect(folder.sub("in")))
    #expect(summary.failures.isEmpty)
    #expect(summary.problems.contains { $0.contains("manifest journal") && $0.contains("symbolic link") }, "\(summary.problems)")
    #expect(FileManager.default.contents(atPath: folder.sub("victim.txt")) == Data("untouched\n".utf8))
    link(folder.sub("victim.txt"), at: folder.sub("out/other.journal"))
    #expect(throws: GalleyError.self) { _ = try ManifestJournal(path: folder.sub("out/other.journal")) }
}

@Test func pruningAndSweepingNeverReachThroughALink() throws {
    let folder = TestFolder("out-prune")
    defer { folder.remove() }
    folder.write("elsewhere/a.md", "keep me\n")
    folder.write("elsewhere/.a.md.999999999.tmp", "keep me too\n")
    link(folder.sub("elsewhere"), at: folder.sub("out/sub"))
    let orphan = BatchOrphan(key: "sub/a.txt", outputs: ["sub/a.md"], removed: false)
    _ = OrphanPruner.prune(orphan, under: folder.sub("out"))
    #expect(FileManager.default.fileExists(atPath: folder.sub("elsewhere/a.md")))
    #expect(TempFileSweeper.sweep(folder.sub("out")).isEmpty)
    #expect(FileManager.default.fileExists(atPath: folder.sub("elsewhere/.a.md.999999999.tmp")))
    // Through real folders, both still work.
    folder.write("out/real/b.md", "b\n")
    folder.write("out/real/.b.md.999999999.tmp", "stale\n")
    #expect(TempFileSweeper.sweep(folder.sub("out")) == ["real/.b.md.999999999.tmp"])
    _ = OrphanPruner.prune(BatchOrphan(key: "real/b.txt", outputs: ["real/b.md"], removed: false), under: folder.sub("out"))
    #expect(!FileManager.default.fileExists(atPath: folder.sub("out/real")), "the emptied folder is removed")
}

@Test func aLinkedOutputFileIsReplacedNotWrittenThrough() throws {
    let folder = TestFolder("out-file-link")
    defer { folder.remove() }
    folder.write("victim.md", "untouched\n")
    link(folder.sub("victim.md"), at: folder.sub("out/page.md"))
    try OutputWriter.write(Data("new\n".utf8), to: "page.md", under: folder.sub("out"))
    #expect(FileManager.default.contents(atPath: folder.sub("victim.md")) == Data("untouched\n".utf8))
    #expect(FileManager.default.contents(atPath: folder.sub("out/page.md")) == Data("new\n".utf8))
    #expect(OutputFolder.contents(of: "page.md", under: folder.sub("out")) == Data("new\n".utf8))
}

@Test func temporaryNamesFitWheneverTheFinalNameFits() throws {
    let folder = TestFolder("out-long")
    defer { folder.remove() }
    let name = String(repeating: "n", count: 252) + ".md"   // 255 bytes: the longest name allowed
    try OutputWriter.write(Data("long\n".utf8), to: "deep/" + name, under: folder.path)
    #expect(FileManager.default.contents(atPath: folder.sub("deep/" + name)) == Data("long\n".utf8))
    let temporary = OutputWriter.temporaryName(for: name, pid: 4_000_000)
    #expect(temporary.utf8.count <= 255 && temporary.hasPrefix(".galley-"))
    #expect(TempFileSweeper.ownerProcess(of: temporary) == 4_000_000, "the sweeper recognises hashed names")
    #expect(OutputWriter.temporaryName(for: "a.md", pid: 7) == ".a.md.7.tmp")

    // A 253-byte input name converts to the formats whose names fit, and the others fail clearly.
    let input = String(repeating: "x", count: 250) + ".md"
    folder.write("in/" + input, "# Long\n\nName.\n")
    var converter = textBatch(folder.sub("out"))
    converter.formats = [.markdown, .json]
    #expect(converter.execute(collect(folder.sub("in"))).failures.isEmpty)
    converter.formats = [.xhtml]
    let failures = converter.execute(collect(folder.sub("in"))).failures
    #expect(failures.first?.error?.message.contains("over the 255 bytes a file name may have") == true)
}
