// An element's class and id, lower-cased as bytes, with fast substring and token tests.

/// The lower-cased `class` and `id` of an element (joined by a space), searched byte-wise:
/// Foundation's `String.contains` is far too slow to run over every element of a page.
struct ClassNames: CustomStringConvertible {
    /// The lower-cased ASCII bytes (other bytes kept as they are).
    let bytes: [UInt8]

    /// Lower-cases `text` byte-wise.
    init(_ text: String) {
        bytes = text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
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

    /// True when any of `needles` occurs.
    func containsAny(_ needles: [[UInt8]]) -> Bool {
        needles.contains { contains($0) }
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

    /// Byte arrays of words, for `containsAny`.
    static func words(_ list: [String]) -> [[UInt8]] {
        list.map { Array($0.utf8) }
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
