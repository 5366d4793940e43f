// `--report`: per-file entries in input order, totals, and the terminal's summary line.
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

@Test func reportListsEveryInputInOrderWithTotals() throws {
    let folder = TestFolder("report")
    defer { folder.remove() }
    folder.makeTextInputs("in", count: 4)
    folder.write("in/zz-binary.txt", "\u{0}\u{1}\u{2}\u{3}\u{0}")
    let inputs = collect(folder.sub("in"))
    let summary = textBatch(folder.sub("out")).execute(inputs)
    let report = BatchReport(summary, jobs: 2, shard: nil, check: false)
    #expect(report.files.map(\.input) == inputs.map(\.path))
    #expect(report.totals.inputs == 5)
    #expect(report.totals.converted == 4 && report.totals.failed == 1)
    #expect(report.totals.bytesIn == report.files.reduce(0) { $0 + $1.bytesIn })
    #expect(report.files.last?.error?.contains("decode") == true)
    let decoded = try JSONDecoder().decode(BatchReport.self, from: report.encoded())
    #expect(decoded == report)
    let line = ProgressLine.summary(summary, outputRoot: "out", check: false)
    #expect(line.hasPrefix("galley: 5 inputs: 4 converted, 0 unchanged, 1 failed → out ("))
    #expect(ProgressLine.bar(BatchProgress(done: 5, total: 10, failed: 1, unchanged: 2), width: 10)
            == "\r[#####-----] 5/10 inputs, 2 unchanged, 1 failed")
}
