// WARC input: pages found by content, HTTP bodies decoded, capture metadata kept, other records listed.
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

private let warcFolder = Golden.fixtures.appendingPathComponent("WARC").path

@Test func warcFilesAreRecognisedByContentInFoldersAndAsArguments() throws {
    let collection = try InputCollector.gather([Array(warcFolder.utf8)], forcedFormat: nil)
    let inputs = collection.inputs, archives = collection.archives
    #expect(archives.map { ($0.path as NSString).lastPathComponent } == ["crawl.dat", "mixed.warc.gz"])
    #expect(inputs.map(\.outputStem).sorted() == [
        "crawl/news.example/second.html-2c294ee6",
        "mixed/news.example/cafe.html-6857153e",
        "mixed/news.example/notes.txt-8069c2b0",
        "mixed/news.example/ru.html-b0ad26b2",
        "mixed/news.example/second.html-page-2-c71a453c",
        "page",
    ])
    let mixed = try #require(archives.last)
    #expect(mixed.pages == 4)
    #expect(mixed.skipped.map(\.reason) == ["warcinfo", "request", "response image/png", "response 404", "revisit whose original is not in the file"])
    #expect(mixed.problems.isEmpty)
    let direct = try InputCollector.collect([warcFolder + "/crawl.dat"], forcedFormat: .html)
    #expect(direct.count == 1 && direct[0].archived?.capture.targetURI == "https://news.example/second.html")
}

@Test func warcPagesConvertWithTheirCaptureMetadata() throws {
    let out = TestFolder("warc")
    defer { out.remove() }
    let inputs = try InputCollector.collect([warcFolder + "/mixed.warc.gz"], forcedFormat: nil)
    let results = BatchConverter(options: ConversionOptions(), formats: [.markdown, .json], outputRoot: out.path).run(inputs)
    #expect(results.allSatisfy { $0.status == .converted })
    let russian = try String(contentsOfFile: out.sub("mixed/news.example/ru.html-b0ad26b2.md"), encoding: .utf8)
    #expect(russian.contains("title: \"Новости дня\"") && russian.contains("Сегодня в городе"))  // windows-1251, declared only in the HTTP header
    let gzipped = try String(contentsOfFile: out.sub("mixed/news.example/second.html-page-2-c71a453c.md"), encoding: .utf8)
    #expect(gzipped.contains("A second page with enough words"))  // Content-Encoding: gzip undone
    let chunked = try String(contentsOfFile: out.sub("mixed/news.example/notes.txt-8069c2b0.md"), encoding: .utf8)
    #expect(chunked.contains("The text page says a few words") && !chunked.contains("\r\n0"))  // chunked transfer undone
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out.sub("mixed/news.example/cafe.html-6857153e.json")))) as? [String: Any]
    let metadata = try #require(json?["metadata"] as? [String: Any])
    let archive = try #require(metadata["archive"] as? [String: Any])
    #expect(archive["targetURI"] as? String == "https://news.example/cafe.html")
    #expect((archive["recordID"] as? String)?.hasPrefix("<urn:uuid:") == true)
    #expect((archive["payloadDigest"] as? String)?.hasPrefix("sha1:") == true)
    #expect(archive["date"] is String)
    #expect(metadata["url"] as? String == "https://news.example/cafe.html")
    #expect(metadata["source"] as? String == "mixed.warc.gz/news.example/cafe.html-6857153e")
}

@Test func warcRunsAreIncrementalPerRecord() throws {
    let out = TestFolder("warc-again")
    defer { out.remove() }
    let inputs = try InputCollector.collect([warcFolder], forcedFormat: nil)
    let converter = BatchConverter(options: ConversionOptions(), formats: [.markdown], outputRoot: out.path)
    #expect(converter.execute(inputs).counts[.converted] == 6)
    #expect(converter.execute(inputs).counts[.unchanged] == 6)
}

@Test func gzipFilesAreReadAsTheirContent() throws {
    let inputs = try InputCollector.collect([warcFolder + "/page.html.gz"], forcedFormat: nil)
    #expect(inputs.count == 1 && inputs[0].format == .html && inputs[0].outputStem == "page")
    let (data, _) = try InputPayload.read(inputs[0])
    #expect(String(decoding: data, as: UTF8.self).hasPrefix("<!doctype html>"))
}

@Test func urlNamesAreSafeStableAndDistinct() {
    #expect(WARCNames.base(for: "https://Example.COM:8080/A%20b/c.html?x=1#top") == "example.com_8080/a-20b-c.html-x-1-" + String(SHA256.hex(Data("https://Example.COM:8080/A%20b/c.html?x=1#top".utf8)).prefix(8)))
    #expect(WARCNames.base(for: "https://example.com/").hasPrefix("example.com/index-"))
    #expect(WARCNames.safe("con") == "_con" && WARCNames.safe("..hidden") == "hidden")
    var names = WARCNames()
    let first = names.name(for: "https://example.com/a")
    #expect(names.name(for: "https://example.com/a") == first + "-2")
    #expect(names.name(for: "https://example.com/A") != first)
}

@Test func chunkedBodiesDecode() {
    #expect(HTTPMessage.dechunk(Array("4\r\nWiki\r\n5;x=y\r\npedia\r\n0\r\n\r\n".utf8)) == Array("Wikipedia".utf8))
    #expect(HTTPMessage.dechunk(Array("zz\r\nWiki".utf8)) == nil)
}

@Test func checkIsFreshWhateverSpellingOfTheInputs() throws {
    let folder = TestFolder("spelling")
    defer { folder.remove() }
    folder.makeTextInputs("in", count: 4)
    var converter = BatchConverter(options: ConversionOptions(), formats: [.markdown, .json], outputRoot: folder.sub("out"))
    #expect(converter.execute(try InputCollector.collect([folder.sub("in")], forcedFormat: nil)).counts[.converted] == 4)
    converter.check = true
    let respelled = folder.path + "/./in/"
    let summary = converter.execute(try InputCollector.collect([respelled], forcedFormat: nil))
    #expect(summary.isFresh)
    converter.check = false
    #expect(converter.execute(try InputCollector.collect([respelled], forcedFormat: nil)).counts[.unchanged] == 4)
}

@Test func removalsKeepTheirWholeText() {
    let long = String(repeating: "word ", count: 200)
    let removal = Removal(stage: .pass("test"), reason: .other("test"), text: long)
    #expect(removal.text == long)
    #expect(removal.excerpt.count == Removal.excerptLength + 1 && removal.excerpt.hasSuffix("…"))
}

@Test func damagedWARCFilesNeverCrash() throws {
    let original = try Data(contentsOf: URL(fileURLWithPath: warcFolder + "/mixed.warc.gz"))
    let plain = try Data(contentsOf: URL(fileURLWithPath: warcFolder + "/crawl.dat"))
    let folder = TestFolder("warc-damaged")
    defer { folder.remove() }
    var random = SeededRandom(state: 14)
    var variants: [Data] = []
    for source in [original, plain] {
        for cut in stride(from: 10, to: source.count, by: max(1, source.count / 25)) { variants.append(source.prefix(cut)) }
        for _ in 0..<40 {
            var bytes = [UInt8](source)
            for _ in 0..<3 { bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: random.next()) }
            variants.append(Data(bytes))
        }
    }
    variants.append(Data("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999999999999999999\r\n\r\nHTTP/1.1 200 OK\r\n".utf8))
    variants.append(Data("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x/\r\nContent-Length: 80\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n7fffffffffffffff\r\nx".utf8))
    try? FileManager.default.createDirectory(atPath: folder.sub("in"), withIntermediateDirectories: true)
    for (i, data) in variants.enumerated() { FileManager.default.createFile(atPath: folder.sub("in/v\(i).warc"), contents: data) }
    let collection = try InputCollector.gather([Array(folder.sub("in").utf8)], forcedFormat: nil)
    let results = BatchConverter(options: ConversionOptions(), formats: [.markdown], outputRoot: folder.sub("out")).run(collection.inputs)
    #expect(results.count == collection.inputs.count)
    #expect(collection.archives.contains { !$0.problems.isEmpty })
}
