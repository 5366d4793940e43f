// The cue-word features of a simple line read from its bytes: the twin of the word loop in CueWordFeatures.rows.
import Foundation
import GalleyModel
import GalleySupport

/// Credit words and datelines among the first `OutlineFeatures.wordsRead` words of a simple line
/// (SimpleScalars). Every scalar of such a line is a `Character` of its own, so splitting at space
/// bytes and filtering scalars with the flags table gives the words and normalized forms that the
/// `Character` loop of `CueWordFeatures.rows` gives. A word whose normalized bytes are ASCII is
/// looked up in the lists only when its hash is among the lists' hashes (no String is made for the
/// rest); any other word is looked up as a String, as before.
struct CueWordScan: Equatable {
    /// A word of the line is a credit word.
    var credit = false
    /// The first word is a credit word.
    var creditFirst = false
    /// A month name stands next to a word holding a figure.
    var date = false

    /// FNV-1a over bytes.
    private static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) private static func hash(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x100_0000_01b3 }

    /// Hashes an ASCII byte of a word as its skeleton: letters lower-cased and digits (which mark
    /// the word a number) hashed, anything else skipped; the letters are A-Z and a-z, the numbers
    /// 0-9, as the flags table says.
    @inline(__always) private static func hashASCII(_ byte: UInt8, into h: inout UInt64, number: inout Bool) {
        if byte >= 0x30 && byte <= 0x39 {
            number = true
            h = hash(h, byte)
        } else if byte >= 0x61 && byte <= 0x7A {
            h = hash(h, byte)
        } else if byte >= 0x41 && byte <= 0x5A {
            h = hash(h, byte + 0x20)
        }
    }
    /// The bit of a hash in `listHashes`.
    @inline(__always) private static func bit(_ h: UInt64) -> (word: Int, mask: UInt64) {
        let b = Int(truncatingIfNeeded: (h >> 40) & 0xFFFF)
        return (b >> 6, 1 << UInt64(b & 63))
    }

    /// One bit per hash of every list word that equals (canonically) an ASCII string: its decomposed form's bytes.
    private static let listHashes: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for word in CueWordFeatures.creditWords.union(CueWordFeatures.monthWords) {
            // An ASCII string is its own canonical decomposition: a word equal to one decomposes to it.
            let decomposed = word.decomposedStringWithCanonicalMapping
            guard decomposed.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            let (w, m) = bit(decomposed.utf8.reduce(offset, hash))
            bits[w] |= m
        }
        return bits
    }()

    /// The features of `text`; nil when it is not simple (the `Character` loop answers then).
    /// A word is looked up as a String only when the hash of its skeleton is among the lists'
    /// skeleton hashes (`skeletonBits`); a word equal to a list word has that word's skeleton.
    init?(_ text: String) {
        guard ReaderScalars.isSimple(text) else { return nil }
        var copy = text
        var credit = false, creditFirst = false
        var months: UInt64 = 0, numbers: UInt64 = 0
        copy.withUTF8 { buf in
            let table = ReaderScalars.bits, lowercase = SimpleScalars.lowercase, skeletonBits = CueWordScan.skeletonBits
            let skeletons = CueWordScan.slotSkeletons
            let letterOrNumber = ReaderScalars.letter | ReaderScalars.number, numberBit = ReaderScalars.number
            let n = buf.count
            var start = 0
            var index = 0
            // Words split at every space (empty words count), as `split(separator: " ", omittingEmptySubsequences: false)`.
            while index < OutlineFeatures.wordsRead {
                var end = start
                while end < n && buf[end] != 0x20 { end += 1 }
                // FNV-1a over the skeleton's scalars (an ASCII letter or digit is its own skeleton).
                var h = CueWordScan.offset
                var number = false
                var i = start
                while i < end {
                    let byte = buf[i]
                    if byte < 0x80 {
                        i += 1
                        CueWordScan.hashASCII(byte, into: &h, number: &number)
                        continue
                    }
                    let (v, length) = ReaderScalars.scalar(buf, at: i)
                    i += length
                    let slot = ReaderScalars.slot(v)!
                    let flags = table[slot]
                    if flags & numberBit != 0 { number = true }
                    if flags & letterOrNumber != 0 { for scalar in skeletons[slot] { h = CueWordScan.hash(h, scalar) } }
                }
                var isCredit = false, isMonth = false
                let (w, m) = CueWordScan.bit(h)
                if skeletonBits[w] & m != 0 {
                    let word = CueWordScan.normalized(UnsafeBufferPointer(rebasing: buf[start..<end]), lowercase)
                    isCredit = CueWordFeatures.creditWords.contains(word)
                    isMonth = CueWordFeatures.monthWords.contains(word)
                }
                if isCredit { credit = true; if index == 0 { creditFirst = true } }
                if isMonth { months |= 1 << UInt64(index) }
                if number { numbers |= 1 << UInt64(index) }
                index += 1
                if end >= n { break }
                start = end + 1
            }
        }
        self.credit = credit
        self.creditFirst = creditFirst
        // A month with a figure in the word before or after it.
        self.date = months & (numbers << 1 | numbers >> 1) != 0
    }

    /// FNV-1a over scalar values (the byte version for ASCII: the same steps).
    @inline(__always) private static func hash(_ h: UInt64, _ scalar: UInt32) -> UInt64 { (h ^ UInt64(scalar)) &* 0x100_0000_01b3 }

    /// The skeleton of a string: the scalars of its canonical decomposition that combine with
    /// nothing before them (combining class 0), in order. Canonical reordering only moves marks
    /// between starters, so canonically equivalent strings have the same skeleton, and the skeleton
    /// of a concatenation is the concatenation of the skeletons.
    static func skeleton<S: StringProtocol>(_ text: S) -> [UInt32] {
        String(text).decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { $0.properties.canonicalCombiningClass == .notReordered }.map(\.value)
    }

    /// Per simple slot: the skeleton of what `normalized` appends for the scalar (its lower case).
    static let slotSkeletons: [[UInt32]] = SimpleScalars.lowercase.map { skeleton(String(decoding: $0, as: UTF8.self)) }

    /// One bit per skeleton hash of every list word.
    static let skeletonBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for word in CueWordFeatures.creditWords.union(CueWordFeatures.monthWords) {
            let (w, m) = bit(skeleton(word).reduce(offset) { hash($0, $1) })
            bits[w] |= m
        }
        return bits
    }()

    /// The scan before the skeleton filter: every word with a non-ASCII letter or figure looked up
    /// as a String (a test compares it with `init?(_:)`).
    init?(lookingUpNonASCII text: String) {
        guard ReaderScalars.isSimple(text) else { return nil }
        var copy = text
        var credit = false, creditFirst = false
        var months: UInt64 = 0, numbers: UInt64 = 0
        copy.withUTF8 { buf in
            let table = ReaderScalars.bits, lowercase = SimpleScalars.lowercase, hashes = CueWordScan.listHashes
            let letterOrNumber = ReaderScalars.letter | ReaderScalars.number, numberBit = ReaderScalars.number
            let n = buf.count
            var start = 0
            var index = 0
            // Words split at every space (empty words count), as `split(separator: " ", omittingEmptySubsequences: false)`.
            while index < OutlineFeatures.wordsRead {
                var end = start
                while end < n && buf[end] != 0x20 { end += 1 }
                var h = CueWordScan.offset
                var ascii = true, number = false
                var i = start
                while i < end {
                    let byte = buf[i]
                    if byte < 0x80 {
                        i += 1
                        CueWordScan.hashASCII(byte, into: &h, number: &number)
                        continue
                    }
                    let (v, length) = ReaderScalars.scalar(buf, at: i)
                    i += length
                    let flags = table[ReaderScalars.slot(v)!]
                    if flags & numberBit != 0 { number = true }
                    if flags & letterOrNumber != 0 { ascii = false }
                }
                var isCredit = false, isMonth = false
                let (w, m) = CueWordScan.bit(h)
                if !ascii || hashes[w] & m != 0 {
                    let word = CueWordScan.normalized(UnsafeBufferPointer(rebasing: buf[start..<end]), lowercase)
                    isCredit = CueWordFeatures.creditWords.contains(word)
                    isMonth = CueWordFeatures.monthWords.contains(word)
                }
                if isCredit { credit = true; if index == 0 { creditFirst = true } }
                if isMonth { months |= 1 << UInt64(index) }
                if number { numbers |= 1 << UInt64(index) }
                index += 1
                if end >= n { break }
                start = end + 1
            }
        }
        self.credit = credit
        self.creditFirst = creditFirst
        // A month with a figure in the word before or after it.
        self.date = months & (numbers << 1 | numbers >> 1) != 0
    }

    /// `CueWordFeatures.normalized` of a simple word: its letters and digits, lower-cased.
    private static func normalized(_ word: UnsafeBufferPointer<UInt8>, _ lowercase: [[UInt8]]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.count)
        var i = 0
        while i < word.count {
            let (v, length) = ReaderScalars.scalar(word, at: i)
            i += length
            let slot = ReaderScalars.slot(v)!
            guard ReaderScalars.bits[slot] & (ReaderScalars.letter | ReaderScalars.number) != 0 else { continue }
            bytes.append(contentsOf: lowercase[slot])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
