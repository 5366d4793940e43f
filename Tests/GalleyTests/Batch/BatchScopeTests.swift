// What a run looks at: output folders inside the input tree are skipped, and a run over single
// files never calls the inputs it did not name "deleted".
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

@Test func anOutputFolderInsideTheInputTreeIsNotReadBack() throws {
    let folder = TestFolder("nested-out")
    defer { folder.remove() }
    folder.makeTextInputs("tree", count: 3)
    let inputs = collect(folder.sub("tree"))
    _ = textBatch(folder.sub("tree/out")).execute(inputs)
    let again = try InputCollector.collect([folder.sub("tree")], forcedFormat: nil)
    #expect(again.map(\.relativePath) == inputs.map(\.relativePath))
}

@Test func aRunOverSingleFilesKeepsTheOtherEntries() throws {
    let folder = TestFolder("single-files")
    defer { folder.remove() }
    folder.write("a.txt", "Alpha\n\nText.\n")
    folder.write("b.txt", "Beta\n\nText.\n")
    let out = folder.sub("out")
    var converter = textBatch(out)
    converter.detectsDeletedInputs = false
    for name in ["a.txt", "b.txt"] {
        let summary = converter.execute(try InputCollector.collect([folder.sub(name)], forcedFormat: nil))
        #expect(summary.orphans.isEmpty)
    }
    let keys = Set(ManifestStore(outputRoot: out, shard: nil).load().manifest.keys)
    #expect(keys == ["a.txt", "b.txt"], "a.txt's entry must survive the run over b.txt")
}
