// An element's class and id, lower-cased as bytes, with fast substring and token tests.
import GalleyModel
import GalleySupport

/// The lower-cased `class` and `id` of an element (joined by a space), searched byte-wise:
/// Foundation's `String.contains` is far too slow to run over every element of a page.
struct ClassNames: CustomStringConvertible {
    /// The lower-cased ASCII bytes (other bytes kept as they are).
    let bytes: [UInt8]

    /// Lower-cases `text` byte-wise.
    init(_ text: String) {
        var lower = Array(text.utf8)  // one copy of a native string's bytes, then A-Z shifted in place
        for i in lower.indices where lower[i] >= 65 && lower[i] <= 90 { lower[i] += 32 }
        bytes = lower
    }

    /// True when there are no names.
    var isEmpty: Bool { bytes.isEmpty }

    var description: String { String(decoding: bytes, as: UTF8.self) }

    /// True when `needle` occurs anywhere.
    func contains(_ needle: [UInt8]) -> Bool {
        let n = needle.count, h = bytes.count
        guard n > 0, n <= h, let first = needle.first else { return n == 0 }
        var i = 0
        while i <= h - n {
            if bytes[i] == first {
                var j = 1
                while j < n && bytes[i + j] == needle[j] { j += 1 }
                if j == n { return true }
            }
            i += 1
        }
        return false
    }

    /// True when any word of `words` occurs (one pass over the bytes).
    func containsAny(_ words: WordSet) -> Bool {
        let h = bytes.count
        return bytes.withUnsafeBufferPointer { haystack in
            for i in 0..<h {
                for needle in words.startingWith[Int(haystack[i])] where i + needle.count <= h {
                    var j = 1
                    while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                    if j == needle.count { return true }
                }
            }
            return false
        }
    }

    /// `ClassNames(text).containsAny(words)`, lower-casing the bytes as it reads them (no array).
    static func containsAny(_ text: String, _ words: WordSet) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { haystack -> Bool in
            let h = haystack.count
            @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
            for i in 0..<h {
                for needle in words.startingWith[Int(lower(haystack[i]))] where i + needle.count <= h {
                    var j = 1
                    while j < needle.count && lower(haystack[i + j]) == needle[j] { j += 1 }
                    if j == needle.count { return true }
                }
            }
            return false
        } ?? ClassNames(text).containsAny(words)
    }

    /// True when some token (a run of letters and digits) satisfies `test`.
    func anyToken(_ test: (ArraySlice<UInt8>) -> Bool) -> Bool {
        var start = -1
        for i in 0...bytes.count {
            let alnum = i < bytes.count && ((bytes[i] >= 97 && bytes[i] <= 122) || (bytes[i] >= 48 && bytes[i] <= 57) || bytes[i] >= 128)
            if alnum {
                if start < 0 { start = i }
            } else if start >= 0 {
                if test(bytes[start..<i]) { return true }
                start = -1
            }
        }
        return false
    }

    /// A set of words, for `containsAny`.
    static func words(_ list: [String]) -> WordSet {
        WordSet(list)
    }
}

/// Words to look for in class names, grouped by their first byte so one pass finds any of them.
struct WordSet: Sendable {
    /// The words' bytes, by first byte (256 lists; empty words are dropped).
    let startingWith: [[[UInt8]]]

    /// Groups `list` (lower-case ASCII words) by first byte.
    init(_ list: [String]) {
        var groups = [[[UInt8]]](repeating: [], count: 256)
        for word in list where !word.isEmpty {
            let bytes = Array(word.utf8)
            groups[Int(bytes[0])].append(bytes)
        }
        startingWith = groups
    }
}

extension ArraySlice where Element == UInt8 {
    /// True when the slice spells `word`.
    func spells(_ word: StaticString) -> Bool {
        guard count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { buffer in zip(self, buffer).allSatisfy { $0 == $1 } }
    }

    /// True when the slice contains `word`.
    func has(_ word: StaticString) -> Bool {
        word.withUTF8Buffer { buffer in
            let n = buffer.count
            guard n <= count else { return false }
            var i = startIndex
            while i <= endIndex - n {
                if zip(self[i..<(i + n)], buffer).allSatisfy({ $0 == $1 }) { return true }
                i += 1
            }
            return false
        }
    }

    /// True when the slice starts with `word`.
    func begins(_ word: StaticString) -> Bool {
        word.withUTF8Buffer { buffer in count >= buffer.count && zip(self, buffer).allSatisfy { $0 == $1 } }
    }
}
