// The record of what the text reader decided for each block, and why (`galley explain`).
import Foundation
import GalleyModel
import GalleySupport

/// One block of a text input: what it became and the evidence for it.
public struct TextBlockExplanation: Sendable, Equatable, Codable {
    /// What the block became: `heading`, `paragraph`, `list`, `quote`, `code` or `rule`.
    public var kind: String
    /// The heading level, for headings.
    public var level: Int?
    /// The input lines of the block.
    public var span: SourceSpan
    /// The block's text (its first line, trimmed).
    public var text: String
    /// The evidence weighed, in order.
    public var evidence: [String]

    /// Creates an explanation record.
    public init(kind: String, level: Int? = nil, span: SourceSpan, text: String, evidence: [String]) {
        self.kind = kind
        self.level = level
        self.span = span
        self.text = text
        self.evidence = evidence
    }

    /// One line: `lines 3-4  heading 2  "First words…"  evidence; evidence`.
    public var summary: String {
        let lines = span.startLine == span.endLine ? "line \(span.startLine)" : "lines \(span.startLine)-\(span.endLine)"
        let what = level.map { "\(kind) \($0)" } ?? kind
        // The first 8 words, and whether a 9th follows (the rest after 8 splits holds a non-space).
        let head: String
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: every byte is a Character (a space never joins its neighbours), so the same split over bytes.
            let words = text.utf8.split(separator: 0x20, maxSplits: 8)
            let more = words.count > 8 && words[8].contains { $0 != 0x20 }
            head = words.prefix(8).map { Substring($0) }.joined(separator: " ") + (more ? " …" : "")
        } else {
            let words = text.split(separator: " ", maxSplits: 8)
            let more = words.count > 8 && words[8].contains { $0 != " " }
            head = words.prefix(8).joined(separator: " ") + (more ? " …" : "")
        }
        return "\(TextBlockExplanation.padded(lines, 14)) \(TextBlockExplanation.padded(what, 10)) \"\(head)\"  \(evidence.joined(separator: "; "))"
    }

    /// `padding(toLength:withPad:" ",startingAt:0)` of an ASCII string: cut or filled with spaces to `length`.
    static func padded(_ s: String, _ length: Int) -> String {
        guard s.utf8.allSatisfy({ $0 < 0x80 }) else { return s.padding(toLength: length, withPad: " ", startingAt: 0) }
        let count = s.utf8.count
        if count >= length { return count == length ? s : String(decoding: s.utf8.prefix(length), as: UTF8.self) }
        return s + String(repeating: " ", count: length - count)
    }
}

/// A text input read with its explanation.
public struct TextAnalysis: Sendable, Equatable {
    /// The document the reader built (before the normalization passes).
    public var document: Document
    /// One record per block, in order, plus one per removal.
    public var explanations: [TextBlockExplanation]
    /// The outline model's feature table, one row per unit (empty when a heading marker decided).
    public var featureRows: [OutlineFeatureRow] = []

    /// The names of the feature columns.
    public static var featureNames: [String] { OutlineFeatures.names }

    /// The feature table as tab-separated values: line, kind, level, text, then one column per feature.
    public var featuresTSV: String {
        var out = (["line", "kind", "level", "text"] + OutlineFeatures.names + ["vetoed"]).joined(separator: "\t") + "\n"
        for row in featureRows {
            let text = row.text.replacingOccurrences(of: "\t", with: " ")
            let cells = ["\(row.line)", row.kind, row.level.map(String.init) ?? "", text] + row.features.map { $0 == $0.rounded() && abs($0) < 1e9 ? String(Int($0)) : "\($0)" }
            out += cells.joined(separator: "\t") + "\n"
        }
        return out
    }
}
