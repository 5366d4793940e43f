// Fast paths for hot string operations, each exactly equal to the plain Swift/Foundation version.
import Foundation

extension String {
    /// `foldingWhitespace` without grapheme breaking, when that cannot change the result: it walks
    /// Unicode scalars, and gives up (nil) when a whitespace scalar touches a scalar that could join
    /// it into one `Character` (combining marks after it, prepended marks before it).
    var foldingWhitespaceByScalars: String? {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var previousWasSpace = false
        var previous: Unicode.Scalar?
        for scalar in unicodeScalars {
            let isSpace = scalar.isASCII
                ? (scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value))
                : scalar.properties.isWhitespace
            if let p = previous, isSpace != previousWasSpace || isSpace {
                // A boundary between whitespace and anything: both sides must be simple scalars.
                if (previousWasSpace && !Self.standsAlone(scalar)) || (isSpace && !Self.standsAlone(p)) { return nil }
            }
            if isSpace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(scalar)
            }
            previous = scalar
            previousWasSpace = isSpace
        }
        return String(out)
    }

    /// Scalars that never join a neighbouring whitespace scalar into one grapheme cluster.
    private static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x300 || (0x2000...0x206F).contains(v) && v != 0x200C && v != 0x200D
    }

    /// `contains(needle)` for an ASCII needle: a byte search when this string is ASCII too (exactly
    /// what Foundation's search finds then), Foundation's `contains` otherwise.
    func containsASCII(_ needle: String) -> Bool {
        if needle.isEmpty { return contains(needle) }
        let fast: Bool?? = utf8.withContiguousStorageIfAvailable { hay -> Bool? in
            guard hay.allSatisfy({ $0 < 0x80 }) else { return nil }
            return needle.utf8.withContiguousStorageIfAvailable { n -> Bool in
                guard hay.count >= n.count, let first = n.first else { return false }
                var i = 0
                let last = hay.count - n.count
                while i <= last {
                    if hay[i] == first {
                        var j = 1
                        while j < n.count && hay[i + j] == n[j] { j += 1 }
                        if j == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
        if let known = fast ?? nil { return known }
        return contains(needle)
    }

    /// For an ASCII string, its maximal runs of ASCII letters and digits — exactly what
    /// `split(whereSeparator: { !$0.isLetter && !$0.isNumber })` gives then; nil for other strings.
    var asciiAlphanumericTokens: [String]? {
        var tokens: [String] = []
        var current: [UInt8] = []
        for byte in utf8 {
            guard byte < 0x80 else { return nil }
            let isAlphanumeric = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            if isAlphanumeric {
                current.append(byte)
            } else if !current.isEmpty {
                tokens.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
        return tokens
    }
}
