// Writes Galley's JSON document: schema version, metadata, block tree, removals and warnings.
import Foundation
import GalleyModel
import GalleySupport

/// Writes a document as JSON following `schema/galley-document.schema.json`.
/// Keys are sorted and the output ends with a newline, so the same document always gives the same bytes.
public struct JSONWriter: DocumentWriter {
    /// The schema identifier written in every document's `"schema"` field.
    public static let schema = "galley-document/1"

    /// Creates the writer.
    public init() {}

    /// Renders the document. The bytes are those `JSONEncoder` gives for the Codable conformances
    /// with `[.sortedKeys, .withoutEscapingSlashes]` (plus `.prettyPrinted` when `prettyJSON`),
    /// written directly into one buffer (see `JSONDocumentEncoder`; the tests compare both).
    public func write(_ document: Document, options: WriteOptions) throws -> String {
        String(decoding: try writeUTF8(document, options: options), as: UTF8.self)
    }

    /// The bytes of `write`, as the encoder made them (valid UTF-8: no String is built of them,
    /// so they are not validated again; a batch hashes and writes them as they are).
    package func writeUTF8(_ document: Document, options: WriteOptions) throws -> [UInt8] {
        var encoder = JSONDocumentEncoder(pretty: options.prettyJSON, capacity: 1 << 14)
        do { try encoder.document(document, schema: Self.schema) } catch {
            throw GalleyError(stage: .write, message: "cannot encode the document as JSON (nesting too deep or invalid value)")
        }
        var bytes = encoder.out.takeBytes()
        bytes.append(0x0A)
        return bytes
    }

    /// Reads a document back from Galley JSON. Its nested sections are dissolved into the flat
    /// block list the model keeps (the writer nests them again).
    public static func document(from data: Data) throws -> Document {
        struct Incoming: Decodable {
            let schema: String
            let metadata: Metadata
            let blocks: [Block]
            let removals: [Removal]?
            let warnings: [String]?
        }
        let incoming = try JSONDecoder().decode(Incoming.self, from: data)
        guard incoming.schema == schema else {
            throw GalleyError(stage: .read, message: "unsupported JSON schema '\(incoming.schema)' (expected '\(schema)')")
        }
        return Document(metadata: incoming.metadata, blocks: incoming.blocks.flatteningSections, removals: incoming.removals ?? [], warnings: incoming.warnings ?? [])
    }
}
