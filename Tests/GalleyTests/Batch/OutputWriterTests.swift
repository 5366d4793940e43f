// Writing an output that already holds the same bytes leaves the file alone; other bytes replace it.
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

@Test func unchangedOutputIsNotRewrittenAndChangedOutputIs() throws {
    let folder = TestFolder("writer")
    defer { folder.remove() }
    try OutputWriter.write(Data("same\n".utf8), to: "a/page.md", under: folder.path)
    let path = folder.sub("a/page.md")
    let old = Date(timeIntervalSince1970: 1_000_000)
    try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: path)

    try OutputWriter.write(Data("same\n".utf8), to: "a/page.md", under: folder.path)
    let kept = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
    #expect(kept == old, "identical bytes must not touch the file")

    for contents in ["samE\n", "same\n\n", ""] {
        try OutputWriter.write(Data(contents.utf8), to: "a/page.md", under: folder.path)
        #expect(FileManager.default.contents(atPath: path) == Data(contents.utf8))
    }
    #expect(!OutputWriter.holds(Data("x".utf8), at: folder.sub("a")), "a folder is not a file holding bytes")
}

/// `holds` compares a chunk at a time: outputs longer than a chunk, differing in any chunk or cut
/// short, answer as a whole-file comparison does.
@Test func holdsComparesLargeOutputsChunkByChunk() throws {
    let folder = TestFolder("writer-chunks")
    defer { folder.remove() }
    let size = 3 * OutputWriter.holdsChunk + 17
    let bytes = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
    let path = folder.sub("big.json")
    try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
    FileManager.default.createFile(atPath: path, contents: bytes)
    #expect(OutputWriter.holds(bytes, at: path))
    for at in [0, OutputWriter.holdsChunk - 1, OutputWriter.holdsChunk, 2 * OutputWriter.holdsChunk + 5, size - 1] {
        var other = bytes
        other[at] ^= 0x01
        #expect(!OutputWriter.holds(other, at: path), "a byte differs at \(at)")
    }
    #expect(!OutputWriter.holds(bytes.prefix(size - 1), at: path), "the file is longer")
    #expect(!OutputWriter.holds(bytes + Data([0]), at: path), "the file is shorter")
    FileManager.default.createFile(atPath: path, contents: Data())
    #expect(OutputWriter.holds(Data(), at: path))
}
