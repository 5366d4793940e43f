// The terminal's view of a batch: a progress bar while it runs, one summary line at the end.
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// Text for the terminal: a one-line progress bar and the closing summary line.
public enum ProgressLine {
    /// A progress bar such as `[#########-----------]  45/100 inputs, 3 unchanged, 1 failed`,
    /// preceded by a carriage return so it redraws in place.
    public static func bar(_ progress: BatchProgress, width: Int = 30) -> String {
        let total = max(progress.total, 1)
        let filled = min(width, progress.done * width / total)
        var line = "\r[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
        line += "\(progress.done)/\(progress.total) inputs"
        if progress.unchanged > 0 { line += ", \(progress.unchanged) unchanged" }
        if progress.failed > 0 { line += ", \(progress.failed) failed" }
        return line
    }

    /// The one-line account of a finished run, e.g.
    /// `galley: 12 inputs: 3 converted, 9 unchanged, 0 failed; 1 orphan (use --prune) → Output (0.41 s)`.
    public static func summary(_ summary: BatchSummary, outputRoot: String, check: Bool) -> String {
        let count = summary.inputCount
        var parts: [String] = []
        if check {
            parts.append("\(summary.count(.fresh) + summary.count(.unchanged)) fresh")
            parts.append("\(summary.count(.stale)) stale")
        } else {
            parts.append("\(summary.count(.converted)) converted")
            parts.append("\(summary.count(.unchanged)) unchanged")
        }
        parts.append("\(summary.count(.failed)) failed")
        var line = "galley: \(count) input\(count == 1 ? "" : "s"): " + parts.joined(separator: ", ")
        let orphans = summary.orphans.count
        if orphans > 0 {
            let pruned = summary.orphans.filter(\.removed).count
            line += "; \(orphans) deleted input\(orphans == 1 ? "" : "s") with outputs left" + (pruned > 0 ? " (\(pruned) pruned)" : " (remove with --prune)")
        }
        line += (check ? " in " : " → ") + outputRoot + String(format: " (%.2f s)", summary.seconds)
        return line
    }
}
