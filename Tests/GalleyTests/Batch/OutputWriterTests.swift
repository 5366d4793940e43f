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
