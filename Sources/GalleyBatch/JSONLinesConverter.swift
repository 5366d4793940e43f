// `galley convert --jsonl`: JSON lines in, one JSON line out per record, in order, converted in parallel.
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// Streams records through the converter: lines are read in linear time, converted on `jobs`
/// threads, and each output line is written as soon as it and every line before it are done
/// (input order). At most `inFlight` records are held at once, so memory stays flat on an
/// endless stream, whatever its length.
public struct JSONLinesConverter: Sendable {
    /// Conversion options for every record.
    public var options: ConversionOptions {
        didSet { pipeline = Pipeline(options: options) }
    }
    /// The conversion steps, built from `options`.
    private var pipeline: Pipeline
    /// Formats to produce; the others are null in the output records.
    public var formats: [OutputFormat]
    /// The format of records that name none; nil guesses (HTML when it looks like a page, else text).
    public var defaultFormat: InputFormat?
    /// Worker threads. Default: the number of active processors.
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    /// Records read and not yet written, at most. Default: 4 per job.
    public var inFlight: Int?

    /// Creates a converter.
    public init(options: ConversionOptions = ConversionOptions(), formats: [OutputFormat] = OutputFormat.defaults, defaultFormat: InputFormat? = nil) {
        self.options = options
        self.pipeline = Pipeline(options: options)
        self.formats = formats
        self.defaultFormat = defaultFormat
    }

    /// Reads records from `input` until its end and writes output lines to `output`.
    /// Blank lines are skipped. Returns the number of records and of failed records.
    public func run(input: Int32, output: Int32) -> (records: Int, failed: Int) {
        let reader = LineReader(descriptor: input)
        let counter = Counter()
        let converter = self
        let stream = OrderedStream<(line: Data, number: Int), (Data, Bool)>(
            jobs: jobs, inFlight: inFlight ?? jobs * 4,
            work: { converter.convert(line: $0.line, number: $0.number) },
            emit: { line, ok in
                Self.writeAll(line, to: output)
                counter.add(ok: ok)
            })
        while let line = reader.next() {
            if line.contains(where: { $0 != 0x20 && $0 != 0x09 }) { stream.submit((line, reader.lineNumber)) }
        }
        stream.finish()
        return (counter.records, counter.failed)
    }

    /// Converts batch inputs (files, pages of WARC files) and writes one output line each, in
    /// order, to `output`: the `id` is the page's URL for a WARC page, else the input's relative
    /// path. Returns the number of records and of failed records.
    public func run(inputs: [BatchInput], output: Int32) -> (records: Int, failed: Int) {
        let counter = Counter()
        let converter = self
        let stream = OrderedStream<BatchInput, (Data, Bool)>(
            jobs: jobs, inFlight: inFlight ?? jobs * 4,
            work: { converter.convert(input: $0) },
            emit: { line, ok in
                Self.writeAll(line, to: output)
                counter.add(ok: ok)
            })
        for input in inputs { stream.submit(input) }
        stream.finish()
        return (counter.records, counter.failed)
    }

    /// One batch input as an output line.
    package func convert(input: BatchInput) -> (Data, Bool) {
        let id = JSONLinesID.string(input.archived?.capture.targetURI ?? input.relativePath)
        var record = JSONLinesOutput(id: id)
        do {
            let (data, warnings) = try InputPayload.read(input)
            var options = self.options
            options.read = input.readOptions(options.read)
            let document = try InputPayload.document(from: data, of: input, pipeline: pipeline, options: options, readWarnings: warnings)
            let rendered = try pipeline.render(document, as: formats, options: options.write)
            record.markdown = rendered[.markdown]
            record.json = rendered[.json]
            record.xhtml = rendered[.xhtml]
            record.pandocJSON = rendered[.pandocJSON]
        } catch let error as GalleyError {
            record.error = (error.path == nil ? error.at(input.path) : error).description
        } catch {
            record.error = String(describing: error)
        }
        return (Self.encode(record), record.error == nil)
    }

    /// Counts emitted records (called serialized by the stream).
    private final class Counter: @unchecked Sendable {
        var records = 0, failed = 0
        func add(ok: Bool) {
            records += 1
            if !ok { failed += 1 }
        }
    }

    /// Converts one input line into one output line (with its newline); `ok` is false on error.
    /// `number`, the line's 1-based number in the stream, names the line in error records.
    public func convert(line: Data, number: Int? = nil) -> (line: Data, ok: Bool) {
        var record: JSONLinesOutput
        if let input = try? JSONDecoder().decode(JSONLinesInput.self, from: line) {
            record = convert(input)
        } else {
            let place = number.map { "line \($0): " } ?? ""
            record = JSONLinesOutput(id: .null, error: place + "not a JSON record {\"id\", \"format\", \"content\"}")
        }
        return (Self.encode(record), record.error == nil)
    }

    /// An output record as one line of sorted-key JSON with its newline.
    static func encode(_ record: JSONLinesOutput) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = (try? encoder.encode(record)) ?? Data("{\"error\":\"cannot encode the result\",\"id\":null,\"json\":null,\"markdown\":null,\"xhtml\":null}".utf8)
        data.append(0x0A)
        return data
    }

    /// Converts one record.
    public func convert(_ input: JSONLinesInput) -> JSONLinesOutput {
        var output = JSONLinesOutput(id: input.id ?? .null)
        guard let content = input.content else {
            output.error = "the record has no \"content\""
            return output
        }
        let data = Data(content.utf8)
        let format: InputFormat
        if let name = input.format {
            guard let known = InputFormat(rawValue: name.lowercased() == "md" ? "markdown" : name.lowercased()) else {
                output.error = "unknown format '\(name)': use text, html or markdown"
                return output
            }
            format = known
        } else {
            format = defaultFormat ?? InputSniffer.format(of: data)
        }
        do {
            let document = try pipeline.document(from: data, format: format, options: options)
            let rendered = try pipeline.render(document, as: formats, options: options.write)
            output.markdown = rendered[.markdown]
            output.json = rendered[.json]
            output.xhtml = rendered[.xhtml]
            output.pandocJSON = rendered[.pandocJSON]
        } catch {
            output.error = String(describing: error)
        }
        return output
    }

    static func writeAll(_ data: Data, to descriptor: Int32) {
        data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
