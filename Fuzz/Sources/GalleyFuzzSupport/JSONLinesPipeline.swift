// One fuzz input as a `--jsonl` stream: each line decoded and converted to every format.
import Foundation
import Galley

/// What the JSONL target runs on each input.
public enum JSONLinesPipeline {
    static let converter = JSONLinesConverter(options: ConversionOptions(), formats: OutputFormat.allCases)

    /// Splits `data` into lines as `galley convert --jsonl` does and converts each one. Every
    /// result must be exactly one line of JSON: a record that breaks the line framing is a finding.
    public static func run(_ data: Data) {
        for var line in data.split(separator: 0x0A, omittingEmptySubsequences: true) {
            if line.last == 0x0D { line = line.dropLast() }
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
            let output = converter.convert(line: Data(line)).line
            guard output.last == 0x0A, output.dropLast().firstIndex(of: 0x0A) == nil,
                  let record = try? JSONSerialization.jsonObject(with: output) as? [String: Any] else {
                fatalError("a JSONL record did not give one JSON object on one line")
            }
            if let xhtml = record["xhtml"] as? String { SafeOutputCheck.verify(xhtml) }
        }
    }
}
