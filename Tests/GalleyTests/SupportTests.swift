// Text decoding, URL safety and safe output paths.
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

@Test func decodesUTF8WithAndWithoutBOM() throws {
    #expect(try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array("café".utf8))).text == "café")
    #expect(try TextDecoding.decode(Data("café".utf8)).encoding == "utf-8")
}

@Test func decodesUTF16WithBOM() throws {
    let le = Data([0xFF, 0xFE, 0x63, 0x00, 0xE9, 0x00])
    let be = Data([0xFE, 0xFF, 0x00, 0x63, 0x00, 0xE9])
    #expect(try TextDecoding.decode(le).text == "cé")
    #expect(try TextDecoding.decode(be).text == "cé")
}

@Test func decodesWindows1252WithoutMojibake() throws {
    let bytes = Data([0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35])
    let decoded = try TextDecoding.decode(bytes)
    #expect(decoded.text == "\u{201C}Café\u{201D} \u{2013} €5")
    #expect(decoded.encoding == "windows-1252")
}

@Test func mostlyUTF8WithABadByteKeepsUTF8() throws {
    let decoded = try TextDecoding.decode(Data("naïve café résumé ".utf8 + [0xFF] + "end".utf8))
    #expect(decoded.text.hasPrefix("naïve café résumé "))
    #expect(!decoded.warnings.isEmpty)
}

@Test func compressedInputIsNamedAsSuch() {
    #expect(throws: GalleyError(stage: .decode, message: "this is a gzip-compressed file, not text; decompress it first (e.g. gunzip -k for .gz)")) {
        try TextDecoding.decode(Data([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x01, 0x00]))
    }
}

@Test func binaryDataIsRefusedWithAClearMessage() {
    #expect(throws: GalleyError.self) { try TextDecoding.decode(Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01])) }
}

@Test func safeURLRefusesScriptSchemes() {
    #expect(!SafeURL.isSafe("javascript:alert(1)"))
    #expect(!SafeURL.isSafe("  java\nscript:alert(1)"))
    #expect(!SafeURL.isSafe("VBScript:x"))
    #expect(!SafeURL.isSafe("data:text/html;base64,AAAA"))
    #expect(SafeURL.isSafe("data:image/png;base64,AAAA", forImage: true))
    #expect(SafeURL.isSafe("https://example.org/javascript:x"))
    #expect(SafeURL.isSafe("/relative/path?q=javascript:"))
    #expect(SafeURL.isSafe("#anchor"))
}

@Test func outputNeverLeavesTheOutputFolder() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("galley-out-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(throws: GalleyError.self) { try OutputWriter.write(Data("x".utf8), to: "../escape.md", under: root) }
    #expect(throws: GalleyError.self) { try OutputWriter.write(Data("x".utf8), to: "/etc/escape.md", under: root) }
    try OutputWriter.write(Data("x".utf8), to: "a/b.md", under: root)
    #expect(FileManager.default.fileExists(atPath: root + "/a/b.md"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: root + "/a")
    #expect(leftovers == ["b.md"])
}

@Test func inputFormatsComeFromExtensions() {
    #expect(InputFormat.detect(path: "a/b.HTML") == .html)
    #expect(InputFormat.detect(path: "b.html.gz") == nil, "compressed files are not taken from folders")
    #expect(InputFormat.detect(path: "notes.txt") == .text)
    #expect(InputFormat.detect(path: "README.md") == .markdown)
    #expect(InputFormat.detect(path: "image.png") == nil)
    #expect(InputFormat.detect(path: "Makefile") == nil)
}

@Test func embeddedStylesheetMatchesItsSource() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let source = try String(contentsOf: root.appendingPathComponent("Stylesheets/galley.css"), encoding: .utf8)
    #expect(DefaultStylesheet.css == source, "run scripts/embed-stylesheets.sh")
}
