// `galley explain page.html`: what main-content extraction kept, removed and weighed on a web page.
import ArgumentParser
import Foundation
import Galley

/// The explanation of one HTML page.
struct HTMLExplanation: Encodable {
    var file: String
    var metadata: Metadata
    /// One line per heading kept, indented by level.
    var outline: [String]
    /// Block counts of the kept content, by kind.
    var kept: [String: Int]
    var removals: [Removal]
    var warnings: [String]
    /// The extractor's trace: each attempt's chosen region and the best-scored candidates.
    var evidence: [String]

    /// Reads the page (extraction on, normalization passes run) and collects the explanation.
    static func make(_ data: Data, file: String) throws -> HTMLExplanation {
        var document = Document()
        let evidence = try StandardErrorCapture.lines {
            setenv("GALLEY_DEBUG_EXTRACTION", "1", 1)
            let options = ConversionOptions(read: ReadOptions(source: file))
            document = try Pipeline(options: options).document(from: data, format: .html, options: options)
        }
        var outline: [String] = []
        var kept: [String: Int] = [:]
        walk(document.blocks, outline: &outline, kept: &kept)
        return HTMLExplanation(file: file, metadata: document.metadata, outline: outline, kept: kept,
                               removals: document.removals, warnings: document.warnings, evidence: evidence)
    }

    private static func walk(_ blocks: [Block], outline: inout [String], kept: inout [String: Int]) {
        for block in blocks {
            switch block.kind {
            case .section(let section):
                kept["heading", default: 0] += 1
                outline.append(String(repeating: "  ", count: section.heading.level - 1) + "h\(section.heading.level) " + section.heading.content.plainText)
                walk(section.blocks, outline: &outline, kept: &kept)
            case .heading(let heading):
                kept["heading", default: 0] += 1
                outline.append(String(repeating: "  ", count: heading.level - 1) + "h\(heading.level) " + heading.content.plainText)
            case .paragraph: kept["paragraph", default: 0] += 1
            case .list: kept["list", default: 0] += 1
            case .blockQuote: kept["quote", default: 0] += 1
            case .codeBlock: kept["code", default: 0] += 1
            case .table: kept["table", default: 0] += 1
            case .figure: kept["figure", default: 0] += 1
            case .thematicBreak: kept["rule", default: 0] += 1
            case .rawHTML: kept["raw HTML", default: 0] += 1
            case .definitionList: kept["definition list", default: 0] += 1
            }
        }
    }

    /// The explanation as lines of text.
    var summary: [String] {
        var lines = ["\(file): HTML page: main-content extraction"]
        let m = metadata
        let fields: [(String, String?)] = [("title", m.title), ("authors", m.authors.isEmpty ? nil : m.authors.joined(separator: "; ")),
                                           ("date", m.published), ("language", m.language), ("site", m.siteName), ("url", m.url)]
        for (name, value) in fields { if let value { lines.append("  \(name): \(value)") } }
        lines.append("kept: " + kept.keys.sorted().map { "\(kept[$0] ?? 0) \($0)" }.joined(separator: ", "))
        lines += outline.map { "  " + $0 }
        lines.append("removed: \(removals.count)")
        lines += removals.map { "  [\($0.stage)] \($0.reason): \($0.excerpt)" }
        if !warnings.isEmpty { lines.append("warnings:"); lines += warnings.map { "  " + $0 } }
        lines.append("evidence (each attempt's chosen region, its best-scored candidates, large removals):")
        lines += evidence.map { "  " + $0 }
        return lines
    }
}

/// Runs a closure with standard error redirected into a temporary file, and returns its lines.
enum StandardErrorCapture {
    static func lines(_ body: () throws -> Void) throws -> [String] {
        let path = NSTemporaryDirectory() + "galley-explain-\(getpid()).log"
        let file = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
        guard file >= 0 else { try body(); return [] }
        unlink(path)
        let saved = dup(STDERR_FILENO)
        dup2(file, STDERR_FILENO)
        defer {
            dup2(saved, STDERR_FILENO)
            close(saved)
            close(file)
        }
        try body()
        lseek(file, 0, SEEK_SET)
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(file, &buffer, buffer.count)
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
