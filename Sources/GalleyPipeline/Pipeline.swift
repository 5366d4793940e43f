// One conversion as named steps: read → limit nesting → passes → write, built once from options.
import Foundation
import GalleyModel
import GalleySupport
import GalleyReaders
import GalleyPasses
import GalleyWriters

/// The conversion steps in order, built once from `ConversionOptions` and used by every entry
/// point: `Converter`, `galley convert` (files, batches, JSON Lines), the pamphlet builder and
/// `galley explain`. The nesting limit is the first pass; the normalization passes follow (only
/// the structural ones when normalization is off).
///
/// Per-input details (the source path, a stylesheet href) vary within one run, so the read and
/// write steps take the options of the input at hand; the steps themselves do not change.
public struct Pipeline: Sendable {
    /// The passes run after reading, in order.
    public let passes: [Pass]

    /// The pipeline for `options` (only `normalize` decides the steps).
    public init(options: ConversionOptions = ConversionOptions()) {
        passes = [NestingLimitPass.pass] + (options.normalize ? Passes.normalization : Passes.structural)
    }

    /// The steps' names in order: `read`, each pass, `write`.
    public var stepNames: [String] { ["read"] + passes.map(\.name) + ["write"] }

    /// The read step: the format's reader, then the source path when the reader set none, then
    /// the metadata overrides.
    public func read(_ data: Data, format: InputFormat, options: ConversionOptions) throws -> Document {
        var document = try Readers.reader(for: format).read(data, options: options.read)
        if document.metadata.source == nil { document.metadata.source = options.read.source }
        if let overrides = options.metadataOverrides { document.metadata.apply(overrides) }
        return document
    }

    /// The passes, in order.
    public func runPasses(on document: Document) -> Document {
        Passes.run(passes, on: document)
    }

    /// Read, then the passes.
    public func document(from data: Data, format: InputFormat, options: ConversionOptions) throws -> Document {
        runPasses(on: try read(data, format: format, options: options))
    }

    /// The write step: the document in each of `formats`.
    public func render(_ document: Document, as formats: [OutputFormat], options: WriteOptions) throws -> [OutputFormat: String] {
        var out: [OutputFormat: String] = [:]
        for format in formats {
            out[format] = try Writers.writer(for: format).write(document, options: options)
        }
        return out
    }

    /// Warnings about what writing `formats` renames or drops from the document's front matter.
    public func writeWarnings(_ document: Document, formats: [OutputFormat], options: WriteOptions) -> [String] {
        let dropped = FrontMatterNames.droppedExtra(document.metadata, formats: formats)
        guard formats.contains(.markdown), options.frontMatter else { return dropped }
        return FrontMatterNames(metadata: document.metadata, style: options.frontMatterStyle ?? .galley).warnings + dropped
    }
}
