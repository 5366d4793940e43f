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

    /// The cues compiled into the binary.
    static let shared: MetadataCues = PageModelDecoding.decode(PageModelData.metadataCues, as: MetadataCues.self)
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
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            preconditionFailure("an embedded page model does not decode as \(T.self): \(error)")
        }
    }
}
