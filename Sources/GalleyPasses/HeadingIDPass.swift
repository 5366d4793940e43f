// Gives every heading a stable, unique id: a slug of its text, with -1, -2 … on clashes.
import Foundation
import GalleyModel
import GalleySupport

/// Assigns each top-level heading an id: the slug of its text (`"What is Socialism?"` →
/// `what-is-socialism`), made unique with `-1`, `-2` … in document order. Ids are valid XML names.
public enum HeadingIDPass {
    /// The pass.
    public static let pass = Pass(name: "heading-ids", summary: "stable unique ids for every heading") { document in
        var document = document
        var used = UniqueIDs()
        document.blocks = document.blocks.map { block in
            guard case .heading(var heading) = block.kind else { return block }
            heading.id = used.claim(slug(heading.content.plainText))
            var copy = block
            copy.kind = .heading(heading)
            return copy
        }
        return document
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// The slug of a text: lower-case letters and digits joined by single hyphens: accented Latin
    /// folded to ASCII (`Café` → `cafe`), the letters of other scripts kept (`Текст` → `текст`, like
    /// GitHub and pandoc; see `SlugScripts`); `section` when nothing is left; prefixed `s-` when it
    /// starts with a digit.
    public static func slug(_ text: String) -> String {
        var out = ""
        var length = 0  // in Unicode scalars
        var pendingHyphen = false
        func append(_ scalars: String.UnicodeScalarView) {
            if pendingHyphen && !out.isEmpty { out.append("-"); length += 1 }
            out.unicodeScalars.append(contentsOf: scalars)
            length += scalars.count
            pendingHyphen = false
        }
        for scalar in text.lowercased().unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                append(String(scalar).unicodeScalars)
            } else if scalar.isASCII {
                if scalar != "'" { pendingHyphen = true }
            } else if scalar == "’" {
                continue
            } else if SlugScripts.folded.contains(where: { $0.contains(scalar.value) }) {
                // Accented Latin and full-width forms fold to ASCII (é → e), as Galley always did.
                let folded = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Self.posix).lowercased()
                let kept = folded.unicodeScalars.filter { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || SlugScripts.isKept($0) && !SlugScripts.isMark($0) }
                if kept.isEmpty { pendingHyphen = true } else { append(String(String.UnicodeScalarView(kept)).unicodeScalars) }
            } else if SlugScripts.isKept(scalar) {
                // Letters, digits and combining marks of every other script are kept (Cyrillic, Greek, CJK, Devanagari ...).
                if out.isEmpty && SlugScripts.isMark(scalar) { continue }
                append(String(scalar).unicodeScalars)
            } else {
                pendingHyphen = true
            }
            if length >= 60 { break }
        }
        if out.isEmpty { return "section" }
        if let first = out.first, first.isNumber { return "s-" + out }
        return out
    }
}
