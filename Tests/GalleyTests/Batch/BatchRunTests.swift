// Batch runs: the same bytes whatever the number of jobs, incremental skips, and what forces a rebuild.
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

@Test func outputsAndReportOrderDoNotDependOnJobs() {
    let folder = TestFolder("jobs")
    defer { folder.remove() }
    folder.makeTextInputs("in", count: 40)
    folder.write("in/broken.txt", "binary\u{0}\u{1}\u{2}\u{0}data")
    let inputs = collect(folder.sub("in"))
    var reference: [String: Data]?
    var referenceOrder: [String]?
    for jobs in [1, 2, 3, 8] {
        let out = folder.sub("out\(jobs)")
        let summary = textBatch(out, jobs: jobs).execute(inputs)
        #expect(summary.results.map(\.input.path) == inputs.map(\.path))
        #expect(summary.failures.map(\.input.relativePath) == ["broken.txt"])
        let files = snapshot(out)
        let order = summary.results.map { "\($0.input.relativePath) \($0.status) \($0.outputs)" }
        if let reference, let referenceOrder {
            #expect(files == reference, "jobs \(jobs) wrote different bytes")
            #expect(order == referenceOrder)
        } else {
            reference = files
            referenceOrder = order
            #expect(files.keys.contains(".galley-manifest.json"))
            #expect(files.keys.contains("deep/er/page0.xhtml"))
        }
    }
}

@Test func unchangedInputsAreSkippedAndChangesRebuilt() throws {
    let folder = TestFolder("incremental")
    defer { folder.remove() }
    folder.makeTextInputs("in", count: 9)
    let out = folder.sub("out")
    let inputs = collect(folder.sub("in"))
    #expect(textBatch(out).execute(inputs).count(.converted) == 9)
    let first = snapshot(out)
    let again = textBatch(out).execute(inputs)
    #expect(again.count(.unchanged) == 9)
    #expect(snapshot(out) == first)
    #expect(!FileManager.default.fileExists(atPath: out + "/.galley-manifest.journal"))

    folder.write("in/sub/page1.txt", "Changed text\n\nNew paragraph.\n")
    let changed = textBatch(out).execute(inputs)
    #expect(changed.results.filter { $0.status == .converted }.map(\.input.relativePath) == ["sub/page1.txt"])

    try Data("edited by hand".utf8).write(to: URL(fileURLWithPath: out + "/page2.md"))
    let repaired = textBatch(out).execute(inputs)
    #expect(repaired.results.filter { $0.status == .converted }.map(\.input.relativePath) == ["page2.txt"])
    #expect(snapshot(out)["page2.md"] == first["page2.md"])

    var forced = textBatch(out)
    forced.force = true
    #expect(forced.execute(inputs).count(.converted) == 9)

    var otherOptions = textBatch(out)
    otherOptions.options.normalize = false
    #expect(otherOptions.execute(inputs).count(.converted) == 9)

    var fewerFormats = textBatch(out)
    fewerFormats.formats = [.markdown]
    #expect(fewerFormats.execute(inputs).count(.converted) == 9)
}

@Test func deletedInputsAreReportedThenPruned() {
    let folder = TestFolder("prune")
    defer { folder.remove() }
    folder.makeTextInputs("in", count: 6)
    let out = folder.sub("out")
    _ = textBatch(out).execute(collect(folder.sub("in")))
    try? FileManager.default.removeItem(atPath: folder.sub("in/deep/er/page0.txt"))
    let inputs = collect(folder.sub("in"))
    let reported = textBatch(out).execute(inputs)
    #expect(reported.orphans.map(\.key) == ["deep/er/page0.txt"])
    #expect(reported.orphans.first?.removed == false)
    #expect(FileManager.default.fileExists(atPath: out + "/deep/er/page0.md"))
    #expect(textBatch(out).execute(inputs).orphans.count == 1, "an orphan stays recorded until pruned")

    var pruning = textBatch(out)
    pruning.prune = true
    let pruned = pruning.execute(inputs)
    #expect(pruned.orphans.first?.removed == true)
    #expect(!FileManager.default.fileExists(atPath: out + "/deep/er/page0.md"))
    #expect(!FileManager.default.fileExists(atPath: out + "/deep/er/page0.json"))
    #expect(FileManager.default.fileExists(atPath: out + "/deep/er/page3.md"))
    #expect(textBatch(out).execute(inputs).orphans.isEmpty)
}

@Test func collidingOutputsFailTheLaterInputOnly() {
    let folder = TestFolder("collide")
    defer { folder.remove() }
    folder.write("in/a.txt", "First\n\nText.\n")
    folder.write("in/a.text", "Second\n\nText.\n")
    let summary = textBatch(folder.sub("out")).execute(collect(folder.sub("in")))
    #expect(summary.results.map(\.status) == [.converted, .failed], "a.text sorts before a.txt")
    #expect(summary.failures.first?.error?.stage == .output)
}

@Test func journalReplayKeepsFinishedInputsAndIgnoresATornLine() throws {
    let folder = TestFolder("journal")
    defer { folder.remove() }
    let path = folder.sub("j.journal")
    let journal = try ManifestJournal(path: path)
    let entry = ManifestEntry(format: .text, input: "i", options: "o", version: "v", outputs: ["a.md": "h"])
    journal.record("a.txt", entry)
    journal.record("b.txt", entry)
    journal.recordRemoval("b.txt")
    let handle = try #require(FileHandle(forWritingAtPath: path))
    handle.seekToEndOfFile()
    handle.write(Data("{\"key\":\"c.txt\",\"entry\":{\"form".utf8))
    var manifest = Manifest()
    ManifestJournal.replay(path, into: &manifest)
    #expect(manifest.entries == ["a.txt": entry])
}

@Test func leftoverTemporaryFilesOfDeadProcessesAreSwept() {
    let folder = TestFolder("sweep")
    defer { folder.remove() }
    var deadPID: Int32 = 4_000_000
    while kill(deadPID, 0) == 0 || errno != ESRCH { deadPID -= 1 }
    folder.write("out/sub/.page.md.\(deadPID).tmp", "half")
    folder.write("out/.live.md.\(getpid()).tmp", "in progress")
    folder.write("out/.notes.tmp", "not ours")
    #expect(TempFileSweeper.sweep(folder.sub("out")) == ["sub/.page.md.\(deadPID).tmp"])
    #expect(FileManager.default.fileExists(atPath: folder.sub("out/.live.md.\(getpid()).tmp")))
}

@Test func manifestHasOneLinePerEntryAndReadsBackEitherWay() throws {
    let entry = ManifestEntry(format: .html, input: "i", options: "o", version: "v", outputs: ["a b/\"q\".md": "h", "x.json": "j"])
    let manifest = Manifest(entries: ["a b/\"q\".html": entry, "z.txt": entry], shared: ["galley.css": "c"])
    let data = manifest.encoded()
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
    #expect(lines.count == 8)
    #expect(lines[2].hasPrefix("    \"a b/\\\"q\\\".html\" : {\"format\":\"html\""))
    #expect(Manifest.decode(data) == manifest)
    let reformatted = try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: data), options: [.prettyPrinted])
    #expect(Manifest.decode(reformatted) == manifest)
    #expect(Manifest.decode(Data("{\"entries\": 3}".utf8)) == nil)
}

@Test func summaryCountsWithoutKeepingEveryResult() {
    let folder = TestFolder("lean")
    defer { folder.remove() }
    folder.makeTextInputs("in", count: 7)
    folder.write("in/zz.txt", "\u{0}\u{1}\u{2}\u{0}")
    var converter = textBatch(folder.sub("out"))
    converter.keepsAllResults = false
    let summary = converter.execute(collect(folder.sub("in")))
    #expect(summary.inputCount == 8 && summary.count(.converted) == 7 && summary.count(.failed) == 1)
    #expect(summary.results.map(\.input.relativePath) == ["zz.txt"])
}
