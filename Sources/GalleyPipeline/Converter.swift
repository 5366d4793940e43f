// One conversion as a library call: the `Pipeline` for the given options.
import Foundation
import GalleyModel
import GalleySupport
import GalleyReaders
import GalleyPasses
import GalleyWriters

/// The conversion pipeline as a library call (each call builds the `Pipeline` for its options).
public enum Converter {
    /// Reads `data` as `format` and runs the normalization passes (unless turned off).
    public static func document(from data: Data, format: InputFormat, options: ConversionOptions = ConversionOptions()) throws -> Document {
        try Pipeline(options: options).document(from: data, format: format, options: options)
    }

    /// Renders a document in each of `formats`.
    public static func render(_ document: Document, as formats: [OutputFormat], options: WriteOptions = WriteOptions()) throws -> [OutputFormat: String] {
        try Pipeline().render(document, as: formats, options: options)
    }

    /// Warnings about what writing `formats` renames or drops from the document's front matter.
    public static func writeWarnings(_ document: Document, formats: [OutputFormat], options: WriteOptions = WriteOptions()) -> [String] {
        Pipeline().writeWarnings(document, formats: formats, options: options)
    }

    /// Reads, normalizes and renders in one call.
    public static func convert(_ data: Data, from format: InputFormat, to formats: [OutputFormat], options: ConversionOptions = ConversionOptions()) throws -> [OutputFormat: String] {
        try render(document(from: data, format: format, options: options), as: formats, options: options.write)
    }
}
