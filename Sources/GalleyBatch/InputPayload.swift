// Reads the bytes a batch input converts: a file's (gzip undone), or a page's payload inside a WARC file.
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// The bytes of one input.
enum InputPayload {
    /// The bytes to convert and any warnings (an HTTP body whose coding could not be undone ...).
    /// Files over `limit` bytes are refused before they are read, and so are gzip files or WARC
    /// bodies that expand past it.
    static func read(_ input: BatchInput, limit: Int = InputLimits.defaultMaxBytes) throws -> (data: Data, warnings: [String]) {
        if let archived = input.archived {
            let block: [UInt8]
            do { block = try WARCArchive.content(path: input.warcPath, at: archived.location) } catch let error as GalleyError {
                throw error
            } catch {
                throw GalleyError(stage: .read, message: "cannot read the record of \(archived.capture.targetURI) (\(error))")
            }
            guard archived.isHTTP else { return (Data(block), []) }
            return block.withUnsafeBytes { buffer in
                guard let message = HTTPMessage.parseHead(buffer) else { return (Data(block), ["the record's HTTP header is unreadable"]) }
                let (body, warnings) = message.body(of: buffer, limit: limit)
                return (Data(body), warnings)
            }
        }
        let compressed = input.fileSystemPath.count > 3 && input.fileSystemPath.suffix(3).elementsEqual(Array(".gz".utf8))
        let data = try BoundedFileReader.read(input.fileSystemPath, limit: limit, expecting: compressed ? .anyBytes : .document(input.format))
        guard Gzip.isGzip(data) else { return (data, []) }
        let inflated: Data
        do { inflated = try Gzip.decompressAll(data, limit: limit) } catch {
            throw GalleyError(stage: .read, message: "cannot decompress the gzip file (\(error))")
        }
        if let error = BoundedFileReader.binaryHead(inflated.prefix(InputLimits.sniffBytes), format: input.format) { throw error }
        return (inflated, [])
    }

    /// Converts an input's bytes: a WARC page gets its capture metadata (and its URL, when the
    /// page declares none); the warnings met reading come first.
    static func document(from data: Data, of input: BatchInput, pipeline: Pipeline, options: ConversionOptions, readWarnings: [String]) throws -> Document {
        var document = try pipeline.document(from: data, format: input.format, options: options)
        if let archived = input.archived {
            document.metadata.archive = archived.capture
            if document.metadata.url == nil { document.metadata.url = archived.capture.targetURI }
        }
        document.warnings = readWarnings + document.warnings
        return document
    }
}

extension BatchInput {
    /// `base` with this input's provenance: its path relative to the input root as `source` (the
    /// same however the root was spelled) and, for a WARC page, the charset its HTTP header declared.
    func readOptions(_ base: ReadOptions) -> ReadOptions {
        var options = base
        options.source = relativePath
        options.transportCharset = archived?.charset
        return options
    }
}
