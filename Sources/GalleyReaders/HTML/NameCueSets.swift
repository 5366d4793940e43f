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
    /// The byline separators, for byte search.
    let separators: [ASCIISeparator]
    /// The cues these were built from (to tell whether they serve other cues).
    private let cues: MetadataCues

    init(_ cues: MetadataCues) {
        self.cues = cues
        void = Set(cues.nameVoidWords)
        rejected = Set(cues.nameRejectWords)
        stop = Set(cues.nameStopWords)
        roles = Set(cues.nameRoleWords)
        weekdays = Set(cues.weekdayWords)
        separators = cues.bylineSeparators.map(ASCIISeparator.init)
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
}
