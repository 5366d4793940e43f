// One fuzz input as a pamphlet manifest: parsed, its book built from fixed chapter files, written as EPUB.
import Foundation
import Galley

/// What the manifest target runs on each input.
///
/// The manifest's paths are fuzzer-chosen, so they are never opened as given (a path such as
/// `/dev/zero` would only test the machine): each chapter, cover and stylesheet is redirected to
/// a small fixed file of the same kind in a private folder, keeping everything else the manifest says.
public enum ManifestPipeline {
    /// A private folder holding one chapter per input format, a cover and a stylesheet.
    static let folder: String = {
        let folder = NSTemporaryDirectory() + "galley-fuzz-manifest-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, content) in ManifestFixtures.files {
            _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: content)
        }
        return folder
    }()

    /// Most chapters one book may have here (keeps each run short).
    static let chapterLimit = 64

    /// Parses `data` as a manifest; when it is one, builds and writes its book.
    public static func run(_ data: Data) {
        guard var manifest = try? PamphletManifest.parse(String(decoding: data, as: UTF8.self), relativeTo: folder) else { return }
        manifest.chapters = manifest.chapters.prefix(chapterLimit).map { chapter in
            var chapter = chapter
            let format = chapter.format ?? InputFormat.detect(path: chapter.path) ?? .text
            chapter.path = folder + "/" + ManifestFixtures.chapterName(format)
            return chapter
        }
        if manifest.cover != nil { manifest.cover = folder + "/" + ManifestFixtures.coverName }
        if let name = manifest.stylesheet, name.hasPrefix("/") { manifest.stylesheet = folder + "/" + ManifestFixtures.stylesheetName }
        let outcome = PamphletBuilder.build(manifest)
        guard let book = outcome.book else {
            fatalError("the fixed chapter files failed: \(outcome.failures)")
        }
        _ = try? EPUBWriter().write(book)
    }
}
