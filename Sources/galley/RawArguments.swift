// Command-line paths as the bytes that were typed: a name that is not UTF-8 is still found.
import Foundation

/// Maps the path arguments ArgumentParser saw (Swift strings, where bytes that are not UTF-8
/// became U+FFFD) back to the raw bytes of `argv`.
enum RawArguments {
    /// The file-system bytes of each of `paths`, in order: the UTF-8 of a path without U+FFFD,
    /// else the first unused raw argument that decodes to it.
    static func bytes(for paths: [String]) -> [[UInt8]] {
        var raw: [[UInt8]] = []
        for i in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[i] else { continue }
            raw.append(Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))))
        }
        var used = Set<Int>()
        return paths.map { path in
            guard path.unicodeScalars.contains("\u{FFFD}") else { return Array(path.utf8) }
            for (index, bytes) in raw.enumerated() where !used.contains(index) && String(decoding: bytes, as: UTF8.self) == path {
                used.insert(index)
                return bytes
            }
            return Array(path.utf8)
        }
    }
}
