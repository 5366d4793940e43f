// YAML front matter for Markdown output: fixed key order, every string double-quoted.
import Foundation
import GalleyModel
import GalleySupport

/// Writes `Metadata` as a YAML front matter block: the fields of `MetadataField.all` in its order,
/// the verbatim entries, then the archive capture.
package enum MarkdownFrontMatter {
    /// The block, from `---` to `---` with a trailing newline; empty when there is no metadata.
    /// A blank line stands before the closing `---`: YAML ignores it, and a CommonMark reader that
    /// does not know front matter then sees a thematic break instead of reading the last
    /// `key: value` line as a setext heading.
    static func render(_ metadata: Metadata, style: FrontMatterStyle = .galley) -> String {
        var lines: [String] = []
        let names = FrontMatterNames(metadata: metadata, style: style)
        func scalar(_ field: String, _ value: String?) {
            if let value, !value.isEmpty { lines.append("\(names[field]): \(quoted(value))") }
        }
        func list(_ field: String, _ values: [String]) {
            guard !values.isEmpty else { return }
            lines.append("\(names[field]):")
            lines += values.map { "  - " + quoted($0) }
        }
        for field in MetadataField.all {
            switch field.storage {
            case .text(let path): scalar(field.frontMatterKey, metadata[keyPath: path])
            case .list(let path): list(field.frontMatterKey, metadata[keyPath: path])
            }
        }
        for entry in names.keptExtra { lines.append(entry.yaml) }
        if let archive = metadata.archive {
            lines.append("archive:")
            lines.append("  uri: " + quoted(archive.targetURI))
            if let date = archive.date { lines.append("  date: " + quoted(date)) }
            if let record = archive.recordID { lines.append("  record: " + quoted(record)) }
            if let digest = archive.payloadDigest { lines.append("  digest: " + quoted(digest)) }
        }
        guard !lines.isEmpty else { return "" }
        return "---\n" + lines.joined(separator: "\n") + "\n\n---\n"
    }

    /// A YAML double-quoted scalar: backslash, quote and control characters escaped.
    package static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if c.value < 0x20 || c.value == 0x7F || (0x80...0x9F).contains(c.value) || c == "\u{2028}" || c == "\u{2029}" || c == "\u{FEFF}" {
                    out += String(format: "\\u%04X", c.value)
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }
}
