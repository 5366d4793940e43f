// Reads lines from a file descriptor in chunks, in linear time, without loading the whole stream.
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// Splits a byte stream into lines (`\n`, with a trailing `\r` dropped).
///
/// Each byte is searched for a newline once (the search resumes where the last one stopped), and
/// consumed bytes are dropped from the buffer as soon as they take up half of it, so a line of any
/// length costs time linear in its length and memory about twice its length.
final class LineReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    /// Where the current (unreturned) line starts.
    private var start = 0
    /// Bytes before this index (from `start`) hold no newline.
    private var scanned = 0
    private var finished = false
    private let chunkSize = 1 << 16
    /// 1-based number of the line last returned.
    private(set) var lineNumber = 0

    /// Reads from `descriptor` (not closed by the reader).
    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next line without its terminator, or nil at the end of the stream.
    func next() -> Data? {
        while true {
            if let newline = findNewline() {
                var end = newline
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                let line = Data(buffer[start..<end])
                start = newline + 1
                scanned = start
                lineNumber += 1
                return line
            }
            scanned = buffer.count
            if finished {
                guard start < buffer.count else { return nil }
                var end = buffer.count
                if buffer[end - 1] == 0x0D { end -= 1 }
                let line = Data(buffer[start..<end])
                start = buffer.count
                scanned = start
                lineNumber += 1
                return line
            }
            fill()
        }
    }

    private func findNewline() -> Int? {
        guard scanned < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { bytes -> Int? in
            guard let base = bytes.baseAddress,
                  let hit = memchr(base + scanned, 0x0A, bytes.count - scanned) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    private func fill() {
        if start > 0 && start * 2 >= buffer.count {
            buffer.removeFirst(start)
            scanned -= start
            start = 0
        }
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunkSize))
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + old, chunkSize) }
        buffer.removeLast(chunkSize - max(count, 0))
        if count == 0 || (count < 0 && errno != EINTR) { finished = true }
    }
}
