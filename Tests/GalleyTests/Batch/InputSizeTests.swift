// Inputs are measured before they are read: a huge or binary file is refused without reading it whole.
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

private func sparseFile(_ path: String, bytes: Int) {
    try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    FileManager.default.createFile(atPath: path, contents: nil)
    #expect(truncate(path, off_t(bytes)) == 0)
}

@Test func aOneGigabyteSparseInputIsRefusedFromItsSize() throws {
    let folder = TestFolder("size-big")
    defer { folder.remove() }
    sparseFile(folder.sub("in/big.txt"), bytes: 1 << 30)
    folder.write("in/small.txt", "Small\n\nText.\n")
    let start = Date()
    let summary = textBatch(folder.sub("out")).execute(collect(folder.sub("in")))
    #expect(Date().timeIntervalSince(start) < 5)
    #expect(summary.failures.map(\.input.relativePath) == ["big.txt"])
    #expect(summary.failures.first?.error?.message.contains("file too large: it is 1 GiB, over the 256 MiB input limit") == true)
    #expect(FileManager.default.fileExists(atPath: folder.sub("out/small.md")))
}

@Test func aBinaryInputIsRefusedFromItsFirstBytes() throws {
    let folder = TestFolder("size-binary")
    defer { folder.remove() }
    sparseFile(folder.sub("zeros.html"), bytes: 100 << 20)
    let start = Date()
    #expect(throws: GalleyError.self) { try BoundedFileReader.read(folder.sub("zeros.html"), expecting: .document(.html)) }
    #expect(Date().timeIntervalSince(start) < 2, "refused after the first 64 KiB, not after 100 MiB")
    do { _ = try BoundedFileReader.read(folder.sub("zeros.html"), expecting: .document(.text)) } catch let error as GalleyError {
        #expect(error.message.contains("binary file"))
    }
    // Under a smaller limit the same file is refused from its size; text under the limit is read.
    #expect(throws: GalleyError.self) { try BoundedFileReader.read(folder.sub("zeros.html"), limit: 1 << 20) }
    folder.write("ok.txt", String(repeating: "Words and more words.\n", count: 10_000))
    #expect(try BoundedFileReader.read(folder.sub("ok.txt"), expecting: .document(.text)).count == 220_000)
    #expect(throws: GalleyError.self) { try BoundedFileReader.read(folder.sub("ok.txt"), limit: 1000) }
}

@Test func sizesParseWithBinaryUnits() {
    #expect(InputLimits.parseSize("500000") == 500_000)
    #expect(InputLimits.parseSize("64K") == 65536)
    #expect(InputLimits.parseSize("256M") == 256 << 20)
    #expect(InputLimits.parseSize("2GiB") == 2 << 30)
    #expect(InputLimits.parseSize("1 gb") == nil || InputLimits.parseSize("1 gb") == 1 << 30)
    #expect(InputLimits.parseSize("lots") == nil)
    #expect(InputLimits.parseSize("0") == nil)
}
