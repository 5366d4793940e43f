// Reads pandoc's JSON AST (`pandoc -t json`) into a Galley document: the subset Galley models.
import Foundation
import GalleyModel
import GalleySupport

/// Reads pandoc's JSON AST, API versions 1.22 and 1.23 (`PandocAPI.readable`: pandoc 2.11 to 3.x).
///
/// What Galley has no block or inline for is kept as content, with one warning per kind of node:
/// `Div` and `Span` as their contents, `LineBlock` as a paragraph with line breaks, `Math` as
/// code, `Note` as its text in brackets, raw blocks of formats other than HTML as code blocks.
public struct PandocJSONReader: DocumentReader {
    /// Creates the reader.
    public init() {}

    /// Reads a document from the JSON bytes.
    public func read(_ data: Data, options: ReadOptions) throws -> Document {
        // Empty input (white space, a byte order mark) is an empty document, as in every reader.
        if data.count <= 4096, String(decoding: data, as: UTF8.self).allSatisfy({ $0.isWhitespace || $0 == "\u{FEFF}" }) {
            return Document()
        }
        let root: Any  // JSONSerialization refuses nesting deeper than 512, which bounds the recursion below
        do { root = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) } catch {
            throw GalleyError(stage: "read", message: "not pandoc JSON: the input is not valid JSON")
        }
        guard let object = root as? [String: Any], let blocks = object["blocks"] as? [Any] else {
            throw GalleyError(stage: "read", message: "not pandoc JSON: expected an object with \"pandoc-api-version\", \"meta\" and \"blocks\"")
        }
        var context = PandocReadContext()
        let version = (object["pandoc-api-version"] as? [Any])?.compactMap { ($0 as? NSNumber)?.intValue } ?? []
        guard version.count >= 2 else {
            throw GalleyError(stage: "read", message: "not pandoc JSON: no \"pandoc-api-version\" (pandoc 2.10 and later write one)")
        }
        if !PandocAPI.readable.contains(Array(version.prefix(2))) {
            let known = PandocAPI.readable.map { $0.map(String.init).joined(separator: ".") }.joined(separator: " and ")
            context.warnings.append("pandoc API version \(version.map(String.init).joined(separator: ".")) is not one Galley knows (\(known)); read as far as it matches")
        }
        var document = Document()
        let meta = object["meta"] as? [String: Any] ?? [:]
        document.metadata = PandocMetaReader.metadata(meta, context: &context)
        document.removals = PandocMetaReader.removals(meta)
        document.blocks = PandocBlockReader.blocks(blocks, context: &context)
        document.warnings = context.warnings + context.unknownSummary()
        return document
    }
}

/// What reading collects besides the document: warnings, and the nodes kept only as content.
struct PandocReadContext {
    var warnings: [String] = []
    /// Node tag → how many were met, for the kinds Galley has no model for.
    var approximated: [String: Int] = [:]

    mutating func approximate(_ tag: String) { approximated[tag, default: 0] += 1 }

    func unknownSummary() -> [String] {
        approximated.keys.sorted().map { tag in
            let count = approximated[tag] ?? 0
            return "pandoc \(tag) node\(count == 1 ? "" : "s") (\(count)) kept as \(PandocBlockReader.keptAs[tag] ?? "content")"
        }
    }
}

/// Small accessors over decoded JSON nodes.
enum PandocNode {
    /// The tag and content of `{"t": ..., "c": ...}`.
    static func parts(_ node: Any) -> (tag: String, content: Any?)? {
        guard let object = node as? [String: Any], let tag = object["t"] as? String else { return nil }
        return (tag, object["c"])
    }

    static func array(_ value: Any?) -> [Any] { value as? [Any] ?? [] }
    static func string(_ value: Any?) -> String { value as? String ?? "" }
    static func int(_ value: Any?) -> Int? { (value as? NSNumber)?.intValue }

    /// The id, classes and key-value pairs of an `Attr`.
    static func attr(_ value: Any?) -> (id: String, classes: [String], pairs: [(String, String)]) {
        let parts = array(value)
        let id = parts.first.map { string($0) } ?? ""
        let classes = parts.count > 1 ? array(parts[1]).map { string($0) } : []
        let pairs = parts.count > 2 ? array(parts[2]).compactMap { pair -> (String, String)? in
            let kv = array(pair)
            return kv.count == 2 ? (string(kv[0]), string(kv[1])) : nil
        } : []
        return (id, classes, pairs)
    }
}
