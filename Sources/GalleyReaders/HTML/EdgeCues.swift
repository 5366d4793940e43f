// Phrases that mark a sentence at the edge of an article as a prompt or a note rather than the article.
import GalleyModel
import GalleySupport

/// Cue phrases of boilerplate that is written as sentences: newsletter and subscription prompts,
/// "follow us" lines, affiliate disclosures, contributor notes, comment-moderation notes, author
/// bios and photo credits. Matched as whole words on lower-cased ASCII bytes; only
/// used on the few blocks at the start and end of the content.
enum EdgeCues {
    private static func bytes(_ list: [String]) -> [[UInt8]] { list.map { Array($0.utf8) } }

    private static let prompts = bytes([
        "subscribe", "sign up", "signup", "newsletter", "follow us", "follow him", "follow her", "follow me on", "follow me at",
        "follow them on", "follow @", "sister publication", "sister title", "sister magazine", "get a subscription",
        "share it with", "like this story", "like this article", "if you enjoyed this", "if you liked this",
    ])
    private static let disclosures = bytes(["contain affiliate", "affiliate link", "referral link"])
    private static let contributors = bytes([
        "contributed to this report", "contributed reporting", "contributed to this story", "contributed to this article",
    ])

    private static let credits = bytes([
        "image:", "image by", "images:", "photo:", "photo by", "photos:", "photograph:", "photograph by", "picture:", "pictures:",
        "pic:", "credit:", "credits:", "image credit", "photo credit", "ap photo", "foto:", "fotos:", "bild:",
    ])

    /// True when `text` is a photo credit on its own ("(Image: Getty)", "Photo: Jane Doe", "(AP Photo/…)").
    static func isPhotoCredit(_ text: String) -> Bool {
        let bytes = ClassNames(text).bytes
        var start = 0
        while start < bytes.count, bytes[start] == 32 || bytes[start] == 40 || bytes[start] == 10 || bytes[start] == 9 { start += 1 }
        let rest = bytes[start...]
        return credits.contains { rest.starts(with: $0) }
    }

    private static let bioOpenings = bytes([" is a ", " is an ", " is the ", " is our ", "i am a ", "i am an ", "i'm a ", "i’m a "])
    private static let roles = bytes([
        "writer", "reporter", "journalist", "editor", "correspondent", "contributor", "columnist", "author", "curator",
        "freelance", "producer", "blogger", "photographer",
    ])

    /// True when `text` introduces its author ("Jane Doe is a reporter …", "I am a writer …"): the
    /// opening says who someone is within its first words and names a writing trade.
    static func isAuthorBio(_ text: String) -> Bool {
        let bytes = ClassNames(text).bytes
        let head = Array(bytes.prefix(60))
        guard bioOpenings.contains(where: { containsWord(head, $0) }) else { return false }
        return roles.contains { containsWord(bytes, $0) }
    }

    private static let commentWords = bytes(["comment", "coment", "komment"])
    private static let moderationWords = bytes(["moderat", "moderad"])

    private static let datelineOpenings = bytes(["published", "updated", "posted", "last updated"])

    /// True when a heading is a byline or dateline ("By Jane Doe", "Published Nov 18, 2019 at 4:07 PM").
    static func isBylineHeading(_ text: String) -> Bool {
        let bytes = Array(ClassNames(text).bytes.drop { $0 == 32 || $0 == 10 || $0 == 9 || $0 == 13 })
        if bytes.starts(with: Array("by ".utf8)) { return bytes.count <= 60 }
        return datelineOpenings.contains { bytes.starts(with: $0) } && bytes.contains { $0 >= 48 && $0 <= 57 }
    }

    /// Why `text` is boilerplate, or nil.
    static func reason(_ text: String) -> String? {
        let lowered = ClassNames(text).bytes
        if commentWords.contains(where: { contains(lowered, $0) }), moderationWords.contains(where: { contains(lowered, $0) }) {
            return "comment policy"
        }
        if contributors.contains(where: { containsWord(lowered, $0) }) { return "contributor note" }
        if prompts.contains(where: { containsWord(lowered, $0) }) { return "newsletter or follow prompt" }
        if disclosures.contains(where: { contains(lowered, $0) }) { return "affiliate disclosure" }
        return nil
    }

    /// True when `needle` occurs anywhere in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = needle.count, h = haystack.count
        guard n > 0, n <= h else { return false }
        var i = 0
        while i <= h - n {
            if haystack[i] == needle[0] {
                var j = 1
                while j < n && haystack[i + j] == needle[j] { j += 1 }
                if j == n { return true }
            }
            i += 1
        }
        return false
    }

    /// True when `needle` occurs in `haystack` with no letter right before or after it (where the
    /// needle itself starts or ends with a letter).
    static func containsWord(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = needle.count, h = haystack.count
        guard n > 0, n <= h else { return false }
        func isLetter(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || b >= 0xC3 }
        let open = isLetter(needle[0]), close = isLetter(needle[n - 1])
        var i = 0
        while i <= h - n {
            if haystack[i] == needle[0], !open || i == 0 || !isLetter(haystack[i - 1]), !close || i + n == h || !isLetter(haystack[i + n]) {
                var j = 1
                while j < n && haystack[i + j] == needle[j] { j += 1 }
                if j == n { return true }
            }
            i += 1
        }
        return false
    }
}
