// The token lists the page-type features count (Models/page-type-cues.json), by page type or cue group.
import GalleyModel
import GalleySupport

/// Hand-written cue lists, grouped; each group gives one feature (`ld.<group>`, `url.<group>` …).
struct PageTypeCues: Decodable, Sendable {
    /// JSON-LD `@type` values (lower case) by group.
    var jsonldTypes: [String: [String]]
    /// `og:type` values by group.
    var ogTypes: [String: [String]]
    /// URL path segments (lower case, split at `/ - _ .`) by group.
    var urlTokens: [String: [String]]
    /// Parts of class or id tokens by group.
    var classParts: [String: [String]]
    /// Short texts (a button, a label: lower case, whole text or its start) by group.
    var textPhrases: [String: [String]]

    /// The cues compiled into the binary.
    static let shared: PageTypeCues = PageModelDecoding.decode(PageModelData.pageTypeCues, as: PageTypeCues.self)
}
