// The one sink every reader and pass records its removals through.

/// Records what one stage removed, in order: the stage is fixed once, each record gives the
/// reason, the whole removed text and where it was. Empty texts are not recorded (nothing was lost).
public struct RemovalLog: Sendable, Equatable {
    /// The stage every record is written under.
    public let stage: RemovalStage
    /// The records, in the order they were made.
    public private(set) var removals: [Removal] = []

    /// A log for `stage`.
    public init(stage: RemovalStage) {
        self.stage = stage
    }

    /// Records that `text` (whole) was removed for `reason`, from `span` when known.
    public mutating func record(_ reason: RemovalReason, text: String, span: SourceSpan? = nil) {
        guard !text.isEmpty else { return }
        removals.append(Removal(stage: stage, reason: reason, text: text, span: span))
    }
}

/// A shared `RemovalLog` for builders that are value types walking a tree (they cannot mutate
/// a log they were copied with).
public final class RemovalSink: @unchecked Sendable {
    /// The log being written.
    public private(set) var log: RemovalLog

    /// A sink for `stage`.
    public init(stage: RemovalStage) {
        log = RemovalLog(stage: stage)
    }

    /// Records one removal (see `RemovalLog.record`).
    public func record(_ reason: RemovalReason, text: String, span: SourceSpan? = nil) {
        log.record(reason, text: text, span: span)
    }

    /// The records so far.
    public var removals: [Removal] { log.removals }
}
