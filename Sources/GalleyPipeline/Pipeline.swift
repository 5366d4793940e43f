// One conversion as named steps: read → limit nesting → passes → write, built once from options.
import Foundation
import GalleyModel
import GalleySupport
import GalleyReaders
import GalleyPasses
import GalleyWriters

/// The conversion steps in order, built once from `ConversionOptions` and used by every entry
/// point: `Converter`, `galley convert` (files, batches, JSON Lines), the pamphlet builder and
/// `galley explain`. The nesting limit is the first pass; the normalization passes for the input's
/// format follow (`Passes.normalization(for:)`; only the structural ones when normalization is off).
///
/// Per-input details (the source path, a stylesheet href) vary within one run, so the read and
/// write steps take the options of the input at hand; the steps themselves do not change.
public struct Pipeline: Sendable {
    /// Whether the normalization passes run (else only the structural ones).
    public let normalize: Bool

    /// The pipeline for `options` (only `normalize` decides the steps).
    public init(options: ConversionOptions = ConversionOptions()) {
        normalize = options.normalize
    }

    /// The passes run after reading input of `format`, in order.
    public func passes(for format: InputFormat) -> [Pass] {
        [NestingLimitPass.pass] + (normalize ? Passes.normalization(for: format) : Passes.structural)
    }

    /// The steps' names in order for input of `format`: `read`, each pass, `write`.
    public func stepNames(for format: InputFormat = .text) -> [String] { ["read"] + passes(for: format).map(\.name) + ["write"] }

    /// The read step: the format's reader, then the source path when the reader set none, then
    /// the metadata overrides.
    public func read(_ data: Data, format: InputFormat, options: ConversionOptions) throws -> Document {
        var document = try Readers.reader(for: format).read(data, options: options.read)
        if document.metadata.source == nil { document.metadata.source = options.read.source }
        if let overrides = options.metadataOverrides { document.metadata.apply(overrides) }
        return document
    }

    /// The passes for input of `format`, in order.
    public func runPasses(on document: Document, format: InputFormat) -> Document {
        Passes.run(passes(for: format), on: document)
    }

    /// Read, then the passes. A document left without blocks carries a warning saying why (an
    /// input with no text, or passes that removed every block), so a batch's report names it.
    public func document(from data: Data, format: InputFormat, options: ConversionOptions) throws -> Document {
        let read = try read(data, format: format, options: options)
        var document = runPasses(on: read, format: format)
        if document.blocks.isEmpty {
            document.warnings.append(EmptyDocumentWarning.text(format: format, readAnyBlock: !read.blocks.isEmpty,
                                                               readerRemovedAny: !read.removals.isEmpty))
        }
        return document
    }

    /// The write step: the document in each of `formats`.
    public func render(_ document: Document, as formats: [OutputFormat], options: WriteOptions) throws -> [OutputFormat: String] {
        var out: [OutputFormat: String] = [:]
        for format in formats {
            out[format] = try Writers.writer(for: format).write(document, options: options)
        }
        return out
    }

    /// The write step with each output as UTF-8 bytes to hash and write: the JSON writer's bytes as
    /// it made them (no String is built of them), the other formats' Strings (the same bytes as `render`).
    package func renderUTF8(_ document: Document, as formats: [OutputFormat], options: WriteOptions) throws -> [OutputFormat: RenderedOutput] {
        var out: [OutputFormat: RenderedOutput] = [:]
        for format in formats {
            let writer = Writers.writer(for: format)
            if let json = writer as? JSONWriter {
                out[format] = .bytes(try json.writeUTF8(document, options: options))
            } else {
                out[format] = .text(try writer.write(document, options: options))
            }
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
