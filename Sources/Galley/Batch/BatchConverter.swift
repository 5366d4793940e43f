// Converts a list of inputs into an output folder: in parallel, incrementally, one failure never stops the others.
import Foundation

/// Converts inputs to files under an output folder.
///
/// Each input is converted on one of `jobs` worker threads; outputs depend only on the input and
/// the options, and results come back in input order, so nothing depends on `jobs` or timing.
/// A manifest in the output folder (see `Manifest`, `ManifestStore`) lets later runs skip
/// unchanged inputs; a journal appended as inputs finish lets a killed run resume.
public struct BatchConverter: Sendable {
    /// Conversion options shared by all inputs.
    public var options: ConversionOptions
    /// Formats to write for each input.
    public var formats: [OutputFormat]
    /// The output folder.
    public var outputRoot: String
    /// Worker threads. Default: the number of active processors.
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    /// Convert every input even when the manifest says its outputs are up to date. Default `false`.
    public var force = false
    /// Remove the outputs of inputs that no longer exist. Default `false` (they are only reported).
    public var prune = false
    /// Write nothing: convert in memory and compare with the folder (`--check`). Default `false`.
    public var check = false
    /// Convert only this shard of the inputs. Default nil: all of them.
    public var shard: Shard?

    /// Creates a batch converter.
    public init(options: ConversionOptions, formats: [OutputFormat], outputRoot: String) {
        self.options = options
        self.formats = formats
        self.outputRoot = outputRoot
    }

    /// Converts every input, writing its outputs; failures are returned, not thrown.
    public func run(_ inputs: [BatchInput]) -> [BatchResult] {
        execute(inputs).results
    }

    /// Converts one input and writes its outputs (no manifest).
    public func convert(_ input: BatchInput) -> BatchResult {
        job.run(input, previous: nil).0
    }

    private var job: InputJob {
        InputJob(options: options, formats: formats, outputRoot: outputRoot, mode: check ? .check : .write(force: force))
    }

    /// Runs the batch: converts (or checks) this shard's inputs, handles orphans, updates the manifest.
    /// `progress` is called as each input finishes (serialized, in completion order).
    public func execute(_ inputs: [BatchInput], progress: (@Sendable (BatchProgress) -> Void)? = nil) -> BatchSummary {
        let start = DispatchTime.now().uptimeNanoseconds
        let collisions = Self.collisions(in: inputs)
        let selected = inputs.enumerated().filter { shard?.contains($0.element.relativePath) ?? true }
        let store = ManifestStore(outputRoot: outputRoot, shard: shard)
        let (loaded, manifestFiles, loadProblems) = store.load()
        var problems = loadProblems
        let journal = prepareFolder(store: store, problems: &problems)
        let job = self.job
        let counter = ProgressCounter(total: selected.count)
        let outcomes = ParallelMap.run(count: selected.count, jobs: jobs, { (i: Int) -> (BatchResult, ManifestEntry?) in
            let (index, input) = selected[i]
            if let error = collisions[index] {
                var result = BatchResult(input: input, outputs: [])
                result.error = error
                result.status = .failed
                return (result, nil)
            }
            return job.run(input, previous: loaded.entries[input.relativePath])
        }, finished: { (_: Int, outcome: (BatchResult, ManifestEntry?)) in
            let (result, entry) = outcome
            if result.status == .converted, let entry { journal?.record(result.input.relativePath, entry) }
            let snapshot = counter.add(result.status)
            progress?(snapshot)
        })
        var manifest = Manifest()
        for (i, (result, entry)) in outcomes.enumerated() where collisions[selected[i].offset] == nil {
            if let entry { manifest.entries[result.input.relativePath] = entry }
        }
        let owned = Set(inputs.flatMap { input in formats.map { input.outputStem + "." + $0.fileExtension } })
        var orphans = OrphanPruner.orphans(in: loaded, currentKeys: Set(inputs.map(\.relativePath)), owned: owned, shard: shard)
        for (i, orphan) in orphans.enumerated() {
            if prune && !check {
                orphans[i] = OrphanPruner.prune(orphan, under: outputRoot)
                journal?.recordRemoval(orphan.key)
            } else if let entry = loaded.entries[orphan.key] {
                manifest.entries[orphan.key] = entry
            }
        }
        if formats.contains(.xhtml) { manifest.shared[DefaultStylesheet.fileName] = SHA256.hex(Data(DefaultStylesheet.css.utf8)) }
        problems += finishManifest(manifest, store: store, files: manifestFiles, hadInputs: !selected.isEmpty || !loaded.entries.isEmpty)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return BatchSummary(results: outcomes.map { $0.0 }, orphans: orphans, problems: problems, seconds: seconds)
    }

    /// An error for every input whose outputs another input (earlier in the list) already claims.
    static func collisions(in inputs: [BatchInput]) -> [Int: GalleyError] {
        var seen: [String: String] = [:]
        var errors: [Int: GalleyError] = [:]
        for (index, input) in inputs.enumerated() {
            if let other = seen[input.outputStem] {
                errors[index] = GalleyError(path: input.path, stage: "output", message: "writes the same outputs as \(other) (\(input.outputStem).*); rename one of them")
            } else {
                seen[input.outputStem] = input.path
            }
        }
        return errors
    }

    /// Before a writing run: removes a killed run's temporary files, writes the stylesheet when it
    /// differs, opens the journal. A check run only compares the stylesheet.
    private func prepareFolder(store: ManifestStore, problems: inout [String]) -> ManifestJournal? {
        let stylesheet = Data(DefaultStylesheet.css.utf8)
        let stylesheetPath = InputCollector.join(outputRoot, DefaultStylesheet.fileName)
        let stylesheetOnDisk = formats.contains(.xhtml) ? FileManager.default.contents(atPath: stylesheetPath) : stylesheet
        if check {
            if stylesheetOnDisk == nil { problems.append("\(DefaultStylesheet.fileName): missing") }
            else if stylesheetOnDisk != stylesheet { problems.append("\(DefaultStylesheet.fileName): differs from Galley's stylesheet") }
            return nil
        }
        TempFileSweeper.sweep(outputRoot)
        do {
            if stylesheetOnDisk != stylesheet { try OutputWriter.write(stylesheet, to: DefaultStylesheet.fileName, under: outputRoot) }
            return try store.openJournal()
        } catch {
            problems.append(String(describing: error))
            return nil
        }
    }

    /// Writes the manifest (or, checking, compares it); returns problems.
    private func finishManifest(_ manifest: Manifest, store: ManifestStore, files: [String], hadInputs: Bool) -> [String] {
        if check {
            var problems: [String] = []
            if let current = store.currentBytes() {
                if current != manifest.encoded() { problems.append("\(store.fileName): out of date") }
            } else if hadInputs {
                problems.append("\(store.fileName): missing")
            }
            for name in files where name.hasSuffix(".journal") || (shard == nil && name != store.fileName) {
                problems.append("\(name): left by an unfinished or sharded run; a run would merge it into \(store.fileName)")
            }
            return problems
        }
        guard hadInputs || !files.isEmpty else {
            try? FileManager.default.removeItem(atPath: store.path(store.journalName))
            return []
        }
        do {
            try store.write(manifest, superseding: files)
            return []
        } catch {
            return ["\(store.fileName): \(error)"]
        }
    }
}

/// Counts finished inputs for progress callbacks (used under `ParallelMap`'s lock).
private final class ProgressCounter: @unchecked Sendable {
    private var progress: BatchProgress

    init(total: Int) { progress = BatchProgress(done: 0, total: total, failed: 0, unchanged: 0) }

    func add(_ status: BatchStatus) -> BatchProgress {
        progress.done += 1
        if status == .failed { progress.failed += 1 }
        if status == .unchanged { progress.unchanged += 1 }
        return progress
    }
}
