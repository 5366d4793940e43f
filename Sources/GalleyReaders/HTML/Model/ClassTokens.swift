// Class and id names read as tokens (split on punctuation and camelCase) and matched against the cue groups.
import Foundation
import GalleyModel
import GalleySupport

/// The cue-word groups of `Models/extraction-cues.json`: each group a set of class/id tokens
/// (`two-col-sidebar-right` reads as `two col sidebar right`, so it carries the `sidebar` cue as one
/// token among four, never as a substring; the model weighs it with everything else).
struct ExtractionCues: Decodable, Sendable {
    /// Group name to its tokens (lower case).
    var groups: [String: [String]]
    /// Group name to cue phrases matched in a unit's own text (see `ExtractionTextCues`).
    var textGroups: [String: [String]]?
    /// When a page's `noscript` fallbacks are kept as its content (see `NoscriptPage`).
    var noscriptPage: NoscriptLimits?
    /// When a forum thread keeps every post (see `ThreadPosts`).
    var thread: ThreadLimits?

    /// The word counts of `NoscriptPage.holdsThePage`.
    struct NoscriptLimits: Decodable, Sendable {
        var minWords: Int
        var ratio: Double
    }

    /// The limits of `ThreadPosts.keepWholeThread`.
    struct ThreadLimits: Decodable, Sendable {
        /// The page-type model's forum probability at or above which a page is a thread.
        var minForumProbability: Double
        /// How many posts of one group the model must have kept some of.
        var minKeptPosts: Int
        /// The share of the kept characters the group must hold (the thread is the content).
        var minKeptShare: Double
    }

    /// The group names in a fixed order (sorted), so feature columns are stable.
    var names: [String] { groups.keys.sorted() }

    /// The cues compiled into the binary.
    static let shared: ExtractionCues = {
        do {
            return try ModelJSONDecoder().decode(ExtractionCues.self, from: ExtractionModelData.cues)
        } catch {
            preconditionFailure("the embedded extraction cues do not decode: \(error)")
        }
    }()

    /// Token to the bit mask of the groups holding it.
    static let masks: [String: UInt32] = {
        var out: [String: UInt32] = [:]
        for (bit, name) in shared.names.enumerated() {
            for token in shared.groups[name] ?? [] { out[token, default: 0] |= 1 << UInt32(bit) }
        }
        return out
    }()

    /// The bit of one group (0 when there is no such group).
    static func groupMask(_ name: String) -> UInt32 {
        shared.names.firstIndex(of: name).map { 1 << UInt32($0) } ?? 0
    }

    /// The groups (as a bit mask over `names`) that the tokens of a class/id string carry.
    static func mask(of names: String) -> UInt32 {
        var mask: UInt32 = 0
        guard asciiTokenLimit > 0, ElementTokens.isASCII(names) else {
            for token in tokens(names) { mask |= masks[token] ?? 0 }
            return mask
        }
        // ASCII names: a token longer than every cue token, or of no cue token's shape, is not
        // looked up (an ASCII string equals an ASCII key only byte for byte).
        let limit = asciiTokenLimit
        let shapes = keyShapes
        forEachToken(names) { token in
            if token.count <= limit, shapes[shapeSlot(token[0], token[token.count - 1])] & (1 << UInt32(min(token.count, 31))) != 0 {
                mask |= masks[String(decoding: token, as: UTF8.self)] ?? 0
            }
        }
        return mask
    }

    /// Per first and last byte of a token (see `shapeSlot`): bit `n` set when a cue token of that
    /// many bytes (bit 31: 31 or more) starts and ends so. A token of another shape is no key, and
    /// is not looked up.
    private static let keyShapes: [UInt32] = {
        var out = [UInt32](repeating: 0, count: 37 * 37)
        for key in masks.keys {
            let bytes = Array(key.utf8)
            guard let first = bytes.first, let last = bytes.last else { continue }
            out[shapeSlot(first, last)] |= 1 << UInt32(min(bytes.count, 31))
        }
        return out
    }()

    /// The slot of a token's first and last bytes in `keyShapes`: digits and lower-case ASCII
    /// letters each their own, every other byte one shared slot (also the text cues' first words').
    @inline(__always)
    static func shapeSlot(_ first: UInt8, _ last: UInt8) -> Int {
        func code(_ b: UInt8) -> Int {
            if b >= 0x30 && b <= 0x39 { return Int(b - 0x30) }
            if b >= 0x61 && b <= 0x7A { return Int(b - 0x61) + 10 }
            return 36
        }
        return code(first) * 37 + code(last)
    }

    /// The byte length of the longest cue token when every cue token is ASCII (0 otherwise: then
    /// `mask(of:)` always goes through `tokens`).
    private static let asciiTokenLimit: Int = masks.keys.allSatisfy(ElementTokens.isASCII) ? masks.keys.map(\.utf8.count).max() ?? 0 : 0

    /// Splits a class/id string into lower-case tokens: on every character that is not a letter or
    /// digit, and between a lower-case letter and an upper-case one (`mainContent` → `main content`).
    static func tokens(_ names: String) -> [String] {
        var out: [String] = []
        forEachToken(names) { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }

    /// Calls `body` with the lower-cased bytes of each token of `names`, split as `tokens(_:)`
    /// says, all in one reused buffer (no String or array per token).
    static func forEachToken(_ names: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(names.utf8.count, 1)) { buffer in
            var length = 0
            var previousLower = false
            func flush() {
                if length > 0 { body(UnsafeBufferPointer(rebasing: buffer[0..<length])) }
                length = 0
            }
            for b in names.utf8 {
                let upper = b >= 65 && b <= 90
                let lower = b >= 97 && b <= 122
                let digit = b >= 48 && b <= 57
                if upper {
                    if previousLower { flush() }
                    buffer[length] = b + 32
                    length += 1
                } else if lower || digit || b >= 128 {
                    buffer[length] = b
                    length += 1
                } else {
                    flush()
                }
                previousLower = lower || digit
            }
            flush()
        }
    }
}

/// `ExtractionCues.mask(of: class + " " + id)`, as the class value's mask (remembered per value)
/// joined with the id value's: the tokens of `class + " " + id` are those of the class followed by
/// those of the id. Only ASCII class values are remembered: String keys compare by canonical
/// equivalence, the mask reads bytes; ids are mostly unique to their element and not remembered.
struct CueMaskCache {
    private var known: [String: UInt32] = [:]
    /// The masks found so far by class ID (`HTMLNode.classID`; bit 32 set: known).
    private var byClassID: [UInt64] = []

    /// The cue groups of an element's class and id values; `classID` is the class value's
    /// `HTMLNode.classID` when known (an array look-up instead of hashing the value).
    mutating func mask(class c: String, id i: String, classID: Int32 = -1) -> UInt32 {
        var mask: UInt32 = 0
        if classID >= 0 {
            let slot = Int(classID)
            if slot >= byClassID.count { byClassID += [UInt64](repeating: 0, count: max(slot + 1, 2 * byClassID.count) - byClassID.count) }
            if byClassID[slot] != 0 {
                mask = UInt32(truncatingIfNeeded: byClassID[slot])
            } else {
                mask = ExtractionCues.mask(of: c)
                byClassID[slot] = UInt64(mask) | 1 << 32
            }
        } else if !c.isEmpty {
            if !ElementTokens.isASCII(c) {
                mask = ExtractionCues.mask(of: c)
            } else if let remembered = known[c] {
                mask = remembered
            } else {
                mask = ExtractionCues.mask(of: c)
                known[c] = mask
            }
        }
        if !i.isEmpty { mask |= ExtractionCues.mask(of: i) }
        return mask
    }
}
