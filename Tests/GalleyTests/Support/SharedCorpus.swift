// Where the shared corpora are (../shared beside the package root), and whether tests needing them run.
import Foundation

/// The shared corpora: `../shared` relative to the package root (or `$GALLEY_SHARED`). A user's clone
/// usually has none: tests needing them are skipped ("corpus not present"), except in CI (the `CI`
/// variable set), where they run and fail when the corpus is missing.
enum SharedCorpus {
    /// The package root (the folder holding Tests/).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shared folder: `$GALLEY_SHARED` when set, else `../shared` beside the package root.
    static var root: URL {
        if let path = ProcessInfo.processInfo.environment["GALLEY_SHARED"], !path.isEmpty {
            return URL(fileURLWithPath: path, relativeTo: packageRoot).standardizedFileURL
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }

    /// A path inside the shared folder, e.g. `corpus/article-benchmark/html`.
    static func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    /// True when `CI` is set (to anything but empty): shared-corpus tests must then run, never skip.
    static var isCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

    /// Whether a test needing `relativePath` runs: the corpus is there, or we are in CI (to fail).
    static func shouldRun(_ relativePath: String) -> Bool {
        isCI || FileManager.default.fileExists(atPath: url(relativePath).path)
    }
}
