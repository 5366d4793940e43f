// Reads lines from a file descriptor in chunks, without loading the whole stream.
import Foundation

/// Splits a byte stream into lines (`\n`, with a trailing `\r` dropped).
final class LineReader {
    private let descriptor: Int32
    private var buffer = Data()
    private var finished = false
    private let chunkSize = 1 << 16

    /// Reads from `descriptor` (not closed by the reader).
    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next line without its terminator, or nil at the end of the stream.
    func next() -> Data? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                var line = buffer[buffer.startIndex..<newline]
                buffer = buffer[(newline + 1)...]
                if line.last == 0x0D { line = line.dropLast() }
                return Data(line)
            }
            if finished {
                guard !buffer.isEmpty else { return nil }
                defer { buffer = Data() }
                return buffer.last == 0x0D ? Data(buffer.dropLast()) : Data(buffer)
            }
            fill()
        }
    }

    private func fill() {
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunkSize) }
        if count > 0 {
            buffer.append(contentsOf: chunk[0..<count])
        } else if count == 0 || errno != EINTR {
            finished = true
        }
    }
}
