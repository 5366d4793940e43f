// What a batch run did with each input, and with the outputs of inputs that are gone.
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// What happened to one input.
public enum BatchStatus: String, Sendable, Codable, Equatable {
    /// Converted and written.
    case converted
    /// Skipped: its manifest entry and the outputs on disk match the input, options and version.
    case unchanged
    /// Could not be converted (see `BatchResult.error`); the other inputs still ran.
    case failed
    /// `--check`: the outputs on disk are exactly what a conversion would write now.
    case fresh
    /// `--check`: an output is missing or differs from a fresh conversion (see `problems`).
    case stale
}

/// The outcome of one input.
public struct BatchResult: Sendable {
    /// The input.
    public var input: BatchInput
    /// Output paths written (or checked), relative to the output folder.
    public var outputs: [String]
    /// The failure, when the input could not be converted.
    public var error: GalleyError?
    /// What happened.
    public var status: BatchStatus = .converted
    /// Non-fatal warnings (empty when the input was skipped as unchanged).
    public var warnings: [String] = []
    /// What the reader and passes removed, counted by reason (empty when skipped as unchanged).
    /// Only counts are kept, so a run over a million files holds no removed text in memory;
    /// the removed text itself is in each JSON output.
    public var removalReasons: [String: Int] = [:]
    /// `--check`: each missing or differing output, e.g. `a/b.md: missing`.
    public var problems: [String] = []
    /// Bytes read from the input.
    public var bytesIn: Int = 0
    /// Bytes of the outputs (written, or found on disk when unchanged).
    public var bytesOut: Int = 0
    /// Wall time spent on this input, in seconds (varies run to run; reports only).
    public var seconds: Double = 0

    /// The number of removals.
    public var removalCount: Int { removalReasons.values.reduce(0, +) }

    /// A result with nothing done yet.
    init(input: BatchInput, outputs: [String]) {
        self.input = input
        self.outputs = outputs
    }
}

/// The outputs recorded for an input that no longer exists.
public struct BatchOrphan: Sendable, Equatable {
    /// The relative path of the vanished input (its manifest key).
    public var key: String
    /// Its outputs, relative to the output folder.
    public var outputs: [String]
    /// Whether they were removed (`--prune`).
    public var removed: Bool
}

/// Everything a batch run did.
public struct BatchSummary: Sendable {
    /// One result per input, in input order (never in completion order); only the failed and
    /// stale ones when the converter's `keepsAllResults` is false.
    public var results: [BatchResult]
    /// How many inputs ended with each status.
    public var counts: [BatchStatus: Int]
    /// The number of inputs in the run (this shard's).
    public var inputCount: Int
    /// Outputs of inputs that are gone, in key order.
    public var orphans: [BatchOrphan]
    /// Problems with the folder as a whole: the manifest or the stylesheet is missing or out of
    /// date (`--check`), an unreadable manifest, a manifest that could not be written.
    public var problems: [String]
    /// Wall time of the run, in seconds.
    public var seconds: Double

    /// Inputs that failed.
    public var failures: [BatchResult] { results.filter { $0.status == .failed } }

    /// `--check`: whether every output that could be made is exactly what a run would write now,
    /// with no outputs of deleted inputs and no folder problems (failed inputs are counted apart).
    public var isFresh: Bool {
        problems.isEmpty && orphans.isEmpty && count(.stale) == 0
    }

    /// Count of results with a status.
    public func count(_ status: BatchStatus) -> Int { counts[status] ?? 0 }
}

/// Progress of a running batch, passed to a progress callback as each input finishes.
public struct BatchProgress: Sendable, Equatable {
    /// Inputs finished so far.
    public var done: Int
    /// Inputs in the run.
    public var total: Int
    /// Inputs that failed so far.
    public var failed: Int
    /// Inputs skipped as unchanged so far.
    public var unchanged: Int
}
