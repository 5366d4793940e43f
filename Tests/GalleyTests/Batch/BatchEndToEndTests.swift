// End to end with the built `galley` binary: a run killed with SIGKILL resumes to identical output; exit codes.
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

/// The `galley` executable built beside the test bundle (nil when it was not built).
private let galleyBinary: String? = {
    let here = URL(fileURLWithPath: #filePath)
    let root = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let bundle = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
    let candidates = [bundle, bundle.deletingLastPathComponent(), bundle.deletingLastPathComponent().deletingLastPathComponent(),
                      root.appendingPathComponent(".build/debug")].map { $0.appendingPathComponent("galley").path }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
}()

/// Starts `galley` with `arguments` in `directory`.
private func launch(_ arguments: [String], in directory: String) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: galleyBinary ?? "galley")
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
}

private func runGalley(_ arguments: [String], in directory: String) throws -> Int32 {
    let process = try launch(arguments, in: directory)
    process.waitUntilExit()
    return process.terminationStatus
}

private func lineCount(_ path: String) -> Int {
    FileManager.default.contents(atPath: path)?.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } ?? 0
}

@Test(.enabled(if: galleyBinary != nil, "the galley executable is not built"))
func runKilledMidBatchResumesToIdenticalOutput() throws {
    let folder = TestFolder("sigkill")
    defer { folder.remove() }
    for i in 0..<100 {
        folder.write("in/part\(i % 4)/doc\(i).txt", String(repeating: TestFolder.textDocument(i), count: 2))
    }
    let process = try launch(["convert", "in", "--out", "out", "--jobs", "1"], in: folder.path)
    let journal = folder.sub("out/.galley-manifest.journal")
    let deadline = Date().addingTimeInterval(60)
    while lineCount(journal) < 5 && process.isRunning && Date() < deadline { usleep(1000) }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal, "the run ended before it could be killed")
    #expect(!FileManager.default.fileExists(atPath: folder.sub("out/.galley-manifest.json")))
    let finished = lineCount(journal)
    #expect(finished >= 5)

    #expect(try runGalley(["convert", "in", "--out", "out", "--jobs", "2", "--report", "report.json"], in: folder.path) == 0)
    let report = try JSONDecoder().decode(BatchReport.self, from: Data(contentsOf: URL(fileURLWithPath: folder.sub("report.json"))))
    #expect(report.totals.unchanged >= finished, "finished inputs were converted again")
    #expect(report.totals.converted + report.totals.unchanged == 100)

    #expect(try runGalley(["convert", "in", "--out", "fresh", "--jobs", "3"], in: folder.path) == 0)
    #expect(snapshot(folder.sub("out")) == snapshot(folder.sub("fresh")), "resumed output differs from a fresh run")
    #expect(try runGalley(["convert", "in", "--out", "out", "--check"], in: folder.path) == 0)
}

@Test(.enabled(if: galleyBinary != nil, "the galley executable is not built"))
func checkAndUsageExitCodes() throws {
    let folder = TestFolder("exit")
    defer { folder.remove() }
    folder.makeTextInputs("in", count: 3)
    #expect(try runGalley(["convert", "in", "--out", "out", "--check"], in: folder.path) == 1)
    #expect(!FileManager.default.fileExists(atPath: folder.sub("out")))
    #expect(try runGalley(["convert", "in", "--out", "out"], in: folder.path) == 0)
    #expect(try runGalley(["convert", "in", "--out", "out", "--check"], in: folder.path) == 0)
    folder.write("out/page2.md", "edited")
    #expect(try runGalley(["convert", "in", "--out", "out", "--check"], in: folder.path) == 1)
    #expect(try runGalley(["convert", "in", "--out", "out", "--shard", "0/2"], in: folder.path) == 2)
    #expect(try runGalley(["convert", "in", "--out", "out", "--jobs", "0"], in: folder.path) == 2)
    #expect(try runGalley(["convert", "in", "--out", "out", "--check", "--prune"], in: folder.path) == 2)
}

@Test(.enabled(if: galleyBinary != nil, "the galley executable is not built"))
func jsonLinesThroughTheBinary() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: galleyBinary ?? "galley")
    process.arguments = ["convert", "--jsonl", "--to", "markdown", "--jobs", "2"]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let records = (1...5).map { "{\"id\": \($0), \"format\": \"text\", \"content\": \"Title \($0)\\n\\nBody \($0).\\n\"}" }
    input.fileHandleForWriting.write(Data((records.joined(separator: "\n") + "\nnot json\n").utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 1, "a malformed record makes the exit code 1")
    let lines = try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
        try JSONDecoder().decode(JSONLinesOutput.self, from: Data($0.utf8))
    }
    #expect(lines.map(\.id) == (1...5).map { .integer($0) } + [.null])
    #expect(lines[2].markdown?.contains("Body 3.") == true && lines[2].json == nil)
}
