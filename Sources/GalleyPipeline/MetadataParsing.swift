// Metadata from YAML text and from `-M key=value` pairs (read like Markdown front matter).
import Foundation
import GalleyModel
import GalleySupport
import GalleyReaders
import GalleyPasses
import GalleyWriters

extension Metadata {
    /// Metadata from YAML text read like Markdown front matter (the same keys and aliases; keys
    /// Galley has no field for kept in `extra`). Throws when the text is not a YAML mapping.
    public static func fromYAML(_ yaml: String) throws -> Metadata {
        try FrontMatter.metadata(fromYAML: yaml).0
    }

    /// Metadata from `key=value` pairs (pandoc's `-M`): a key given several times becomes a list.
    public static func fromPairs(_ pairs: [String]) throws -> Metadata {
        var order: [String] = []
        var values: [String: [String]] = [:]
        for pair in pairs {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = parts[0].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || "_-.".contains($0) }) else {
                throw GalleyError(stage: .options, message: "-M takes KEY=VALUE with a plain key (letters, digits, '_', '-', '.'); got '\(pair)'")
            }
            if values[key] == nil { order.append(key) }
            values[key, default: []].append(parts.count > 1 ? String(parts[1]) : "true")
        }
        let yaml = order.map { key -> String in
            let list = values[key] ?? []
            return list.count == 1 ? "\(key): \(MarkdownFrontMatter.quoted(list[0]))"
                : "\(key):\n" + list.map { "  - " + MarkdownFrontMatter.quoted($0) }.joined(separator: "\n")
        }.joined(separator: "\n")
        return try fromYAML(yaml)
    }
}
