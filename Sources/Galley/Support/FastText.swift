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
}
