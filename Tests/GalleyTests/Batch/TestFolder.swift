// Temporary folders for batch tests: creating inputs, and snapshotting a folder's files and bytes.
import Foundation
@testable import Galley
@testable import GalleyModel
@testable import GalleySupport
@testable import GalleyReaders
@testable import GalleyPasses
@testable import GalleyWriters
@testable import GalleyPipeline
@testable import GalleyBook
@testable import GalleyBatch

/// A temporary folder, removed by `remove()`.
struct TestFolder {
    let path: String

    init(_ label: String = "batch") {
        path = NSTemporaryDirectory() + "galley-\(label)-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func sub(_ name: String) -> String { path + "/" + name }

    /// Writes `text` at `relative` (creating folders).
    func write(_ relative: String, _ text: String) {
        let full = sub(relative)
        try? FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: full, contents: Data(text.utf8))
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `count` small text documents under `relative` (some in a subfolder).
    func makeTextInputs(_ relative: String, count: Int) {
        for i in 0..<count {
            let folder = i % 3 == 0 ? "deep/er/" : (i % 3 == 1 ? "sub/" : "")
            write("\(relative)/\(folder)page\(i).txt", Self.textDocument(i))
        }
    }

    static func textDocument(_ i: Int) -> String {
        var text = "Document number \(i)\n\n"
        for p in 0..<(3 + i % 5) {
            text += "Paragraph \(p) of document \(i): “quoted” text — with dashes & <angle> brackets.\nA second line.\n\n"
        }
        return text
    }
}

/// Every regular file under `root` (hidden ones too) and its bytes, keyed by relative path.
func snapshot(_ root: String, excludingManifests: Bool = false) -> [String: Data] {
    var files: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: root) else { return files }
    while let relative = enumerator.nextObject() as? String {
        var isDirectory: ObjCBool = false
        FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory)
        if isDirectory.boolValue { continue }
        if excludingManifests && relative.hasPrefix(".galley-manifest") { continue }
        files[relative] = FileManager.default.contents(atPath: root + "/" + relative)
    }
    return files
}

/// A batch converter for text inputs with test-friendly defaults.
func textBatch(_ out: String, jobs: Int = 2) -> BatchConverter {
    var converter = BatchConverter(options: ConversionOptions(), formats: OutputFormat.allCases, outputRoot: out)
    converter.jobs = jobs
    return converter
}

func collect(_ root: String) -> [BatchInput] {
    (try? InputCollector.collect([root], forcedFormat: nil)) ?? []
}
