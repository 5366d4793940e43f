// The word features of a simple line (SimpleScalars) read from its bytes: the twin of the word loop in OutlineFeatures.own.
import GalleyModel
import GalleySupport

/// Stop words, dotted names and identifiers among the first `OutlineFeatures.wordsRead` words of
/// a simple line. Every scalar of such a line is a Character of its own, so splitting at space
/// bytes and testing scalars with the flags table answers what the `Character` loop answers.
struct OutlineWordScan: Equatable {
    /// Words read (at most `OutlineFeatures.wordsRead`).
    var words = 0
    /// Words that are stop words of the text's language.
    var stops = 0
    /// A word such as `fs.read`: dot-separated parts, each starting with a letter or `_`.
    var dottedName = false
    /// A word such as `snake_case`, `a::b` or `camelCase`.
    var identifier = false

    /// Scans `text`, whose scalars are all simple: one pass over each word's bytes gives its stop-word
    /// hash, whether it holds a dot, `_` or `::`, and whether a capital follows a lower-case first
    /// letter (what `mask`, `isDottedName`'s guard and `isIdentifier` read in three passes; a test
    /// compares it with `init(byParts:stopMask:)`, which calls them).
    init(_ text: String, stopMask: UInt32) {
        var copy = text
        let table = ReaderScalars.bits, lowercaseMappings = SimpleScalars.lowercaseMappings, stopMasks = OutlineWordScan.stopMasks
        let alphabeticBit = ReaderScalars.alphabetic, lowerBit = ReaderScalars.lowercase, upperBit = ReaderScalars.uppercase
        copy.withUTF8 { buf in
            var i = 0
            let n = buf.count
            while i < n && words < OutlineFeatures.wordsRead {
                while i < n && buf[i] == 0x20 { i += 1 }
                if i >= n { break }
                let start = i
                var key = OutlineWordScan.hashSeed
                var dot = false, underscore = false, colons = 0, doubleColon = false
                var first = true, firstLower = false, upperAfter = false
                while i < n && buf[i] != 0x20 {
                    let byte = buf[i]
                    let flags: UInt16
                    if byte < 0x80 {
                        i += 1
                        // ASCII: letters lower-cased, digits kept, punctuation skipped (as `mask`).
                        if byte >= 0x41 && byte <= 0x5A { key = OutlineWordScan.hash(key, UInt32(byte) + 0x20) }
                        else if byte >= 0x61 && byte <= 0x7A || byte >= 0x30 && byte <= 0x39 { key = OutlineWordScan.hash(key, UInt32(byte)) }
                        if byte == 0x2E { dot = true } else if byte == 0x5F { underscore = true }
                        colons = byte == 0x3A ? colons + 1 : 0
                        if colons >= 2 { doubleColon = true }
                        flags = ReaderScalars.slot(UInt32(byte)).map { table[$0] } ?? 0
                    } else {
                        let (v, length) = ReaderScalars.scalar(buf, at: i)
                        i += length
                        colons = 0
                        if let slot = ReaderScalars.slot(v) {
                            flags = table[slot]
                            if flags & alphabeticBit != 0 { for lower in lowercaseMappings[slot] { key = OutlineWordScan.hash(key, lower) } }
                        } else {
                            flags = 0
                        }
                    }
                    if first {
                        first = false
                        firstLower = flags & lowerBit != 0
                    } else if flags & upperBit != 0 {
                        upperAfter = true
                    }
                }
                words += 1
                if stopMasks.mask(key) & stopMask != 0 { stops += 1 }
                if !dottedName, dot { dottedName = OutlineWordScan.isDottedName(UnsafeBufferPointer(rebasing: buf[start..<i])) }
                if !identifier { identifier = underscore || doubleColon || firstLower && upperAfter }
            }
        }
    }

    /// The scan as it was before the single pass: `mask`, `isDottedName` and `isIdentifier` per word.
    init(byParts text: String, stopMask: UInt32) {
        var copy = text
        copy.withUTF8 { buf in
            var i = 0
            let n = buf.count
            while i < n && words < OutlineFeatures.wordsRead {
                while i < n && buf[i] == 0x20 { i += 1 }
                if i >= n { break }
                let start = i
                while i < n && buf[i] != 0x20 { i += 1 }
                let word = UnsafeBufferPointer(rebasing: buf[start..<i])
                words += 1
                if OutlineWordScan.mask(word) & stopMask != 0 { stops += 1 }
                if !dottedName, word.contains(0x2E) { dottedName = OutlineWordScan.isDottedName(word) }
                if !identifier { identifier = OutlineWordScan.isIdentifier(word) }
            }
        }
    }

    /// `OutlineFeatures.mask(of:)` of a simple word.
    static func mask(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var key = OutlineWordScan.hashSeed
        var i = 0
        while i < word.count {
            let (v, length) = ReaderScalars.scalar(word, at: i)
            i += length
            if v < 0x80 {
                if v >= 0x41 && v <= 0x5A { key = OutlineWordScan.hash(key, v + 0x20) }
                else if v >= 0x61 && v <= 0x7A || v >= 0x30 && v <= 0x39 { key = OutlineWordScan.hash(key, v) }
                continue
            }
            guard let slot = ReaderScalars.slot(v), ReaderScalars.bits[slot] & ReaderScalars.alphabetic != 0 else { continue }
            for lower in SimpleScalars.lowercaseMappings[slot] { key = OutlineWordScan.hash(key, lower) }
        }
        return OutlineWordScan.stopMasks.mask(key)
    }

    /// `StopWords.hashSeed` and `StopWords.hash` (FNV-1a over scalar values), inlined here (a test compares them).
    static var hashSeed: UInt64 { 0xcbf2_9ce4_8422_2325 }
    @inline(__always) static func hash(_ hash: UInt64, _ scalar: UInt32) -> UInt64 { (hash ^ UInt64(scalar)) &* 0x100_0000_01b3 }

    /// `StopWords.masks` in open-addressing arrays (linear probing; a slot's mask is never 0, so 0 marks an empty slot):
    /// `mask(key)` answers `StopWords.masks[key] ?? 0` without hashing the key again.
    struct MaskTable {
        let keys: [UInt64]
        let masks: [UInt32]
        let slotMask: Int

        init(_ source: [UInt64: UInt32]) {
            var size = 16
            while size < 2 * source.count { size *= 2 }
            var keys = [UInt64](repeating: 0, count: size), masks = [UInt32](repeating: 0, count: size)
            // (Sorted keys: the layout does not depend on the dictionary's order.)
            for key in source.keys.sorted() {
                var i = MaskTable.slot(key, size - 1)
                while masks[i] != 0 { i = (i + 1) & (size - 1) }
                keys[i] = key
                masks[i] = source[key]!
                precondition(masks[i] != 0, "a stop-word mask of 0")
            }
            self.keys = keys
            self.masks = masks
            self.slotMask = size - 1
        }

        @inline(__always) static func slot(_ key: UInt64, _ slotMask: Int) -> Int {
            Int(truncatingIfNeeded: key ^ (key >> 31)) & slotMask
        }

        /// The mask of `key`, 0 when it is no stop word's.
        @inline(__always) func mask(_ key: UInt64) -> UInt32 {
            var i = MaskTable.slot(key, slotMask)
            while true {
                let m = masks[i]
                if m == 0 { return 0 }
                if keys[i] == key { return m }
                i = (i + 1) & slotMask
            }
        }
    }

    /// The stop-word masks, laid out once.
    static let stopMasks = MaskTable(StopWords.masks)

    /// Two or more `.`-separated parts, none empty, each starting with a letter or `_`.
    static func isDottedName(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var partStart = true
        for (i, byte) in word.enumerated() {
            if byte == 0x2E {
                if partStart { return false }  // an empty part
                partStart = true
                continue
            }
            if partStart {
                partStart = false
                if byte == 0x5F { continue }
                guard ReaderFlags(ReaderScalars.scalar(word, at: i).value).contains(.letter) else { return false }
            }
        }
        return !partStart
    }

    /// `_` or `::` inside, or a lower-case first letter with a capital after it.
    static func isIdentifier(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var colons = 0
        for byte in word {
            if byte == 0x5F { return true }
            colons = byte == 0x3A ? colons + 1 : 0
            if colons >= 2 { return true }
        }
        guard !word.isEmpty, ReaderFlags(ReaderScalars.scalar(word, at: 0).value).contains(.lowercase) else { return false }
        var i = ReaderScalars.scalar(word, at: 0).length
        while i < word.count {
            let (v, length) = ReaderScalars.scalar(word, at: i)
            if ReaderFlags(v).contains(.uppercase) { return true }
            i += length
        }
        return false
    }
}
