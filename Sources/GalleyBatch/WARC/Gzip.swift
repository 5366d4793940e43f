// Inflates gzip data (one member or many, as WARC crawlers write them) and raw zlib/deflate bodies.
import CGalleyZlib
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// gzip and deflate decompression with zlib, bounded in output size.
package enum Gzip {
    /// True when the bytes start with the gzip magic number.
    static func isGzip<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var iterator = bytes.makeIterator()
        return iterator.next() == 0x1F && iterator.next() == 0x8B
    }

    /// One decompressed gzip member: its bytes, and where the next member starts in the input.
    struct Member {
        var bytes: [UInt8]
        /// Offset (in the compressed input) just past this member.
        var end: Int
        /// False when the member was cut short (truncated file) or corrupt.
        var complete: Bool
    }

    /// Decompresses the gzip member starting at `offset` of `input`, up to `limit` output bytes
    /// (`stopAfter` bytes when only the start is needed). Nil when no member starts there.
    static func member(_ input: UnsafeRawBufferPointer, at offset: Int, limit: Int, stopAfter: Int = .max) -> Member? {
        guard offset + 1 < input.count, input[offset] == 0x1F, input[offset + 1] == 0x8B else { return nil }
        return inflate(input, at: offset, windowBits: 15 + 16, limit: limit, stopAfter: stopAfter)
    }

    /// Decompresses a whole gzip file: every member, concatenated (RFC 1952 allows several).
    /// - Throws: a message when the data is corrupt or larger than `limit` once decompressed.
    package static func decompressAll(_ data: Data, limit: Int) throws -> Data {
        try data.withUnsafeBytes { input -> Data in
            var out = Data()
            var offset = 0
            while offset < input.count {
                guard let member = member(input, at: offset, limit: limit - out.count) else {
                    if out.isEmpty { throw GzipError.corrupt }
                    break  // trailing garbage after the last member is ignored, as gzip does
                }
                guard member.complete else {
                    throw member.bytes.count >= limit - out.count ? GzipError.tooLarge(limit) : GzipError.truncated
                }
                out.append(contentsOf: member.bytes)
                offset = member.end
            }
            return out
        }
    }

    /// Decompresses an HTTP `Content-Encoding: deflate` body (zlib-wrapped, or raw deflate as some servers send).
    static func inflateHTTPDeflate(_ bytes: [UInt8], limit: Int) -> [UInt8]? {
        bytes.withUnsafeBytes { input in
            if let zlib = inflate(input, at: 0, windowBits: 15, limit: limit, stopAfter: .max), zlib.complete { return zlib.bytes }
            if let raw = inflate(input, at: 0, windowBits: -15, limit: limit, stopAfter: .max), raw.complete { return raw.bytes }
            return nil
        }
    }

    private static func inflate(_ input: UnsafeRawBufferPointer, at offset: Int, windowBits: Int32, limit: Int, stopAfter: Int) -> Member? {
        guard offset < input.count, let base = input.baseAddress else { return nil }
        var stream = z_stream()
        guard galley_inflate_init(&stream, windowBits) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        let available = input.count - offset
        stream.next_in = UnsafeMutablePointer(mutating: base.advanced(by: offset).assumingMemoryBound(to: Bytef.self))
        stream.avail_in = uInt(min(available, Int(UInt32.max)))
        var out: [UInt8] = []
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        var status: Int32 = Z_OK
        while true {
            let produced: Int = buffer.withUnsafeMutableBufferPointer { chunkBuffer in
                stream.next_out = chunkBuffer.baseAddress
                stream.avail_out = uInt(chunk)
                status = CGalleyZlib.inflate(&stream, Z_NO_FLUSH)
                return chunk - Int(stream.avail_out)
            }
            out.append(contentsOf: buffer[0..<produced])
            if status == Z_STREAM_END { break }
            if status != Z_OK && status != Z_BUF_ERROR {
                return out.isEmpty && stream.total_in == 0 ? nil : Member(bytes: out, end: offset + Int(stream.total_in), complete: false)
            }
            if out.count >= stopAfter || out.count >= limit { return Member(bytes: out, end: offset + Int(stream.total_in), complete: false) }
            if produced == 0 && stream.avail_in == 0 { return Member(bytes: out, end: offset + Int(stream.total_in), complete: false) }
            if status == Z_BUF_ERROR && produced == 0 { return Member(bytes: out, end: offset + Int(stream.total_in), complete: false) }
        }
        return Member(bytes: out, end: offset + Int(stream.total_in), complete: true)
    }
}

/// Why gzip data could not be decompressed.
enum GzipError: Error, CustomStringConvertible {
    case corrupt
    case truncated
    case tooLarge(Int)

    var description: String {
        switch self {
        case .corrupt: return "gzip data is corrupt"
        case .truncated: return "gzip data is cut short"
        case .tooLarge(let limit): return "gzip data expands past \(limit / (1 << 20)) MiB"
        }
    }
}
