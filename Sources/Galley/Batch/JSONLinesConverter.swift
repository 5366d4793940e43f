// `galley convert --jsonl`: JSON lines in, one JSON line out per record, in order, converted in parallel.
import Foundation

/// Streams records through the converter: reads a window of lines, converts them on `jobs`
/// threads, writes their results in input order, then reads the next window. Memory stays
/// bounded by the window, whatever the length of the stream.
public struct JSONLinesConverter: Sendable {
    /// Conversion options for every record.
    public var options: ConversionOptions
    /// Formats to produce; the others are null in the output records.
    public var formats: [OutputFormat]
    /// The format of records that name none; nil guesses (HTML when it looks like a page, else text).
    public var defaultFormat: InputFormat?
    /// Worker threads. Default: the number of active processors.
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    /// Records read ahead and converted together. Default: 16 per job.
    public var window: Int?

    /// Creates a converter.
    public init(options: ConversionOptions, formats: [OutputFormat], defaultFormat: InputFormat? = nil) {
        self.options = options
        self.formats = formats
        self.defaultFormat = defaultFormat
    }

    /// Reads records from `input` until its end and writes output lines to `output`.
    /// Blank lines are skipped. Returns the number of records and of failed records.
    public func run(input: Int32, output: Int32) -> (records: Int, failed: Int) {
        let reader = LineReader(descriptor: input)
        let size = max(1, window ?? jobs * 16)
        var records = 0, failed = 0
        var done = false
        while !done {
            var lines: [Data] = []
            while lines.count < size {
                guard let line = reader.next() else { done = true; break }
                if line.contains(where: { $0 != 0x20 && $0 != 0x09 }) { lines.append(line) }
            }
            let batch = lines
            let converted = ParallelMap.run(count: batch.count, jobs: jobs) { convert(line: batch[$0]) }
            var chunk = Data()
            for (line, ok) in converted {
                chunk.append(line)
                records += 1
                if !ok { failed += 1 }
            }
            Self.writeAll(chunk, to: output)
        }
        return (records, failed)
    }

    /// Converts one input line into one output line (with its newline); `ok` is false on error.
    public func convert(line: Data) -> (line: Data, ok: Bool) {
        var record: JSONLinesOutput
        if let input = try? JSONDecoder().decode(JSONLinesInput.self, from: line) {
            record = convert(input)
        } else {
            record = JSONLinesOutput(id: .null, error: "not a JSON record {\"id\", \"format\", \"content\"}")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = (try? encoder.encode(record)) ?? Data("{\"error\":\"cannot encode the result\",\"id\":null,\"json\":null,\"markdown\":null,\"xhtml\":null}".utf8)
        data.append(0x0A)
        return (data, record.error == nil)
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
            let rendered = try Converter.convert(data, from: format, to: formats, options: options)
            output.markdown = rendered[.markdown]
            output.json = rendered[.json]
            output.xhtml = rendered[.xhtml]
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
