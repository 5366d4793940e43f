// One conversion: read, run the passes, write each requested format.
import Foundation

/// The conversion pipeline as a library call.
public enum Converter {
    /// Reads `data` as `format` and runs the normalization passes (unless turned off).
    public static func document(from data: Data, format: InputFormat, options: ConversionOptions = ConversionOptions()) throws -> Document {
        var document = NestingLimit.apply(to: try Readers.reader(for: format).read(data, options: options.read))
        if document.metadata.source == nil { document.metadata.source = options.read.source }
        if let overrides = options.metadataOverrides { document.metadata.apply(overrides) }
        let passes = options.normalize ? Passes.normalization(for: format) : Passes.structural
        return Passes.run(passes, on: document)
    }

    /// Renders a document in each of `formats`.
    public static func render(_ document: Document, as formats: [OutputFormat], options: WriteOptions = WriteOptions()) throws -> [OutputFormat: String] {
        var out: [OutputFormat: String] = [:]
        for format in formats {
            out[format] = try Writers.writer(for: format).write(document, options: options)
        }
        return out
    }

    /// Warnings about what writing `formats` renames or drops from the document's front matter.
    public static func writeWarnings(_ document: Document, formats: [OutputFormat], options: WriteOptions = WriteOptions()) -> [String] {
        let dropped = FrontMatterNames.droppedExtra(document.metadata, formats: formats)
        guard formats.contains(.markdown), options.frontMatter else { return dropped }
        return FrontMatterNames(metadata: document.metadata, style: options.frontMatterStyle ?? .galley).warnings + dropped
    }

    /// Reads, normalizes and renders in one call.
    public static func convert(_ data: Data, from format: InputFormat, to formats: [OutputFormat], options: ConversionOptions = ConversionOptions()) throws -> [OutputFormat: String] {
        try render(document(from: data, format: format, options: options), as: formats, options: options.write)
    }
}
