// Manifest lines and journal records are written directly; they must match what JSONEncoder writes.
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

@Test func manifestLinesMatchJSONEncoder() throws {
    let stems = ["page", "a/b c", "é/ü\u{301}", "quote\"back\\slash", "tab\there", "emoji 👍", "new\nline"]
    for stem in stems {
        let entry = ManifestEntry(format: .html, input: String(repeating: "ab", count: 32), options: "0f", version: "0.1.0",
                                  outputs: [stem + ".md": "1", stem + ".json": "2", stem + ".xhtml": "3"])
        let expected = String(decoding: try ManifestCoding.compactEncoder.encode(entry), as: UTF8.self)
        #expect(Manifest.line(entry) == expected, "\(stem)")
        #expect(Manifest.quoted(stem) == String(decoding: try ManifestCoding.compactEncoder.encode(stem), as: UTF8.self))
    }
}

@Test func journalRecordsOfLinesReplay() throws {
    let folder = TestFolder("journal")
    defer { folder.remove() }
    let path = folder.sub("journal")
    let entry = ManifestEntry(format: .text, input: "aa", options: "bb", version: "0.1.0", outputs: ["x \"y\".md": "cc"])
    do {
        let journal = try ManifestJournal(path: path)
        journal.record("in/x \"y\".txt", line: try #require(Manifest.line(entry)))
    }
    var manifest = Manifest()
    ManifestJournal.replay(path, into: &manifest)
    #expect(manifest["in/x \"y\".txt"] == entry)
}
