// Reads the bytes a batch input converts: a file's (gzip undone), or a page's payload inside a WARC file.
import Foundation

/// The bytes of one input.
enum InputPayload {
    /// A gzip-compressed input larger than this once decompressed is refused.
    static let maximumDecompressedSize = 256 << 20

    /// The bytes to convert and any warnings (an HTTP body whose coding could not be undone ...).
    static func read(_ input: BatchInput) throws -> (data: Data, warnings: [String]) {
        if let archived = input.archived {
            let block: [UInt8]
            do { block = try WARCArchive.content(path: input.path, at: archived.location) } catch let error as GalleyError {
                throw error
            } catch {
                throw GalleyError(stage: "read", message: "cannot read the record of \(archived.capture.targetURI) (\(error))")
            }
            guard archived.isHTTP else { return (Data(block), []) }
            return block.withUnsafeBytes { buffer in
                guard let message = HTTPMessage.parseHead(buffer) else { return (Data(block), ["the record's HTTP header is unreadable"]) }
                let (body, warnings) = message.body(of: buffer, limit: maximumDecompressedSize)
                return (Data(body), warnings)
            }
        }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: input.path)) } catch {
            throw GalleyError(stage: "read", message: "cannot read file (\(error.localizedDescription))")
        }
        guard Gzip.isGzip(data) else { return (data, []) }
        do { return (try Gzip.decompressAll(data, limit: maximumDecompressedSize), []) } catch {
            throw GalleyError(stage: "read", message: "cannot decompress the gzip file (\(error))")
        }
    }

    /// Converts an input's bytes: a WARC page gets its capture metadata (and its URL, when the
    /// page declares none); the warnings met reading come first.
    static func document(from data: Data, of input: BatchInput, options: ConversionOptions, readWarnings: [String]) throws -> Document {
        var document = try Converter.document(from: data, format: input.format, options: options)
        if let archived = input.archived {
            document.metadata.archive = archived.capture
            if document.metadata.url == nil { document.metadata.url = archived.capture.targetURI }
        }
        document.warnings = readWarnings + document.warnings
        return document
    }
}
