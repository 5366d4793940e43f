// `--shard K/N`: parsing, and shards that partition the inputs and together equal a single run.
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

@Test func shardParsesAndRejectsNonsense() throws {
    #expect(try Shard(parsing: "2/5") == Shard(index: 2, count: 5))
    for bad in ["0/3", "4/3", "1", "a/b", "1/0", "-1/2", ""] {
        #expect(throws: GalleyError.self) { try Shard(parsing: bad) }
    }
}

@Test func shardsPartitionPathsStably() throws {
    let paths = (0..<200).map { "folder\($0 % 7)/page\($0).html" }
    let shards = try (1...4).map { try Shard(index: $0, count: 4) }
    for path in paths {
        #expect(shards.filter { $0.contains(path) }.count == 1)
    }
    let sizes = shards.map { shard in paths.filter { shard.contains($0) }.count }
    #expect(sizes.allSatisfy { $0 > 25 }, "shards are roughly even: \(sizes)")
    #expect(Shard.number(of: "a/b.html", count: 1000) == Shard.number(of: "a/b.html", count: 1000))
}

@Test func unionOfShardsEqualsSingleRunByteForByte() throws {
    let folder = TestFolder("shard")
    defer { folder.remove() }
    folder.makeTextInputs("in", count: 24)
    let inputs = collect(folder.sub("in"))
    _ = textBatch(folder.sub("single")).execute(inputs)
    var union: [String: Data] = [:]
    for k in 1...3 {
        var converter = textBatch(folder.sub("shard\(k)"))
        converter.shard = try Shard(index: k, count: 3)
        let summary = converter.execute(inputs)
        #expect(summary.failures.isEmpty)
        for (path, data) in snapshot(folder.sub("shard\(k)"), excludingManifests: true) {
            if let existing = union[path] { #expect(existing == data, "\(path) differs between shards") }
            union[path] = data
        }
        // All shards also share one folder, as on a shared volume.
        _ = { var shared = converter; shared.outputRoot = folder.sub("shared"); _ = shared.execute(inputs) }()
    }
    #expect(union == snapshot(folder.sub("single"), excludingManifests: true))
    // An unsharded run over the shared folder finds everything up to date and merges the manifests.
    let merge = textBatch(folder.sub("shared")).execute(inputs)
    #expect(merge.count(.unchanged) == inputs.count)
    #expect(snapshot(folder.sub("shared")) == snapshot(folder.sub("single")))
}
