// The name cue lists of `MetadataCues` as sets and byte strings, built once instead of per byline.
import Foundation
import GalleySupport
import GalleyModel

/// The word lists `AuthorNames` looks words up in, as sets, and the byline separators as bytes.
struct NameCueSets: Sendable {
    /// `MetadataCues.nameVoidWords`, `nameRejectWords`, `nameStopWords`, `nameRoleWords`, `weekdayWords`.
    let void: Set<String>
    let rejected: Set<String>
    let stop: Set<String>
    let roles: Set<String>
    let weekdays: Set<String>
    /// Each byline separator's bytes when it is ASCII; an empty array for one that no ASCII text can
    /// hold (non-ASCII, and not canonically equivalent to ASCII); nil for any other.
    let separatorBytes: [[UInt8]?]
    /// The cues these were built from (to tell whether they serve other cues).
    private let cues: MetadataCues

    init(_ cues: MetadataCues) {
        self.cues = cues
        void = Set(cues.nameVoidWords)
        rejected = Set(cues.nameRejectWords)
        stop = Set(cues.nameStopWords)
        roles = Set(cues.nameRoleWords)
        weekdays = Set(cues.weekdayWords)
        separatorBytes = cues.bylineSeparators.map { separator in
            if separator.isEmpty { return nil }
            if separator.utf8.allSatisfy({ $0 < 0x80 }) { return Array(separator.utf8) }
            let decomposed = separator.decomposedStringWithCanonicalMapping
            return decomposed.utf8.contains(where: { $0 >= 0x80 }) ? [] : nil
        }
    }

    /// The sets of the compiled-in cues.
    static let shared = NameCueSets(MetadataCues.shared)

    /// The sets for `cues`: the shared ones when the lists are those (equal arrays of one buffer
    /// compare at once), else built anew.
    static func of(_ cues: MetadataCues) -> NameCueSets {
        let base = shared.cues
        if cues.nameVoidWords == base.nameVoidWords, cues.nameRejectWords == base.nameRejectWords,
           cues.nameStopWords == base.nameStopWords, cues.nameRoleWords == base.nameRoleWords,
           cues.weekdayWords == base.weekdayWords, cues.bylineSeparators == base.bylineSeparators {
            return shared
        }
        return NameCueSets(cues)
    }

    /// Where separator `index` first stands in an ASCII `text`, as a byte offset (-1: nowhere), as
    /// Foundation's `range(of:)` finds it (for ASCII text and separator, equal bytes). Nil when the
    /// text is not ASCII or the separator has no byte form.
    func asciiSeparatorCut(_ index: Int, in text: String) -> Int? {
        guard let needle = separatorBytes[index] else { return nil }
        return text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            for b in bytes where b >= 0x80 { return nil }
            guard let first = needle.first, needle.count <= bytes.count else { return -1 }
            var i = 0
            let last = bytes.count - needle.count
            while i <= last {
                if bytes[i] == first {
                    var k = 1
                    while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
                    if k == needle.count { return i }
                }
                i += 1
            }
            return -1
        } ?? nil
    }
}
