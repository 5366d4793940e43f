// Reads back the entries of a ZIP made by ZipWriter (used to inspect and test written books).
import Foundation
import ZIPFoundation
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// A minimal reader for single-disk ZIP archives without ZIP64 (what `ZipWriter` makes).
enum ZipReader {
    /// One entry: its name, compression method (0 stored, 8 deflated), extra-field length and bytes.
    struct Entry: Sendable, Equatable {
        /// The entry name.
        var name: String
        /// 0 = stored, 8 = deflated.
        var method: UInt16
        /// The local header's extra-field length.
        var extraLength: Int
        /// The uncompressed contents.
        var data: Data
    }

    /// The entries in archive order, or nil when `zip` is not such an archive.
    static func entries(_ zip: Data) -> [Entry]? {
        let bytes = [UInt8](zip)
        func u16(_ at: Int) -> Int? { at + 2 <= bytes.count ? Int(bytes[at]) | Int(bytes[at + 1]) << 8 : nil }
        func u32(_ at: Int) -> Int? {
            guard let lo = u16(at), let hi = u16(at + 2) else { return nil }
            return lo | hi << 16
        }
        var entries: [Entry] = []
        var at = 0
        while let signature = u32(at), signature == 0x0403_4b50 {
            guard let method = u16(at + 8), let compressed = u32(at + 18), let size = u32(at + 22),
                  let nameLength = u16(at + 26), let extraLength = u16(at + 28) else { return nil }
            let nameStart = at + 30
            let dataStart = nameStart + nameLength + extraLength
            guard dataStart + compressed <= bytes.count else { return nil }
            let name = String(decoding: bytes[nameStart..<nameStart + nameLength], as: UTF8.self)
            let payload = Data(bytes[dataStart..<dataStart + compressed])
            var contents = payload
            if method == 8 {
                var out = Data()
                _ = try? Data.decompress(size: Int64(compressed), bufferSize: 64 * 1024, skipCRC32: true, provider: { position, chunk in
                    let start = min(payload.count, Int(position))
                    return payload.subdata(in: start..<min(payload.count, start + chunk))
                }, consumer: { out.append($0) })
                guard out.count == size else { return nil }
                contents = out
            } else if method != 0 {
                return nil
            }
            entries.append(Entry(name: name, method: UInt16(method), extraLength: extraLength, data: contents))
            at = dataStart + compressed
        }
        return entries
    }
}
