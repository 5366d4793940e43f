// Golden-file helpers shared by the conversion tests: fixtures live in Tests/GalleyTests/Fixtures.
import Foundation
import Testing
import Galley

/// Golden fixtures. Set `GALLEY_UPDATE_GOLDEN=1` to rewrite expected files from the actual output
/// (then review the diff with git before committing).
enum Golden {
    /// `Tests/GalleyTests/Fixtures`.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The bytes of a fixture file, relative to `Fixtures/`.
    static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: fixtures.appendingPathComponent(relativePath))
    }

    /// Compares `actual` with the expected fixture file (or rewrites it in update mode).
    static func check(_ actual: String, against relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = fixtures.appendingPathComponent(relativePath)
        if ProcessInfo.processInfo.environment["GALLEY_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "golden \(relativePath) differs; GALLEY_UPDATE_GOLDEN=1 swift test rewrites it", sourceLocation: sourceLocation)
    }

    /// Converts the fixture `input` (format from its extension) and checks each output format
    /// against the file beside it with the same stem (`x.txt` → `x.md`, `x.json`, `x.xhtml`).
    static func checkConversion(of input: String, formats: [OutputFormat] = [.markdown], options: ConversionOptions = ConversionOptions(), sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard let format = InputFormat.detect(path: input) else {
            Issue.record("unknown input format for \(input)", sourceLocation: sourceLocation)
            return
        }
        var options = options
        options.read.source = (input as NSString).lastPathComponent
        let document = try Converter.document(from: data(input), format: format, options: options)
        let stem = (input as NSString).deletingPathExtension
        for output in formats {
            let rendered = try Writers.writer(for: output).write(document, options: options.write)
            let expectedPath = stem + (format == .markdown && output == .markdown ? ".expected.md" : "." + output.fileExtension)
            try check(rendered, against: expectedPath, sourceLocation: sourceLocation)
        }
    }
}
