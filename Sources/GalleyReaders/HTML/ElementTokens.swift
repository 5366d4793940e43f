// The lower-cased class and id tokens of one element, as bytes, matched against many cue lists.
import GalleyModel
import GalleySupport

/// The class and id tokens of an element (lower-cased, split on white space), read once so that
/// several cue lists can be tried against them; matching is by bytes (a Foundation `contains` on
/// strings costs a CFString search each). The tokens are kept in one byte buffer with their bounds,
/// so reading an element allocates at most two arrays.
struct ElementTokens {
    /// The tokens' bytes, one after the other.
    private var bytes: [UInt8] = []
    /// Where each token starts and ends in `bytes`.
    private var bounds: [(start: Int, end: Int)] = []

    /// The tokens of element `index`.
    init(_ index: Int, tree: HTMLTree) {
        guard tree.nodes[index].attributeCount > 0 else { return }
        if let value = tree.attribute(.class, of: index), !value.isEmpty { add(value) }
        if let value = tree.attribute(.id, of: index), !value.isEmpty { add(value) }
    }

    /// The tokens of one class or id value (the tokens of an element are those of its two values).
    init(value: String) {
        if !value.isEmpty { add(value) }
    }

    /// Appends the tokens of one attribute value: ASCII values are lower-cased byte by byte (what
    /// `lowercased()` does to them), others through `lowercased()`.
    private mutating func add(_ value: String) {
        var isASCII = true
        for b in value.utf8 where b >= 0x80 { isASCII = false; break }
        if isASCII {
            append(value.utf8, lowerASCII: true)
        } else {
            append(value.lowercased().utf8, lowerASCII: false)
        }
    }

    private mutating func append(_ utf8: String.UTF8View, lowerASCII: Bool) {
        var tokenStart = bytes.count
        for b in utf8 {
            if b == 0x20 || b == 0x09 || b == 0x0A {
                if bytes.count > tokenStart { bounds.append((tokenStart, bytes.count)) }
                tokenStart = bytes.count
                continue
            }
            bytes.append(lowerASCII && b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
        }
        if bytes.count > tokenStart { bounds.append((tokenStart, bytes.count)) }
    }

    /// True when every byte of `text` is ASCII (then String keys that compare equal hold equal bytes:
    /// only such values are cached by the byte-level matchers).
    static func isASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { !$0.contains { $0 >= 0x80 } } ?? !text.utf8.contains { $0 >= 0x80 }
    }

    /// True when the element has no class or id token.
    var isEmpty: Bool { bounds.isEmpty }

    /// True when a token contains one of `parts` and none of `excluding`.
    func marks(_ parts: [[UInt8]], excluding: [[UInt8]] = []) -> Bool {
        bytes.withUnsafeBufferPointer { all in
            for (start, end) in bounds {
                let token = UnsafeBufferPointer(rebasing: all[start..<end])
                if parts.contains(where: { Self.occurs($0, in: token) }) && !excluding.contains(where: { Self.occurs($0, in: token) }) {
                    return true
                }
            }
            return false
        }
    }

    /// True when a token contains one of `parts`, one of `with` and none of `excluding`
    /// (`elementor-author-box__name`: an author's name, though `box` alone marks a container).
    func marks(_ parts: [[UInt8]], with: [[UInt8]], excluding: [[UInt8]] = []) -> Bool {
        bytes.withUnsafeBufferPointer { all in
            for (start, end) in bounds {
                let token = UnsafeBufferPointer(rebasing: all[start..<end])
                if parts.contains(where: { Self.occurs($0, in: token) }) && with.contains(where: { Self.occurs($0, in: token) })
                    && !excluding.contains(where: { Self.occurs($0, in: token) }) {
                    return true
                }
            }
            return false
        }
    }

    /// True when `needle` (not empty) occurs in `hay`, byte for byte (as `SimpleScalars.containsBytes`).
    static func occurs(_ needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = needle.count
        guard n > 0, hay.count >= n else { return false }
        return needle.withUnsafeBufferPointer { pattern in
            let first = pattern[0]
            var start = 0
            let last = hay.count - n
            while start <= last {
                if hay[start] == first {
                    var k = 1
                    while k < n, hay[start + k] == pattern[k] { k += 1 }
                    if k == n { return true }
                }
                start += 1
            }
            return false
        }
    }
}

/// A sibling signature: tag and class value (what `"\(tag.rawValue) \(class)"` said, without building the string).
struct TagAndClass: Hashable {
    var tag: HTMLTag
    /// The class value's `HTMLNode.classID` when every class value of the page is interned (then
    /// `classes` is empty), else -1.
    var classID: Int32 = -1
    var classes: String

    init(tag: HTMLTag, classes: String) {
        self.tag = tag
        self.classes = classes
    }

    /// The signature of element `index`: by class ID when the page's class values are all interned
    /// (equal IDs, equal values), else by the value itself.
    init(_ index: Int, in tree: HTMLTree) {
        tag = tree.nodes[index].tag
        if tree.hasUninternedClass {
            classes = tree.attribute(.class, of: index) ?? ""
        } else {
            classID = tree.nodes[index].classID
            classes = ""
        }
    }
}

/// Which cue groups (each a list of parts, at most 64 groups) the class and id tokens of elements
/// mark, as bits: the answer of `ElementTokens.marks` for each group. An element's groups are
/// those of its class value and of its id value; a class value's are worked out once per distinct
/// ASCII value of the page (class values repeat from element to element).
struct TokenGroupCache {
    /// Every non-empty part with its group, filed under its first byte.
    private let partsByFirstByte: [[(part: [UInt8], group: Int)]]
    private var known: [String: UInt64] = [:]
    /// The groups found so far by class ID (`HTMLNode.classID`), nil while not worked out.
    private var byClassID: [UInt64?] = []

    init(groups: [[[UInt8]]]) {
        precondition(groups.count <= 64, "at most 64 cue groups fit a mask")
        var byFirst = [[(part: [UInt8], group: Int)]](repeating: [], count: 256)
        for (g, parts) in groups.enumerated() {
            for part in parts where !part.isEmpty { byFirst[Int(part[0])].append((part, g)) }
        }
        partsByFirstByte = byFirst
    }

    /// Bit `g` set when a token of element `index` contains a part of group `g`.
    mutating func mask(of index: Int, tree: HTMLTree) -> UInt64 {
        guard tree.nodes[index].attributeCount > 0 else { return 0 }
        let classID = tree.nodes[index].classID
        let classGroups: UInt64
        if classID >= 0 {
            // An interned class value: its groups remembered by ID (the same value as `known` keeps).
            let slot = Int(classID)
            if slot >= byClassID.count { byClassID += [UInt64?](repeating: nil, count: max(slot + 1, 2 * byClassID.count) - byClassID.count) }
            if let bits = byClassID[slot] {
                classGroups = bits
            } else {
                classGroups = groups(of: tree.classValues[slot], isClass: false)
                byClassID[slot] = classGroups
            }
        } else {
            classGroups = groups(of: tree.attribute(.class, of: index), isClass: true)
        }
        return classGroups | groups(of: tree.attribute(.id, of: index), isClass: false)
    }

    /// The groups marked by the tokens of one class or id value.
    private mutating func groups(of value: String?, isClass: Bool) -> UInt64 {
        guard let value, !value.isEmpty else { return 0 }
        // Cached only for ASCII class values: String keys compare by canonical equivalence, tokens
        // by bytes; ids are mostly unique to their element.
        let cacheable = isClass && ElementTokens.isASCII(value)
        if cacheable, let bits = known[value] { return bits }
        var bits: UInt64 = 0
        let ascii = cacheable || ElementTokens.isASCII(value)
        if ascii, let found = value.utf8.withContiguousStorageIfAvailable({ asciiGroups(of: $0) }) {
            bits = found
        } else {
            let lowered = ascii ? Array(value.utf8) : Array(value.lowercased().utf8)
            for token in lowered.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }) {
                bits |= groupsMarked(by: token.map { ascii && $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 })
            }
        }
        if cacheable { known[value] = bits }
        return bits
    }

    /// The groups of an ASCII value's tokens (cut at space, tab and line feed), each lower-cased
    /// into one reused buffer instead of an array per token.
    private func asciiGroups(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var bits: UInt64 = 0
        var token: [UInt8] = []
        token.reserveCapacity(min(bytes.count, 256))
        for b in bytes {
            if b == 0x20 || b == 0x09 || b == 0x0A {
                if !token.isEmpty { bits |= groupsMarked(by: token); token.removeAll(keepingCapacity: true) }
            } else {
                token.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
            }
        }
        if !token.isEmpty { bits |= groupsMarked(by: token) }
        return bits
    }

    /// The groups with a part occurring in `token` (lower-cased bytes): at each position, only the
    /// parts that start with the byte found there are compared.
    private func groupsMarked(by token: [UInt8]) -> UInt64 {
        var bits: UInt64 = 0
        token.withUnsafeBufferPointer { hay in
            for start in 0..<hay.count {
                for (part, g) in partsByFirstByte[Int(hay[start])] where part.count <= hay.count - start && bits & (1 << UInt64(g)) == 0 {
                    var k = 1
                    while k < part.count, hay[start + k] == part[k] { k += 1 }
                    if k == part.count { bits |= 1 << UInt64(g) }
                }
            }
        }
        return bits
    }
}
