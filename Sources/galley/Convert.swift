// `galley convert`: files and folders in, Markdown / JSON / XHTML out.
import ArgumentParser
import Foundation
import Galley

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert files or folders (default: Input/ into Output/).",
        discussion: """
        Each input DIR/a/b.html is written as OUT/a/b.md, OUT/a/b.json and OUT/a/b.xhtml; \
        a single file argument is written under its base name. Folders are walked recursively; \
        files with unknown extensions inside them are skipped.

        Use '-' to read standard input and write one format to standard output:
          galley convert - --from html --to markdown < page.html

        Folder runs are parallel (--jobs) and incremental: OUT/.galley-manifest.json records \
        each input's hash, the options and Galley's version, and unchanged inputs are skipped. \
        Symbolic links under a folder are followed only when they stay inside it (others are \
        skipped with a warning; --follow-symlinks follows them); no folder is walked twice. \
        Names that are not UTF-8 are converted, their output names escaped (%XX). Inputs over \
        --max-input-size (256M) are refused. Outputs are written only through real folders inside OUT.

        --check writes nothing and exits 1 when OUT is missing or stale. --shard K/N converts \
        a stable 1/N of the inputs (K from 1 to N), so N machines can split a tree.

        --jsonl streams JSON lines {"id", "format", "content"} from standard input to \
        {"id", "markdown", "json", "xhtml", "error"} lines on standard output, in order, \
        each as soon as it and the records before it are done. A line that is not a record \
        gives an output line whose error names its line number; the exit code is 1 when any \
        record failed (0 with --jsonl-errors-exit-zero). With paths, --jsonl streams them \
        instead of standard input: one line per file, or per page of a WARC file (its id the \
        page's URL).

        WARC files (.warc, .warc.gz; recognised by content) give one document per captured \
        HTML or text page, written under a folder named after the WARC file, named after the URL; \
        the other records are counted and listed (all of them with --report). .gz files are read \
        decompressed.
        """
    )

    @Argument(help: ArgumentHelp("Files or folders to convert; '-' reads standard input.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Output folder; '-' writes one input's one format to standard output.", valueName: "dir"))
    var out: String = "Output"

    @Option(name: .long, help: ArgumentHelp("Comma-separated output formats: markdown, json, xhtml, pandoc-json.", valueName: "formats"))
    var to: String?

    @OptionGroup(title: "Reading")
    var reading: ReadingOptions

    @OptionGroup(title: "Metadata")
    var metadataOptions: MetadataOptions

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print each converted input with its removals and warnings.")
    var verbose = false

    @Option(name: .long, help: ArgumentHelp("Read option values from this YAML file (default: galley.yml in the working folder, when there is one).", valueName: "file"))
    var defaults: String?

    @Flag(name: .long, help: "Ignore galley.yml in the working folder.")
    var noDefaults = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Parallel conversions (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Flag(name: .long, help: "Convert every input, even those the manifest says are up to date.")
    var force = false

    @Flag(name: .long, help: "Remove the outputs of inputs that no longer exist (otherwise only reported).")
    var prune = false

    @Flag(name: .long, help: "Write nothing; exit 1 listing outputs that are missing or differ from a fresh conversion.")
    var check = false

    @Option(name: .long, help: ArgumentHelp("Write a JSON report of the run (per input: status, warnings, removals, bytes, time).", valueName: "file"))
    var report: String?

    @Option(name: .long, help: ArgumentHelp("Convert only shard K of N (a stable share of the inputs by path hash; K from 1 to N).", valueName: "K/N"))
    var shard: String?

    @Flag(name: .long, help: "Follow symbolic links under input folders even when they lead outside them (never in loops).")
    var followSymlinks = false

    @Flag(name: .long, help: "Stream JSON lines from standard input to standard output (see above).")
    var jsonl = false

    @Flag(name: .long, help: "With --jsonl: exit 0 even when some records failed (their error is in their output line), for engines that kill a task on a non-zero exit.")
    var jsonlErrorsExitZero = false

    func validate() throws {
        var isDirectory: ObjCBool = false
        if out == "-" && !jsonl {
            guard paths.count == 1 else { throw ValidationError("--out - writes one input to standard output; give exactly one file.") }
            if let to, to.contains(",") { throw ValidationError("--out - writes one format; pass --to with one of markdown, json, xhtml, pandoc-json.") }
            if check || prune || report != nil || shard != nil { throw ValidationError("--out - writes one conversion to standard output; --check, --prune, --report and --shard apply to folder runs.") }
        }
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be combined.") }
        if !jsonl, paths != ["-"], out != "-", FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ValidationError("--out \(out) is a file; give a folder (it is created when missing).")
        }
        if paths.contains("-") && paths.count > 1 {
            throw ValidationError("'-' (standard input) cannot be combined with other paths.")
        }
        if jsonl && paths.contains("-") { throw ValidationError("--jsonl reads standard input without '-'; give no paths, or files and WARC files to stream as records.") }
        if jsonl && (check || force || prune || report != nil || shard != nil) {
            throw ValidationError("--jsonl streams records; --check, --force, --prune, --report and --shard apply to folder runs.")
        }
        if jsonlErrorsExitZero && !jsonl { throw ValidationError("--jsonl-errors-exit-zero applies to --jsonl streams.") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if check && (prune || force) { throw ValidationError("--check writes nothing; it cannot be combined with --prune or --force.") }
        _ = try shardValue()
        _ = try formats()
        _ = try reading.maxInputBytes()
        _ = try metadataOptions.overrides()
    }

    func shardValue() throws -> Shard? {
        guard let shard else { return nil }
        do { return try Shard(parsing: shard) } catch let error as GalleyError { throw ValidationError(error.message) }
    }

    func formats() throws -> [OutputFormat] {
        guard let to else { return (paths == ["-"] || out == "-") && !jsonl ? [.markdown] : OutputFormat.defaults }
        var result: [OutputFormat] = []
        for name in to.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !name.isEmpty {
            let alias = ["md": "markdown", "html": "xhtml"][name] ?? name
            guard let format = OutputFormat(rawValue: alias) else {
                throw ValidationError("Unknown output format '\(name)'. Choose from: markdown, json, xhtml, pandoc-json.")
            }
            if !result.contains(format) { result.append(format) }
        }
        guard !result.isEmpty else { throw ValidationError("--to needs at least one format: markdown, json, xhtml, pandoc-json.") }
        if paths == ["-"] && result.count > 1 {
            throw ValidationError("Standard input converts to one format at a time; pass --to with one of markdown, json, xhtml, pandoc-json.")
        }
        return result
    }

    var options: ConversionOptions {
        var options = reading.conversionOptions
        options.metadataOverrides = try? metadataOptions.overrides()
        options.write.frontMatterStyle = metadataOptions.frontMatter
        return options
    }

    func run() throws {
        let formats = try formats()
        if jsonl {
            var converter = JSONLinesConverter(options: options, formats: formats, defaultFormat: reading.from)
            if let jobs { converter.jobs = jobs }
            let failed: Int
            if paths.isEmpty {
                failed = converter.run(input: STDIN_FILENO, output: STDOUT_FILENO).failed
            } else {
                let inputs = try gatherInputs(paths).inputs
                failed = converter.run(inputs: inputs, output: STDOUT_FILENO).failed
            }
            if failed > 0 && !jsonlErrorsExitZero { throw ExitCode(1) }
            return
        }
        if paths == ["-"] {
            try convertStandardInput(to: formats[0])
            return
        }
        if out == "-" {
            try convertFileToStandardOutput(paths[0], to: formats[0])
            return
        }
        let roots = paths.isEmpty ? ["Input"] : paths
        let hint = paths.isEmpty ? " (with no paths Galley converts Input/ into Output/: run it from the folder that holds Input/, or name what to convert)" : ""
        let collection = try gatherInputs(roots, hint: hint)
        let inputs = collection.inputs, archives = collection.archives
        var converter = BatchConverter(options: options, formats: formats, outputRoot: out)
        converter.jobs = jobs ?? converter.jobs
        converter.maxInputBytes = try reading.maxInputBytes()
        converter.force = force
        converter.prune = prune
        converter.detectsDeletedInputs = RawArguments.bytes(for: roots).allSatisfy { root in
            var status = stat()
            return (root + [0]).withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { stat($0.baseAddress!, &status) == 0 }
            } && status.st_mode & S_IFMT == S_IFDIR
        }
        converter.check = check
        converter.shard = try shardValue()
        converter.keepsAllResults = report != nil || verbose
        let terminal = TerminalProgress(enabled: !quiet && isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["CI"] == nil)
        let summary = converter.execute(inputs, progress: terminal.enabled ? terminal.show : nil)
        terminal.clear()
        if let report {
            let data = BatchReport(summary, jobs: converter.jobs, shard: converter.shard, check: check, archives: archives).encoded()
            do { try data.write(to: URL(fileURLWithPath: report), options: .atomic) } catch {
                FileHandle.standardError.write(Data("galley: \(report): write: cannot write the report (\(error.localizedDescription))\n".utf8))
            }
        }
        for line in BatchMessages.lines(summary, check: check) where !(quiet && line.hasPrefix("warning: ")) {
            FileHandle.standardError.write(Data("galley: \(line)\n".utf8))
        }
        if verbose {
            for line in BatchMessages.verboseLines(summary) { FileHandle.standardError.write(Data("galley: \(line)\n".utf8)) }
        }
        if !quiet { print(ProgressLine.summary(summary, outputRoot: out, check: check)) }
        if !summary.failures.isEmpty || (check && !summary.isFresh) {
            throw ExitCode(1)
        }
    }

    /// The document warnings worth standard error: what front matter did not keep.
    func frontMatterWarnings(_ warnings: [String]) -> [String] {
        quiet ? [] : warnings.filter(BatchMessages.isShown)
    }

    /// The inputs under `roots`; the walk's warnings and each WARC file's problems (and, unless
    /// quiet, its summary) go to standard error. A missing root is a usage error (`hint` appended).
    private func gatherInputs(_ roots: [String], hint: String = "") throws -> InputCollection {
        let collection: InputCollection
        do {
            collection = try InputCollector.gather(RawArguments.bytes(for: roots), forcedFormat: reading.from, followSymlinks: followSymlinks)
        } catch let error as GalleyError {
            throw UsageError(error.description + hint)
        }
        for warning in collection.warnings { FileHandle.standardError.write(Data("galley: warning: \(warning)\n".utf8)) }
        for listing in collection.archives {
            for problem in listing.problems { FileHandle.standardError.write(Data("galley: \(listing.path): \(problem)\n".utf8)) }
            if !quiet { FileHandle.standardError.write(Data("galley: \(listing.summary)\n".utf8)) }
        }
        return collection
    }

    private func convertStandardInput(to format: OutputFormat) throws {
        let data: Data
        do { data = try BoundedFileReader.read(descriptor: STDIN_FILENO, limit: try reading.maxInputBytes()) } catch let error as GalleyError {
            FileHandle.standardError.write(Data("galley: \(error.at("-"))\n".utf8))
            throw ExitCode(1)
        }
        let inputFormat = reading.from ?? InputSniffer.format(of: data)
        var options = self.options
        options.read.source = "-"
        do {
            let document = try Converter.document(from: data, format: inputFormat, options: options)
            let rendered = try Converter.render(document, as: [format], options: options.write)
            for warning in frontMatterWarnings(document.warnings + Converter.writeWarnings(document, formats: [format], options: options.write)) {
                FileHandle.standardError.write(Data("galley: warning: -: \(warning)\n".utf8))
            }
            FileHandle.standardOutput.write(Data(rendered[format]!.utf8))
        } catch let error as GalleyError {
            FileHandle.standardError.write(Data("galley: \(error.path == nil ? error.at("-") : error)\n".utf8))
            throw ExitCode(1)
        }
    }
}

