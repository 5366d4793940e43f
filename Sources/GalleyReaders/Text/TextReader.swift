// Reads plain text: decoding, then structure inference (TextStructure), or paragraphs only.
import Foundation
import GalleyModel
import GalleySupport

/// Reads plain text into a document.
public struct TextReader: DocumentReader {
    /// Creates the reader.
    public init() {}

    /// Reads text bytes (UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252).
    public func read(_ data: Data, options: ReadOptions) throws -> Document {
        let decoded = try TextDecoding.decode(data)
        var document = TextStructure.analyze(decoded.text, options: options, explain: false).document
        document.warnings += decoded.warnings
        return LineByteSpans.addingBytes(to: document, input: data)
    }

    /// Reads text bytes and explains every block decision (what `galley explain` prints).
    public func analyze(_ data: Data, options: ReadOptions) throws -> TextAnalysis {
        let decoded = try TextDecoding.decode(data)
        var analysis = TextStructure.analyze(decoded.text, options: options)
        analysis.document.warnings += decoded.warnings
        analysis.document = LineByteSpans.addingBytes(to: analysis.document, input: data)
        return analysis
    }
}
