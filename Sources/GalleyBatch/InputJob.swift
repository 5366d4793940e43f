// The work done for one input of a batch: skip if unchanged, else convert and write (or compare).
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// Converts, skips or checks one input. A plain value, safe to share between worker threads.
struct InputJob: Sendable {
    /// What the job does with a converted input.
    enum Mode: Sendable, Equatable {
        /// Write outputs; with `force`, even when the manifest says they are up to date.
        case write(force: Bool)
        /// Write nothing; compare a fresh conversion with the outputs on disk.
        case check
    }

    var options: ConversionOptions
    /// The conversion steps, built once from `options`.
    var pipeline: Pipeline
    var formats: [OutputFormat]
    var outputRoot: String
    var mode: Mode
    /// Inputs larger than this are refused before they are read.
    var maxInputBytes = InputLimits.defaultMaxBytes

    /// The options for one input: its path relative to the input root as provenance (the same
    /// however the root was spelled), the stylesheet relative to its folder.
    func options(for input: BatchInput) -> ConversionOptions {
        var options = self.options
        options.read = input.readOptions(options.read)
        let depth = input.outputStem.split(separator: "/").count - 1
        options.write.stylesheetHref = String(repeating: "../", count: max(depth, 0)) + DefaultStylesheet.fileName
        return options
    }

    /// The output paths of an input, relative to the output folder, in format order.
    func outputPaths(for input: BatchInput) -> [String] {
        formats.map { input.outputStem + "." + $0.fileExtension }
    }

    /// Runs the job; returns the result and the manifest entry to keep for this input (the
    /// previous one when the input failed, so its old outputs stay accounted for).
    func run(_ input: BatchInput, previous: ManifestEntry?) -> (BatchResult, ManifestEntry?) {
        let start = DispatchTime.now().uptimeNanoseconds
        var result = BatchResult(input: input, outputs: outputPaths(for: input))
        var entry = previous
        do {
            let (data, readWarnings) = try InputPayload.read(input, limit: maxInputBytes)
            result.bytesIn = data.count
            let options = options(for: input)
            let inputHash = SHA256.hex(data)
            let optionsHash = Manifest.hash(of: options)
            if mode == .write(force: false), let previous, let size = unchangedSize(input, previous, inputHash, optionsHash) {
                result.status = .unchanged
                result.bytesOut = size
            } else {
                let document = try InputPayload.document(from: data, of: input, pipeline: pipeline, options: options, readWarnings: readWarnings)
                let rendered = try pipeline.renderUTF8(document, as: formats, options: options.write)
                var hashes: [String: String] = [:]
                for (format, path) in zip(formats, result.outputs) {
                    let output = rendered[format] ?? .text("")
                    // The rendered output's own UTF-8 bytes, not a copy (a copy of a large output
                    // faults in fresh pages): the Data lives only inside this closure.
                    try output.withUTF8 { utf8 in
                        let bytes = utf8.baseAddress.map {
                            Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: $0), count: utf8.count, deallocator: .none)
                        } ?? Data()
                        hashes[path] = SHA256.hex(bytes)
                        result.bytesOut += bytes.count
                        if mode == .check {
                            compare(bytes, with: path, into: &result)
                        } else {
                            try OutputWriter.write(bytes, to: path, under: outputRoot)
                        }
                    }
                }
                entry = ManifestEntry(format: input.format, input: inputHash, options: optionsHash, version: GalleyVersion.string, outputs: hashes)
                result.status = mode == .check ? (result.problems.isEmpty ? .fresh : .stale) : .converted
                for removal in document.removals { result.removalReasons[removal.reason.rawValue, default: 0] += 1 }
                result.warnings = document.warnings + pipeline.writeWarnings(document, formats: formats, options: options.write)
            }
        } catch let error as GalleyError {
            result.error = error.path == nil ? error.at(input.path) : error
            result.status = .failed
        } catch {
            result.error = GalleyError(path: input.path, stage: .convert, message: String(describing: error))
            result.status = .failed
        }
        result.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return (result, entry)
    }

    /// The total size of the outputs when `previous` still describes the input, the options, this
    /// version, the requested formats and the bytes on disk; nil when the input must be converted.
    private func unchangedSize(_ input: BatchInput, _ previous: ManifestEntry, _ inputHash: String, _ optionsHash: String) -> Int? {
        let paths = outputPaths(for: input)
        guard previous.input == inputHash, previous.options == optionsHash, previous.format == input.format,
              previous.version == GalleyVersion.string, Set(previous.outputs.keys) == Set(paths) else { return nil }
        var size = 0
        for path in paths {
            guard let bytes = OutputFolder.contents(of: path, under: outputRoot),
                  SHA256.hex(bytes) == previous.outputs[path] else { return nil }
            size += bytes.count
        }
        return size
    }

    /// `--check`: records a problem when the file on disk is missing or differs from `bytes`.
    private func compare(_ bytes: Data, with path: String, into result: inout BatchResult) {
        guard let existing = OutputFolder.contents(of: path, under: outputRoot) else {
            result.problems.append("\(path): missing")
            return
        }
        if existing != bytes { result.problems.append("\(path): differs from a fresh conversion") }
    }
}
