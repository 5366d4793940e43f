// The lines a batch run prints on standard error: failures, stale outputs, orphans, folder problems.
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// Human-readable diagnostics of a run, in a stable order (input order, then orphans, then the folder).
public enum BatchMessages {
    /// One line per thing the user should know about, without the `galley: ` prefix.
    public static func lines(_ summary: BatchSummary, check: Bool) -> [String] {
        var lines: [String] = []
        for result in summary.results {
            if let error = result.error { lines.append(error.description) }
            for problem in result.problems { lines.append("stale: \(problem) (input \(result.input.path))") }
            for warning in result.warnings where isShown(warning) { lines.append("warning: \(result.input.path): \(warning)") }
        }
        for orphan in summary.orphans {
            let outputs = orphan.outputs.joined(separator: ", ")
            if orphan.removed {
                lines.append("pruned the outputs of deleted input \(orphan.key): \(outputs)")
            } else {
                lines.append((check ? "stale: " : "") + "outputs of deleted input \(orphan.key) remain: \(outputs) (remove them with --prune)")
            }
        }
        lines += summary.problems.map { (check ? "stale: " : "") + $0 }
        if check && !summary.isFresh {
            lines.append("the output folder is not what a conversion writes now: run the same command without --check (add --force if Galley changed but its version did not)")
        }
        return lines
    }

    /// `--verbose`: one line per input converted, checked or skipped, with its outputs, removals
    /// by reason, and every warning.
    public static func verboseLines(_ summary: BatchSummary) -> [String] {
        var lines: [String] = []
        for result in summary.results where result.error == nil {
            let removals = result.removalReasons.keys.sorted().map { "\(result.removalReasons[$0] ?? 0) \($0)" }
            var line = "\(result.status.rawValue): \(result.input.path)"
            if !result.outputs.isEmpty { line += " → " + result.outputs.joined(separator: ", ") }
            if !removals.isEmpty { line += " (removed: " + removals.joined(separator: "; ") + ")" }
            lines.append(line)
            for warning in result.warnings where !isShown(warning) { lines.append("warning: \(result.input.path): \(warning)") }
        }
        return lines
    }

    /// Whether a document warning is printed on standard error (what front matter renamed, dropped
    /// or kept without a field, and a document left empty); the others are in the JSON output and the --report.
    public static func isShown(_ warning: String) -> Bool {
        warning.hasPrefix("front matter: ") || warning.hasPrefix(EmptyDocumentWarning.prefix)
    }
}
