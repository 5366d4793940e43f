// Splits a leading YAML front matter block off Markdown and reads it into `Metadata`.
import Yams
import GalleyModel
import GalleySupport

/// YAML front matter (`---` … `---` or `...` at the very top of a Markdown file).
package enum FrontMatter {
    /// The result of splitting: metadata (nil when there was no usable block), the Markdown
    /// body, how many lines were removed before it, and warnings.
    package struct Split {
        var metadata: Metadata?
        var body: String
        var lineOffset: Int
        var warnings: [String]
    }

    /// Splits off the front matter. A block that is not valid YAML is kept as content with a
    /// warning; a block that is valid YAML but not a mapping (e.g. `---` rules around a line of
    /// text) is plain Markdown and kept silently.
    static func split(_ text: String) -> Split {
        let unchanged = Split(metadata: nil, body: text, lineOffset: 0, warnings: [])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, trimmed(first) == "---", lines.count > 2 else { return unchanged }
        guard let close = lines.indices.dropFirst().first(where: { trimmed(lines[$0]) == "---" || trimmed(lines[$0]) == "..." }),
              close > 1 else { return unchanged }
        let yaml = lines[1..<close].joined(separator: "\n")
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            var kept = unchanged
            kept.warnings.append("front matter is not valid YAML, kept as text: \(String(describing: error).prefix(200))")
            return kept
        }
        guard let node, case .mapping(let mapping) = node, !mapping.isEmpty else { return unchanged }
        var warnings: [String] = []
        let metadata = FrontMatterKeys.metadata(from: mapping, yaml: yaml, warnings: &warnings)
        let body = lines[(close + 1)...].joined(separator: "\n")
        return Split(metadata: metadata, body: body, lineOffset: close + 1, warnings: warnings)
    }

    /// Metadata from a YAML mapping's text (a metadata file, `-M` pairs), with the warnings met.
    package static func metadata(fromYAML yaml: String) throws -> (Metadata, [String]) {
        let node: Node?
        do { node = try Yams.compose(yaml: yaml) } catch {
            throw GalleyError(stage: .read, message: "not valid YAML: \(String(describing: error).prefix(200))")
        }
        guard let node else { return (Metadata(), []) }
        guard case .mapping(let mapping) = node else { throw GalleyError(stage: .read, message: "expected a YAML mapping of keys and values") }
        var warnings: [String] = []
        return (FrontMatterKeys.metadata(from: mapping, yaml: yaml, warnings: &warnings), warnings)
    }

    private static func trimmed(_ line: Substring) -> Substring {
        var line = line
        while let last = line.last, last == " " || last == "\t" || last == "\r" { line.removeLast() }
        return line
    }
}
