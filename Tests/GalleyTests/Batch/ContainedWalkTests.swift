// Folder walks stay inside the input root: links out are skipped with a warning, loops end, odd names are found.
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
    try? FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
}

private func relativePaths(_ collection: InputCollection) -> [String] {
    collection.inputs.map(\.relativePath)
}

@Test func symlinkLoopsAreWalkedOnceAndReported() throws {
    let folder = TestFolder("walk-loops")
    defer { folder.remove() }
    folder.makeTextInputs("in", count: 5)
    link(".", at: folder.sub("in/loop"))
    link("../..", at: folder.sub("in/sub/up"))
    link("../sub", at: folder.sub("in/deep/sideways"))
    let collection = try InputCollector.gather([Array(folder.sub("in").utf8)], forcedFormat: nil)
    #expect(collection.inputs.count == 5, "each of the 5 files once: \(relativePaths(collection))")
    #expect(Set(relativePaths(collection)).count == 5)
    for name in ["in/loop", "in/sub/up", "in/deep/sideways"] {
        #expect(collection.warnings.contains { $0.hasPrefix(folder.sub(name) + ": skipped") }, "\(name) named in \(collection.warnings)")
    }
    // Following links changes nothing about loops.
    let followed = try InputCollector.gather([Array(folder.sub("in").utf8)], forcedFormat: nil, followSymlinks: true)
    #expect(followed.inputs.count == 5)
}

@Test func linkToAFolderOfTheTreeNeverReplacesTheFolder() throws {
    let folder = TestFolder("walk-alias")
    defer { folder.remove() }
    folder.write("in/sub/b.txt", "B\n\nText.\n")
    link("sub", at: folder.sub("in/alias"))   // sorts before "sub"
    let collection = try InputCollector.gather([Array(folder.sub("in").utf8)], forcedFormat: nil)
    #expect(relativePaths(collection) == ["sub/b.txt"])
}

@Test func symlinksLeadingOutOfTheRootAreSkippedWithAWarning() throws {
    let folder = TestFolder("walk-outside")
    defer { folder.remove() }
    folder.write("in/a.txt", "A\n\nText.\n")
    folder.write("secret/passwd.txt", "root:x:0:0:root:/root:/bin/bash\n")
    folder.write("secret/more/b.txt", "B\n")
    link(folder.sub("secret/passwd.txt"), at: folder.sub("in/passwd.txt"))
    link("../secret/more", at: folder.sub("in/more"))
    let collection = try InputCollector.gather([Array(folder.sub("in").utf8)], forcedFormat: nil)
    #expect(relativePaths(collection) == ["a.txt"])
    #expect(collection.warnings.contains { $0.hasPrefix(folder.sub("in/passwd.txt") + ": skipped: a symbolic link to") && $0.contains("--follow-symlinks") })
    #expect(collection.warnings.contains { $0.hasPrefix(folder.sub("in/more") + ": skipped") })

    // Converting the tree writes nothing of the secret.
    let out = folder.sub("out")
    let summary = textBatch(out).execute(collection.inputs)
    #expect(summary.failures.isEmpty)
    #expect(!snapshot(out).values.contains { String(decoding: $0, as: UTF8.self).contains("root:x:0:0") })

    let followed = try InputCollector.gather([Array(folder.sub("in").utf8)], forcedFormat: nil, followSymlinks: true)
    #expect(relativePaths(followed) == ["a.txt", "passwd.txt", "more/b.txt"])
}

@Test func namesThatAreNotUTF8AreConvertedWithEscapedOutputNames() throws {
    let folder = TestFolder("walk-bytes")
    defer { folder.remove() }
    folder.write("in/plain.txt", "Plain\n\nText.\n")
    let raw = Array(folder.sub("in/caf").utf8) + [0xE9] + Array(".txt".utf8)
    let descriptor = RawPath.withCString(raw) { open($0, O_WRONLY | O_CREAT, 0o644) }
    #expect(descriptor >= 0)
    _ = "Caf\u{E9}\n\nA page with an odd name.\n".withCString { write(descriptor, $0, strlen($0)) }
    close(descriptor)

    let collection = try InputCollector.gather([Array(folder.sub("in").utf8)], forcedFormat: nil)
    #expect(relativePaths(collection) == ["caf%E9.txt", "plain.txt"], "not skipped: \(relativePaths(collection))")
    let out = folder.sub("out")
    let summary = textBatch(out).execute(collection.inputs)
    #expect(summary.failures.isEmpty, "\(summary.failures)")
    let markdown = try #require(FileManager.default.contents(atPath: out + "/caf%E9.md"))
    #expect(String(decoding: markdown, as: UTF8.self).contains("odd name"))

    // Named directly (raw bytes, as argv gives them), the file is found.
    let direct = try InputCollector.gather([raw], forcedFormat: nil)
    #expect(direct.inputs.map(\.outputStem) == ["caf%E9"])
    #expect(textBatch(folder.sub("out2")).execute(direct.inputs).failures.isEmpty)
    #expect(RawPath.display([0x61, 0xFF, 0xC3, 0xA9, 0xE2, 0x82]) == "a%FF\u{E9}%E2%82")
}

@Test func pipesAndSocketsInATreeAreSkippedNotRead() throws {
    let folder = TestFolder("walk-fifo")
    defer { folder.remove() }
    folder.write("in/a.txt", "A\n\nText.\n")
    #expect(mkfifo(folder.sub("in/pipe.txt"), 0o644) == 0)
    let collection = try InputCollector.gather([Array(folder.sub("in").utf8)], forcedFormat: nil)
    #expect(relativePaths(collection) == ["a.txt"])
    #expect(collection.warnings.contains { $0.hasPrefix(folder.sub("in/pipe.txt") + ": skipped: not a regular file") })
}
