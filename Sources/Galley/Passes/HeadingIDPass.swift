// Gives every heading a stable, unique id: a slug of its text, with -1, -2 … on clashes.
import Foundation

/// Assigns each top-level heading an id: the slug of its text (`"What is Socialism?"` →
/// `what-is-socialism`), made unique with `-1`, `-2` … in document order. Ids are valid XML names.
public enum HeadingIDPass {
    /// The pass.
    public static let pass = Pass(name: "heading-ids", summary: "stable unique ids for every heading") { document in
        var document = document
        var used = UniqueIDs()
        document.blocks = document.blocks.flatteningSections.map { block in
            guard case .heading(var heading) = block.kind else { return block }
            heading.id = used.claim(slug(heading.content.plainText))
            var copy = block
            copy.kind = .heading(heading)
            return copy
        }
        return document
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// The slug of a text: lower case ASCII letters and digits joined by single hyphens,
    /// accents folded; `section` when nothing is left; prefixed `s-` when it starts with a digit.
    public static func slug(_ text: String) -> String {
        // ASCII needs no Foundation folding: folding it only lower-cases.
        let folded = text.utf8.allSatisfy { $0 < 0x80 } ? text.lowercased()
            : text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Self.posix).lowercased()
        var out = ""
        var length = 0  // out is ASCII: its count is its byte count
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            let isWordChar = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
            if isWordChar {
                if pendingHyphen && !out.isEmpty { out.append("-"); length += 1 }
                out.unicodeScalars.append(scalar)
                length += 1
                pendingHyphen = false
            } else if scalar != "'" && scalar != "’" {
                pendingHyphen = true
            }
            if length >= 60 { break }
        }
        if out.isEmpty { return "section" }
        if let first = out.first, first.isNumber { return "s-" + out }
        return out
    }
}
