// The cue lists and the fitted source order the HTML metadata reader uses, decoded from Models/.
import Foundation
import GalleyModel
import GalleySupport

/// Hand-written cue lists for visible bylines and dates (`Models/metadata-cues.json`).
struct MetadataCues: Decodable, Sendable {
    /// A class or id token containing one of these marks a byline element.
    var bylineClassParts: [String]
    /// … unless it also contains one of these (avatars, bios, job titles).
    var bylineExcludedParts: [String]
    /// Inside a byline, a class or id token containing one of these marks the element holding the
    /// name alone (`<div class="author"><a class="author-name">Jane Doe</a><span>Editor</span></div>`).
    var bylineNameParts: [String]
    /// … unless it also contains one of these (a part of the name: `first-name`).
    var bylineNameExcludedParts: [String]
    /// A class or id token containing one of these marks an element holding a date.
    var dateClassParts: [String]
    /// A `<time>` whose class, id or itemprop contains one of these is the publication time.
    var publishedTimeParts: [String]
    /// … and one containing one of these is a modification time (never the publication date).
    var modifiedTimeParts: [String]
    /// Lower-case words that never stand in an author's name ("comments", "share", "read").
    var nameRejectWords: [String]
    /// What ends the name in a byline (`John Smith | May 3`).
    var bylineSeparators: [String]
    /// The longest name accepted, in words and in characters.
    var nameMaxWords: Int
    var nameMaxCharacters: Int
    /// The share of a metadata title's words a heading must contain to count as the title.
    var titleAgreementShare: Double
    /// Byline elements with larger subtrees (in nodes) are containers, not bylines.
    var bylineMaxNodes: Int
    /// Lower-case words of a job title after a byline's name (`Jane Doe Senior Writer` → `Jane Doe`).
    var nameRoleWords: [String]
    /// Lower-case words that make a byline text no name at all (a comment's `Jane says`).
    var nameVoidWords: [String]
    /// Lower-case `twitter:labelN` values whose `twitter:dataN` names the author (`Written by`).
    var authorMetaLabels: [String]
    /// For each month, January first, the lower-case words that name it (names and abbreviations,
    /// English, German, French, Spanish, Italian, Portuguese, Polish, Dutch).
    var monthWords: [[String]]
    /// Lower-case weekday names and abbreviations (a date's `Sat,` left before its digits).
    var weekdayWords: [String]
    /// Lower-case words meaning "by" before an author's name (`By`, `Written by`, `von`, `przez`).
    var authorPrepositions: [String]
    /// Lower-case nouns naming the author, a label only before a colon (`Author:`, `Текст:`).
    var authorNouns: [String]
    /// Lower-case URL path segments of an author's page (`/author/jane-doe/`): a link to such a page
    /// names an author (`byline.link`).
    var authorPathSegments: [String]
    /// … unless the link stands in a menu: an ancestor `<nav>`, or one with a class or id piece (a
    /// token cut at `-` and `_`) starting with one of these (`navbar-nav`, `menu-item`, `dropdown`).
    var authorLinkExcludedParts: [String]
    /// What separates a headline from what a page's title adds to it (`Headline | Tagline`): a
    /// metadata title is also offered cut at its last (`<source>.cut`) and first (`.cutfirst`) one.
    var titleSeparators: [String]
    /// Lower-case function words (`the`, `this`, `was`): a byline whose words are mostly these is a
    /// phrase (`This post was`), not a name.
    var nameStopWords: [String]
    /// The largest share of a visible byline's words that may be `nameStopWords`.
    var nameMaxStopShare: Double

    /// Each month word with its month number (1-12).
    var monthNumbers: [String: Int] {
        var numbers = [String: Int]()
        for (i, words) in monthWords.enumerated() { for word in words where numbers[word] == nil { numbers[word] = i + 1 } }
        return numbers
    }

    /// The cues compiled into the binary.
    static let shared: MetadataCues = PageModelDecoding.decode(PageModelData.metadataCues, as: MetadataCues.self)
}

/// The class-token cue lists of `MetadataCues` as bytes, converted once (they are matched against
/// the tokens of every element of the body).
struct MetadataCueBytes: Sendable {
    var bylineClassParts: [[UInt8]]
    var bylineExcludedParts: [[UInt8]]
    var bylineNameParts: [[UInt8]]
    var bylineNameExcludedParts: [[UInt8]]
    var dateClassParts: [[UInt8]]
    var publishedTimeParts: [[UInt8]]
    var modifiedTimeParts: [[UInt8]]

    init(_ cues: MetadataCues) {
        let bytes = { (list: [String]) in list.map { Array($0.utf8) } }
        bylineClassParts = bytes(cues.bylineClassParts)
        bylineExcludedParts = bytes(cues.bylineExcludedParts)
        bylineNameParts = bytes(cues.bylineNameParts)
        bylineNameExcludedParts = bytes(cues.bylineNameExcludedParts)
        dateClassParts = bytes(cues.dateClassParts)
        publishedTimeParts = bytes(cues.publishedTimeParts)
        modifiedTimeParts = bytes(cues.modifiedTimeParts)
    }

    /// The compiled-in cues as bytes.
    static let shared = MetadataCueBytes(MetadataCues.shared)
}

/// For each metadata field, the order in which its sources are tried (`Models/metadata-precedence.json`,
/// fitted by `scripts/fit-metadata-precedence.py`): the first source with a value wins.
struct MetadataSourceOrder: Decodable, Sendable {
    var title: [String]
    var authors: [String]
    var published: [String]

    /// The order compiled into the binary.
    static let shared: MetadataSourceOrder = PageModelDecoding.decode(PageModelData.metadataPrecedence, as: MetadataSourceOrder.self)
}

/// Decoding of the embedded model files.
enum PageModelDecoding {
    /// The embedded JSON `text` decoded as `type`; a model that does not decode is a build error.
    static func decode<T: Decodable>(_ text: String, as type: T.Type) -> T {
        do {
            return try ModelJSONDecoder().decode(T.self, from: text)
        } catch {
            preconditionFailure("an embedded page model does not decode as \(T.self): \(error)")
        }
    }
}
