// The `--report FILE` JSON: per-input status, warnings, removals, bytes and time, plus totals.
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// A JSON account of a batch run. Times vary from run to run; everything else is deterministic.
public struct BatchReport: Sendable, Codable, Equatable {
    /// One input.
    public struct File: Sendable, Codable, Equatable {
        /// The input path as given.
        public var input: String
        /// The input's path relative to the folder it was found in (its manifest key).
        public var key: String
        /// For a page inside a WARC file: the URL captured (`WARC-Target-URI`).
        public var url: String?
        /// The format it was read as.
        public var format: InputFormat
        /// `converted`, `unchanged`, `failed`, `fresh` or `stale`.
        public var status: BatchStatus
        /// Output paths, relative to the output folder.
        public var outputs: [String]
        /// Warnings met while converting.
        public var warnings: [String]
        /// Removals: their number and the number per reason.
        public var removals: Removals
        /// Bytes of input and of output.
        public var bytesIn: Int, bytesOut: Int
        /// Time spent on this input, in seconds.
        public var seconds: Double
        /// The failure, if any.
        public var error: String?
        /// `--check`: outputs missing or out of date.
        public var problems: [String]?
    }

    /// Removals, counted.
    public struct Removals: Sendable, Codable, Equatable {
        /// How many.
        public var count: Int
        /// How many per reason.
        public var reasons: [String: Int]
    }

    /// Totals over the run.
    public struct Totals: Sendable, Codable, Equatable {
        /// Inputs in this run (this shard's).
        public var inputs: Int
        /// Inputs per status.
        public var converted: Int, unchanged: Int, failed: Int, fresh: Int, stale: Int
        /// Warnings and removals over all inputs.
        public var warnings: Int, removals: Int
        /// Bytes read and written (or found up to date).
        public var bytesIn: Int, bytesOut: Int
        /// Outputs of vanished inputs found, and removed.
        public var orphans: Int, pruned: Int
        /// Wall time of the run, in seconds.
        public var seconds: Double
    }

    /// An input that no longer exists and its outputs.
    public struct Orphan: Sendable, Codable, Equatable {
        /// The vanished input's relative path.
        public var key: String
        /// Its outputs.
        public var outputs: [String]
        /// Whether they were removed (`--prune`).
        public var removed: Bool
    }

    /// Galley's version.
    public var galley: String
    /// `convert` or `check`.
    public var mode: String
    /// Worker threads used.
    public var jobs: Int
    /// The shard, `K/N`, if any.
    public var shard: String?
    /// The inputs, in input order.
    public var files: [File]
    /// Outputs of vanished inputs.
    public var orphans: [Orphan]
    /// WARC files read, when any.
    public var archives: [ArchiveListing]?
    /// Problems with the output folder as a whole (manifest, stylesheet).
    public var problems: [String]
    /// Totals.
    public var totals: Totals

    /// Builds the report of a run (run the converter with `keepsAllResults` for per-file entries).
    public init(_ summary: BatchSummary, jobs: Int, shard: Shard?, check: Bool, archives: [ArchiveListing] = []) {
        galley = GalleyVersion.string
        mode = check ? "check" : "convert"
        self.jobs = jobs
        self.shard = shard?.description
        files = summary.results.map { result in
            return File(input: result.input.path, key: result.input.relativePath, url: result.input.archived?.capture.targetURI,
                        format: result.input.format,
                        status: result.status, outputs: result.outputs, warnings: result.warnings,
                        removals: Removals(count: result.removalCount, reasons: result.removalReasons),
                        bytesIn: result.bytesIn, bytesOut: result.bytesOut, seconds: result.seconds,
                        error: result.error?.description, problems: result.problems.isEmpty ? nil : result.problems)
        }
        orphans = summary.orphans.map { Orphan(key: $0.key, outputs: $0.outputs, removed: $0.removed) }
        problems = summary.problems
        self.archives = archives.isEmpty ? nil : archives
        totals = Totals(
            inputs: summary.inputCount, converted: summary.count(.converted), unchanged: summary.count(.unchanged),
            failed: summary.count(.failed), fresh: summary.count(.fresh), stale: summary.count(.stale),
            warnings: files.reduce(0) { $0 + $1.warnings.count }, removals: files.reduce(0) { $0 + $1.removals.count },
            bytesIn: files.reduce(0) { $0 + $1.bytesIn }, bytesOut: files.reduce(0) { $0 + $1.bytesOut },
            orphans: orphans.count, pruned: orphans.filter(\.removed).count, seconds: summary.seconds)
    }

    /// The report as pretty JSON with sorted keys and a final newline.
    public func encoded() -> Data {
        var data = (try? ManifestCoding.encoder.encode(self)) ?? Data()
        data.append(0x0A)
        return data
    }
}
