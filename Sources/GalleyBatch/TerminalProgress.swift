// Draws the progress bar on standard error while a batch runs (only on a terminal, never in CI).
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// A throttled progress bar on standard error.
public final class TerminalProgress: @unchecked Sendable {
    /// Whether the bar is drawn at all.
    public let enabled: Bool
    private let lock = NSLock()
    private var lastDraw: UInt64 = 0
    private var drawn = false

    /// Creates the bar; when `enabled` is false every call does nothing.
    public init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Redraws the bar (at most ten times a second, and always for the last input).
    public func show(_ progress: BatchProgress) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = DispatchTime.now().uptimeNanoseconds
        guard progress.done == progress.total || now - lastDraw >= 100_000_000 else { return }
        lastDraw = now
        drawn = true
        FileHandle.standardError.write(Data(ProgressLine.bar(progress).utf8))
    }

    /// Erases the bar, if drawn, so the summary line starts clean.
    public func clear() {
        lock.lock()
        defer { lock.unlock() }
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}
