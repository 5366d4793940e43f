// One fuzz input through a reader, the default passes and every writer, with the safe-output rule checked.
import Foundation
import Galley

/// What the reader targets run on each input.
public enum ReaderPipeline {
    /// Converts `data` from `format` to every output format with the default options (and, for
    /// HTML, once more keeping the whole page). Errors are fine (bad input gets a message);
    /// a crash, a hang or unsafe XHTML is a finding.
    public static func run(_ data: Data, as format: InputFormat) {
        var variants = [ConversionOptions()]
        if format == .html { variants.append(ConversionOptions(read: ReadOptions(wholePage: true))) }
        for options in variants {
            guard let outputs = try? Converter.convert(data, from: format, to: OutputFormat.allCases, options: options) else { continue }
            if let xhtml = outputs[.xhtml] { SafeOutputCheck.verify(xhtml) }
        }
    }
}
