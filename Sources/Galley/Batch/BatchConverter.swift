// Converts a list of inputs into an output folder; one failing input never stops the others.
import Foundation

/// The outcome of converting one input.
public struct BatchResult: Sendable {
    /// The input.
    public var input: BatchInput
    /// Output paths written, relative to the output folder.
    public var outputs: [String]
    /// The failure, when the input could not be converted.
    public var error: GalleyError?
    /// What the passes removed.
    public var removals: [Removal]
    /// Non-fatal warnings.
    public var warnings: [String]
}

/// Converts inputs to files under an output folder.
public struct BatchConverter: Sendable {
    /// Conversion options shared by all inputs.
    public var options: ConversionOptions
    /// Formats to write for each input.
    public var formats: [OutputFormat]
    /// The output folder.
    public var outputRoot: String

    /// Creates a batch converter.
    public init(options: ConversionOptions, formats: [OutputFormat], outputRoot: String) {
        self.options = options
        self.formats = formats
        self.outputRoot = outputRoot
    }

    /// Converts every input in order, writing its outputs; failures are returned, not thrown.
    public func run(_ inputs: [BatchInput]) -> [BatchResult] {
        var results: [BatchResult] = []
        var seen: [String: String] = [:]
        if formats.contains(.xhtml) {
            try? OutputWriter.write(Data(DefaultStylesheet.css.utf8), to: DefaultStylesheet.fileName, under: outputRoot)
        }
        for input in inputs {
            if let other = seen[input.outputStem] {
                let error = GalleyError(path: input.path, stage: "output", message: "writes the same outputs as \(other) (\(input.outputStem).*); rename one of them")
                results.append(BatchResult(input: input, outputs: [], error: error, removals: [], warnings: []))
                continue
            }
            seen[input.outputStem] = input.path
            results.append(convert(input))
        }
        return results
    }

    /// Converts one input and writes its outputs.
    public func convert(_ input: BatchInput) -> BatchResult {
        var result = BatchResult(input: input, outputs: [], error: nil, removals: [], warnings: [])
        do {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: input.path)) } catch {
                throw GalleyError(stage: "read", message: "cannot read file (\(error.localizedDescription))")
            }
            var options = self.options
            options.read.source = input.path
            let depth = input.outputStem.split(separator: "/").count - 1
            options.write.stylesheetHref = String(repeating: "../", count: depth) + DefaultStylesheet.fileName
            let document = try Converter.document(from: data, format: input.format, options: options)
            let rendered = try Converter.render(document, as: formats, options: options.write)
            for format in formats {
                let relative = input.outputStem + "." + format.fileExtension
                try OutputWriter.write(Data(rendered[format]!.utf8), to: relative, under: outputRoot)
                result.outputs.append(relative)
            }
            result.removals = document.removals
            result.warnings = document.warnings
        } catch let error as GalleyError {
            result.error = error.path == nil ? error.at(input.path) : error
        } catch {
            result.error = GalleyError(path: input.path, stage: "convert", message: String(describing: error))
        }
        return result
    }
}
