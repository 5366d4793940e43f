// Finds, merges and writes the manifest files of an output folder (one per shard, plus journals).
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// The manifest files of one output folder, as seen by one run (sharded or not).
///
/// An unsharded run owns `.galley-manifest.json`; shard K of N owns
/// `.galley-manifest.shard-K-of-N.json`, so shards can share a folder without coordination.
/// Every run reads all of them (and any journal a killed run left behind) before deciding
/// what is unchanged; entries are only trusted after the outputs on disk are checked against them.
struct ManifestStore: Sendable {
    /// The output folder.
    var outputRoot: String
    /// The shard of the run, if any.
    var shard: Shard?

    /// Creates the store of `outputRoot` for a run of `shard` (nil: unsharded).
    init(outputRoot: String, shard: Shard?) {
        self.outputRoot = outputRoot
        self.shard = shard
    }

    static let prefix = ".galley-manifest"

    /// True when `folder` holds a Galley manifest, i.e. it is (or was) an output folder.
    static func isOutputFolder(_ folder: String) -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).contains { $0.hasPrefix(prefix) }
    }

    /// This run's manifest file name.
    var fileName: String { Self.prefix + suffix + ".json" }
    /// This run's journal file name (entries appended as inputs finish; removed after a clean end).
    var journalName: String { Self.prefix + suffix + ".journal" }

    private var suffix: String { shard.map { ".shard-\($0.index)-of-\($0.count)" } ?? "" }

    /// The manifests merged from every manifest file and journal in the folder, the names of the
    /// files read, and problems met (an unreadable file is reported and ignored).
    func load() -> (manifest: Manifest, files: [String], problems: [String]) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: outputRoot)) ?? [])
            .filter { $0.hasPrefix(Self.prefix) }.sorted()
        var merged = Manifest()
        var problems: [String] = []
        for name in names where name.hasSuffix(".json") {
            guard let data = try? BoundedFileReader.read(path(name), followLinks: false), let manifest = Manifest.decode(data) else {
                problems.append("\(name): unreadable manifest, ignored (its inputs will be converted again)")
                continue
            }
            merged.merge(manifest)
        }
        let journals = names.filter { $0.hasSuffix(".journal") && $0 != journalName } + names.filter { $0 == journalName }
        for name in journals {
            ManifestJournal.replay(path(name), into: &merged)
        }
        return (merged, names.filter { $0.hasSuffix(".json") || $0.hasSuffix(".journal") }, problems)
    }

    /// The bytes of this run's manifest file, when it exists.
    func currentBytes() -> Data? {
        try? BoundedFileReader.read(path(fileName), followLinks: false)
    }

    /// Writes this run's manifest (temporary file and rename; skipped when the bytes are the same),
    /// then removes the files it supersedes: its own journal, and for an unsharded run every
    /// shard manifest and journal that was merged into it.
    func write(_ manifest: Manifest, superseding files: [String]) throws {
        let data = manifest.encoded()
        if currentBytes() != data {
            try OutputWriter.write(data, to: fileName, under: outputRoot)
        }
        for name in files where name != fileName && (shard == nil || name == journalName) {
            unlink(path(name))
        }
        unlink(path(journalName))
    }

    /// Opens this run's journal for appending.
    func openJournal() throws -> ManifestJournal {
        try FileManager.default.createDirectory(atPath: outputRoot, withIntermediateDirectories: true)
        return try ManifestJournal(path: path(journalName))
    }

    func path(_ name: String) -> String {
        InputCollector.join(outputRoot, name)
    }
}
