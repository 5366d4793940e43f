// A small deterministic ZIP writer: entries in the order added, fixed timestamps, no extra fields.
import Foundation
import ZIPFoundation
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// Builds a ZIP archive in memory, byte for byte the same for the same entries and date.
///
/// Every entry gets the same DOS timestamp, no extra field, no data descriptor and fixed
/// "version made by" / attribute fields, so nothing of the machine or the clock leaks in.
/// `mimetype`-style entries are written stored (uncompressed); others are deflated with zlib.
struct ZipWriter {
    private struct CentralRecord {
        var name: [UInt8]
        var method: UInt16
        var crc: UInt32
        var compressedSize: UInt32
        var size: UInt32
        var offset: UInt32
    }

    private var data = Data()
    private var records: [CentralRecord] = []
    private let dosTime: UInt16
    private let dosDate: UInt16

    /// Creates a writer whose entries are all stamped with `date` (UTC, clamped to 1980–2107).
    init(date: Date) {
        let (d, t) = ZipWriter.dosDateTime(date)
        dosDate = d
        dosTime = t
    }

    /// The MS-DOS date and time of `date`, in UTC.
    static func dosDateTime(_ date: Date) -> (date: UInt16, time: UInt16) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let year = min(2107, max(1980, c.year ?? 1980))
        let clampedLow = (c.year ?? 1980) < 1980
        let month = clampedLow ? 1 : (c.month ?? 1)
        let day = clampedLow ? 1 : (c.day ?? 1)
        let hour = clampedLow ? 0 : (c.hour ?? 0)
        let minute = clampedLow ? 0 : (c.minute ?? 0)
        let second = clampedLow ? 0 : (c.second ?? 0)
        let d = UInt16((year - 1980) << 9 | month << 5 | day)
        let t = UInt16(hour << 11 | minute << 5 | second / 2)
        return (d, t)
    }

    /// Adds an entry; `compress` false stores it as is (required for an EPUB's `mimetype`).
    mutating func add(_ name: String, _ contents: Data, compress: Bool = true) throws {
        let crc = contents.crc32(checksum: 0)
        var payload = contents
        var method: UInt16 = 0
        if compress, !contents.isEmpty {
            var deflated = Data()
            _ = try Data.compress(size: Int64(contents.count), bufferSize: 64 * 1024, provider: { position, size in
                let start = min(contents.count, Int(position))
                return contents.subdata(in: start..<min(contents.count, start + size))
            }, consumer: { deflated.append($0) })
            if deflated.count < contents.count {
                payload = deflated
                method = 8
            }
        }
        guard data.count < Int(UInt32.max) - payload.count - 1024 else {
            throw GalleyError(stage: .write, message: "the book is too large for a ZIP archive without ZIP64")
        }
        let record = CentralRecord(name: Array(name.utf8), method: method, crc: crc,
                                   compressedSize: UInt32(payload.count), size: UInt32(contents.count),
                                   offset: UInt32(data.count))
        // Local file header.
        append32(0x0403_4b50)
        append16(20)              // version needed to extract: 2.0
        append16(0x0800)          // flags: names are UTF-8
        append16(record.method)
        append16(dosTime)
        append16(dosDate)
        append32(record.crc)
        append32(record.compressedSize)
        append32(record.size)
        append16(UInt16(record.name.count))
        append16(0)               // no extra field
        data.append(contentsOf: record.name)
        data.append(payload)
        records.append(record)
    }

    /// The finished archive: the entries, the central directory and its end record.
    mutating func finish() -> Data {
        let start = UInt32(data.count)
        for r in records {
            append32(0x0201_4b50)
            append16(0x0314)      // made by: UNIX, spec 2.0
            append16(20)
            append16(0x0800)
            append16(r.method)
            append16(dosTime)
            append16(dosDate)
            append32(r.crc)
            append32(r.compressedSize)
            append32(r.size)
            append16(UInt16(r.name.count))
            append16(0)           // extra field length
            append16(0)           // comment length
            append16(0)           // disk number
            append16(0)           // internal attributes
            append32(0o100644 << 16) // external attributes: regular file, rw-r--r--
            append32(r.offset)
            data.append(contentsOf: r.name)
        }
        let size = UInt32(data.count) - start
        append32(0x0605_4b50)
        append16(0)
        append16(0)
        append16(UInt16(truncatingIfNeeded: records.count))
        append16(UInt16(truncatingIfNeeded: records.count))
        append32(size)
        append32(start)
        append16(0)
        return data
    }

    private mutating func append16(_ v: UInt16) {
        data.append(UInt8(v & 0xff))
        data.append(UInt8(v >> 8))
    }

    private mutating func append32(_ v: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { data.append(UInt8((v >> UInt32(shift)) & 0xff)) }
    }
}
