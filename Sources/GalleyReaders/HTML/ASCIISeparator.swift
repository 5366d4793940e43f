// A separator searched by bytes in ASCII text, where Foundation's range(of:) would find the same place.
import Foundation
import GalleyModel
import GalleySupport

/// A separator (`" | "`) prepared for byte search. In ASCII text an ASCII separator stands exactly
/// where its bytes do (one byte per character, no canonical equivalents), and a non-ASCII one whose
/// canonical decomposition is not ASCII stands nowhere; for any other separator or text the caller
/// falls back to Foundation.
struct ASCIISeparator: Sendable {
    /// The separator's bytes; empty: it never stands in ASCII text; nil: no byte form.
    let bytes: [UInt8]?

    init(_ separator: String) {
        if separator.isEmpty {
            bytes = nil
        } else if separator.utf8.allSatisfy({ $0 < 0x80 }) {
            bytes = Array(separator.utf8)
        } else {
            bytes = separator.decomposedStringWithCanonicalMapping.utf8.contains(where: { $0 >= 0x80 }) ? [] : nil
        }
    }

    /// The byte offset of the first (or, `backwards`, the last) place the separator starts in `text`,
    /// `.some(nil)` when it stands nowhere; nil when the text is not ASCII or the separator has no
    /// byte form.
    func offset<S: StringProtocol>(in text: S, backwards: Bool = false) -> Int?? {
        guard let needle = bytes else { return nil }
        return text.utf8.withContiguousStorageIfAvailable { hay -> Int?? in
            for b in hay where b >= 0x80 { return nil }
            guard let first = needle.first, needle.count <= hay.count else { return .some(nil) }
            let last = hay.count - needle.count
            func matches(_ i: Int) -> Bool {
                guard hay[i] == first else { return false }
                var k = 1
                while k < needle.count, hay[i + k] == needle[k] { k += 1 }
                return k == needle.count
            }
            if backwards {
                var i = last
                while i >= 0 { if matches(i) { return .some(i) }; i -= 1 }
            } else {
                var i = 0
                while i <= last { if matches(i) { return .some(i) }; i += 1 }
            }
            return .some(nil)
        } ?? nil
    }
}
