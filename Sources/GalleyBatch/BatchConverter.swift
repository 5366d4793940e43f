// Converts a list of inputs into an output folder: in parallel, incrementally, one failure never stops the others.
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

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
    /// Inputs larger than this many bytes are refused (from their size, before reading). Default
    /// `InputLimits.defaultMaxBytes` (256 MiB).
    public var maxInputBytes = InputLimits.defaultMaxBytes
    /// Convert only this shard of the inputs. Default nil: all of them.
    public var shard: Shard?
    /// Treat inputs in the manifest but not in this run as deleted (report them; remove them with
    /// `prune`). Default `true`, right for a run over whole folders; a run that names single files
    /// says nothing about the inputs it does not name, so it keeps their entries untouched.
    public var detectsDeletedInputs = true
    /// Keep every input's result in `BatchSummary.results` (for reports). Default `true`; with
    /// `false` only failed and stale results are kept, so memory does not grow with the input count.
    public var keepsAllResults = true

    /// Creates a batch converter.
    public init(options: ConversionOptions = ConversionOptions(), formats: [OutputFormat] = OutputFormat.defaults, outputRoot: String) {
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
        InputJob(options: options, pipeline: Pipeline(options: options), formats: formats, outputRoot: outputRoot, mode: check ? .check : .write(force: force), maxInputBytes: maxInputBytes)
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
        let keepsAll = keepsAllResults
        let collector = RunCollector(total: selected.count)
        ParallelMap.forEach(count: selected.count, jobs: jobs, { (i: Int) -> (BatchResult, String?) in
            let (index, input) = selected[i]
            if let error = collisions[index] {
                var result = BatchResult(input: input, outputs: [])
                result.error = error
                result.status = .failed
                return (result, nil)
            }
            let (result, entry) = job.run(input, previous: loaded[input.relativePath])
            return (result, entry.flatMap(Manifest.line))
        }, finished: { (i: Int, outcome: (BatchResult, String?)) in
            let (result, line) = outcome
            let key = result.input.relativePath
            if collisions[selected[i].offset] == nil {
                if result.status == .failed {
                    collector.manifest.copyEntry(key, from: loaded)
                } else if let line {
                    collector.manifest.setLine(key, line)
                    if result.status == .converted { journal?.record(key, line: line) }
                }
            }
            collector.add(result, at: i, keep: keepsAll || result.status == .failed || result.status == .stale || result.warnings.contains(where: BatchMessages.isShown))
            progress?(collector.progress)
        })
        var manifest = collector.manifest
        let stems = Set(inputs.map(\.outputStem))
        let extensions = Set(formats.map(\.fileExtension))
        let owned = { (path: String) -> Bool in
            extensions.contains { ext in
                path.hasSuffix("." + ext) && stems.contains(String(path.dropLast(ext.count + 1)))
            }
        }
        var orphans = OrphanPruner.orphans(in: loaded, currentKeys: Set(inputs.map(\.relativePath)), owned: owned, shard: shard)
        for (i, orphan) in orphans.enumerated() {
            if !detectsDeletedInputs {
                manifest.copyEntry(orphan.key, from: loaded)
            } else if prune && !check {
                orphans[i] = OrphanPruner.prune(orphan, under: outputRoot)
                journal?.recordRemoval(orphan.key)
            } else {
                manifest.copyEntry(orphan.key, from: loaded)
            }
        }
        if !detectsDeletedInputs { orphans = [] }
        if formats.contains(.xhtml) { manifest.shared[DefaultStylesheet.fileName] = SHA256.hex(Data(DefaultStylesheet.css.utf8)) }
        problems += finishManifest(manifest, store: store, files: manifestFiles, hadInputs: !selected.isEmpty || !loaded.isEmpty)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return BatchSummary(results: collector.results(), counts: collector.counts, inputCount: selected.count,
                            orphans: orphans, problems: problems, seconds: seconds)
    }

    /// An error for every input whose outputs another input (earlier in the list) already claims.
    static func collisions(in inputs: [BatchInput]) -> [Int: GalleyError] {
        var seen: [String: String] = [:]
        var errors: [Int: GalleyError] = [:]
        for (index, input) in inputs.enumerated() {
            if let other = seen[input.outputStem] {
                errors[index] = GalleyError(path: input.path, stage: .output, message: "writes the same outputs as \(other) (\(input.outputStem).*); rename one of them")
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
        let stylesheetOnDisk = formats.contains(.xhtml) ? OutputFolder.contents(of: DefaultStylesheet.fileName, under: outputRoot) : stylesheet
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
            unlink(store.path(store.journalName))
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

/// What the finished-callback gathers (used under `ParallelMap`'s lock): counts, the manifest,
/// and the results worth keeping.
private final class RunCollector: @unchecked Sendable {
    private(set) var progress: BatchProgress
    private(set) var counts: [BatchStatus: Int] = [:]
    var manifest = Manifest()
    private var kept: [Int: BatchResult] = [:]

    init(total: Int) { progress = BatchProgress(done: 0, total: total, failed: 0, unchanged: 0) }

    func add(_ result: BatchResult, at index: Int, keep: Bool) {
        progress.done += 1
        if result.status == .failed { progress.failed += 1 }
        if result.status == .unchanged { progress.unchanged += 1 }
        counts[result.status, default: 0] += 1
        if keep { kept[index] = result }
    }

    func results() -> [BatchResult] {
        kept.keys.sorted().compactMap { kept[$0] }
    }
}
