// The text reader's pipeline: lines → units → artifacts removed → shapes → headings → levels → blocks.
import Foundation
import GalleyModel
import GalleySupport

/// Structure inference for plain text, as a library call.
public enum TextStructure {
    /// Reads decoded text into a document and the explanation of every decision; with `explain`
    /// false the heading decisions skip what only `galley explain` shows (feature contributions, the feature table).
    public static func analyze(_ text: String, options: ReadOptions = ReadOptions(), explain: Bool = true) -> TextAnalysis {
        let lines = TextSegmenter.lines(of: text)
        var units = TextSegmenter.units(lines)
        var log = RemovalLog(stage: TextArtifacts.stage)
        // The vocabulary only serves to judge words hyphenated at line ends.
        let hyphenated = lines.contains { $0.utf8.last == UInt8(ascii: "-") }
        let context = TextBlockBuilder.Context(width: nil, vocabulary: hyphenated ? Unwrapping.vocabulary(lines) : [])
        guard options.inferStructure else {
            let blocks = units.map { unit -> Block in
                let text = unit.lines.map { $0.trimmedSpaces }.joined(separator: " ")
                return Block(.paragraph([.text(text)]), span: unit.span)
            }
            let explanations = units.map { TextBlockExplanation(kind: "paragraph", span: $0.span, text: $0.text, evidence: ["structure inference turned off"]) }
            return TextAnalysis(document: Document(metadata: Metadata(source: options.source), blocks: blocks), explanations: explanations)
        }
        units = TextArtifacts.clean(units, log: &log)
        let removals = log.removals
        var featureRows: [OutlineFeatureRow] = []
        let baseIndent = BlockClassifier.baseIndent(lines)
        units = TrailingLists.split(BlockClassifier.classify(units, baseIndent: baseIndent), baseIndent: baseIndent)
        if let marker = options.headingMarker, !marker.isEmpty {
            applyHeadingMarker(marker, to: &units)
        } else {
            // The rule-based reading is one more piece of evidence for the trained model.
            // (Reading alone: the rules' reasons in words are only shown by `galley explain`.)
            let (ruled, evidence) = RuleReading.read(&units, reasons: explain)
            featureRows = OutlineDecoding.apply(&units, old: ruled, evidence: evidence, explain: explain)
        }
        for i in units.indices where units[i].kind == .paragraph && units[i].isSingleLine {
            // A numbered line that is not a heading is a list item.
            if let marker = LineMarkers.listMarker(units[i].lines[0]), marker.ordered {
                units[i].kind = .list
                units[i].evidence.append("a numbered item")
            }
        }
        var blockContext = context
        blockContext.width = Unwrapping.wrapWidth(units)
        let blocks = TextBlockBuilder.blocks(units, context: blockContext)
        let document = Document(metadata: Metadata(source: options.source), blocks: blocks, removals: removals)
        // Reading alone (not `galley explain`): the explanations would be thrown away.
        guard explain else { return TextAnalysis(document: document, explanations: [], featureRows: featureRows) }
        var explanations = units.map { unit in
            TextBlockExplanation(kind: unit.kind.rawValue, level: unit.kind == .heading ? unit.level : nil, span: unit.span,
                                 text: unit.text, evidence: unit.evidence + (unit.repeats > 1 ? ["\(unit.repeats - 1) repeated copies removed"] : []))
        }
        explanations += removals.map { TextBlockExplanation(kind: "removed", span: $0.span ?? SourceSpan(startLine: 1), text: $0.text, evidence: [$0.reason.rawValue]) }
        // Stable order: by first input line, blocks before the removals found on the same line.
        explanations = explanations.enumerated().sorted { a, b in
            (a.element.span.startLine, a.offset) < (b.element.span.startLine, b.offset)
        }.map(\.element)
        return TextAnalysis(document: document, explanations: explanations, featureRows: featureRows)
    }

    /// With a user-given heading marker, exactly the lines starting with it are headings; a marker
    /// repeated n times (`##`) gives level n.
    static func applyHeadingMarker(_ marker: String, to units: inout [TextUnit]) {
        for i in units.indices {
            // Lines the classifier read as `#` headings or underlined headings.
            if let marks = units[i].atx {
                if marker.allSatisfy({ $0 == "#" }) {
                    units[i].level = min(6, max(1, marks / max(1, marker.count)))
                    continue
                }
                units[i].lines = [String(repeating: "#", count: marks) + " " + units[i].text]
                units[i].kind = .paragraph
                units[i].atx = nil
                units[i].evidence = []
            } else if let c = units[i].setext {
                units[i].level = c == "=" ? 1 : 2
            }
        }
        for i in units.indices where units[i].isSingleLine && units[i].kind != .code && units[i].kind != .heading {
            let line = units[i].lines[0].trimmedSpaces
            guard line.hasPrefix(marker) else { continue }
            var rest = Substring(line)
            var count = 0
            while rest.hasPrefix(marker) { rest = rest.dropFirst(marker.count); count += 1 }
            let text = rest.trimmedSpaces
            guard !text.isEmpty else { continue }
            units[i].kind = .heading
            units[i].lines = [text]
            units[i].level = min(6, count)
            units[i].evidence.append("starts with the heading marker '\(marker)' (×\(count))")
        }
    }

    /// The blocks inside a quote unit: `>` (or the shared indentation) removed, then read as text.
    static func quoteBlocks(_ unit: TextUnit, context: TextBlockBuilder.Context) -> [Block] {
        let quoted = unit.lines.allSatisfy { $0.trimmedSpaces.hasPrefix(">") }
        let indent = unit.lines.map { LineMarkers.indentation($0) }.min() ?? 0
        let inner = unit.lines.map { line -> String in
            guard quoted else { return TextBlockBuilder.dropIndent(line, indent) }
            var s = Substring(line.trimmedSpaces).dropFirst()
            if s.first == " " { s = s.dropFirst() }
            return String(s)
        }
        var units = TextSegmenter.units(inner)
        for i in units.indices {
            units[i].numbers = units[i].numbers.map { min(unit.numbers.count, $0) }.map { unit.numbers[max(0, $0 - 1)] }
        }
        units = BlockClassifier.classify(units, baseIndent: BlockClassifier.baseIndent(inner))
        return TextBlockBuilder.blocks(units, context: context)
    }
}
