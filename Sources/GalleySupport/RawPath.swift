// File-system paths as raw bytes: names that are not UTF-8 are opened as they are, and shown escaped.
import Foundation
import GalleyModel

/// Helpers for paths kept as the bytes the file system uses (Swift `String` would replace bytes
/// that are not UTF-8 by U+FFFD, and the file could then no longer be found).
package enum RawPath {
    /// Calls `body` with `path` as a NUL-terminated C string.
    package static func withCString<T>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        try (path + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    /// The path as text: itself when it is valid UTF-8, else with every byte that is not part of a
    /// valid UTF-8 sequence written `%XX` (upper-case hex), e.g. `caf%E9.txt`.
    package static func display(_ path: [UInt8]) -> String {
        if let text = String(validating: path, as: UTF8.self) { return text }
        var out = ""
        var i = 0
        while i < path.count {
            let length = validSequenceLength(path, at: i)
            if length > 0 {
                out += String(decoding: path[i..<(i + length)], as: UTF8.self)
                i += length
            } else {
                out += "%" + String(path[i], radix: 16, uppercase: true).leftPadded(to: 2)
                i += 1
            }
        }
        return out
    }

    /// True when `path` is not valid UTF-8 (its display form is escaped).
    static func needsEscaping(_ path: [UInt8]) -> Bool {
        String(validating: path, as: UTF8.self) == nil
    }

    /// The length of the valid UTF-8 sequence starting at `i` (0 when the byte there starts none).
    static func validSequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
        let lead = bytes[i]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard i + length <= bytes.count else { return 0 }
        return String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil ? 0 : length
    }

    /// `a/b` joined with one slash.
    package static func join(_ a: [UInt8], _ b: [UInt8]) -> [UInt8] {
        a.last == UInt8(ascii: "/") ? a + b : a + [UInt8(ascii: "/")] + b
    }

    /// The canonical absolute path (links resolved), or nil when it does not exist.
    package static func resolved(_ path: [UInt8]) -> [UInt8]? {
        withCString(path) { pointer -> [UInt8]? in
            guard let result = realpath(pointer, nil) else { return nil }
            defer { free(result) }
            return Array(UnsafeBufferPointer(start: UnsafeRawPointer(result).assumingMemoryBound(to: UInt8.self), count: strlen(result)))
        }
    }

    /// True when canonical path `inner` is `outer` or lies below it.
    package static func isInside(_ inner: [UInt8], _ outer: [UInt8]) -> Bool {
        if outer == [UInt8(ascii: "/")] { return inner.first == UInt8(ascii: "/") }
        return inner == outer || (inner.starts(with: outer) && inner[outer.count] == UInt8(ascii: "/"))
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
