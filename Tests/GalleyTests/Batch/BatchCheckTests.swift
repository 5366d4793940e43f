// `--check`: writes nothing, and finds missing, hand-edited, stale and orphaned outputs.
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

private func check(_ out: String, _ inputs: [BatchInput]) -> BatchSummary {
    var converter = textBatch(out)
    converter.check = true
    return converter.execute(inputs)
}

@Test func checkOfAFreshFolderPassesAndWritesNothing() {
    let folder = TestFolder("check")
    defer { folder.remove() }
    folder.makeTextInputs("in", count: 5)
    let out = folder.sub("out")
    let inputs = collect(folder.sub("in"))
    let empty = check(out, inputs)
    #expect(!empty.isFresh)
    #expect(!FileManager.default.fileExists(atPath: out), "check created the output folder")
    _ = textBatch(out).execute(inputs)
    let before = snapshot(out)
    let summary = check(out, inputs)
    #expect(summary.isFresh, "\(BatchMessages.lines(summary, check: true))")
    #expect(summary.count(.fresh) == 5)
    #expect(snapshot(out) == before)
}

@Test func checkFindsMissingEditedStaleAndOrphanedOutputs() throws {
    let folder = TestFolder("check-stale")
    defer { folder.remove() }
    folder.makeTextInputs("in", count: 6)
    let out = folder.sub("out")
    _ = textBatch(out).execute(collect(folder.sub("in")))

    try FileManager.default.removeItem(atPath: out + "/page2.json")
    try Data("edited".utf8).write(to: URL(fileURLWithPath: out + "/sub/page1.md"))
    folder.write("in/page5.txt", "Rewritten\n\nDifferent body.\n")
    try FileManager.default.removeItem(atPath: folder.sub("in/deep/er/page3.txt"))
    let summary = check(out, collect(folder.sub("in")))
    #expect(!summary.isFresh)
    let problems = summary.results.flatMap(\.problems)
    #expect(problems.contains("page2.json: missing"))
    #expect(problems.contains("sub/page1.md: differs from a fresh conversion"))
    #expect(problems.contains("page5.md: differs from a fresh conversion"))
    #expect(summary.orphans.map(\.key) == ["deep/er/page3.txt"])
    #expect(summary.problems.contains(".galley-manifest.json: out of date"))
    let lines = BatchMessages.lines(summary, check: true)
    #expect(lines.contains { $0.hasPrefix("stale: page2.json: missing") })
}

@Test func checkCatchesAStaleManifestAndStylesheet() throws {
    let folder = TestFolder("check-manifest")
    defer { folder.remove() }
    folder.makeTextInputs("in", count: 2)
    let out = folder.sub("out")
    let inputs = collect(folder.sub("in"))
    _ = textBatch(out).execute(inputs)
    try Data("body{}".utf8).write(to: URL(fileURLWithPath: out + "/galley.css"))
    try FileManager.default.removeItem(atPath: out + "/.galley-manifest.json")
    let summary = check(out, inputs)
    #expect(summary.problems.sorted() == [".galley-manifest.json: missing", "galley.css: differs from Galley's stylesheet"])
    #expect(summary.results.allSatisfy { $0.status == .fresh })
}
