// Scans a WARC file (plain, or gzip with one member per record as crawlers write it) into its records, and reads one record's content back.
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// Reading WARC files.
enum WARCArchive {
    /// A record (or a whole file's worth of gzip member) larger than this once decompressed is refused.
    static let maximumMemberSize = 1 << 30

    /// True when the bytes start a WARC file: `WARC/` plainly, or inside a gzip member.
    static func isWARC(head bytes: [UInt8]) -> Bool {
        let magic = Array("WARC/".utf8)
        if bytes.starts(with: magic) { return true }
        guard Gzip.isGzip(bytes) else { return false }
        return bytes.withUnsafeBytes { buffer in
            guard let member = Gzip.member(buffer, at: 0, limit: 64, stopAfter: 16) else { return false }
            return member.bytes.starts(with: magic)
        }
    }

    /// The result of a scan: the records in file order, and problems met.
    struct Scan {
        var records: [WARCRecord] = []
        var problems: [String] = []
    }

    /// Reads every record's header (and, for responses, the HTTP header) of the WARC at `path`.
    static func scan(path: String) throws -> Scan {
        let data = try mapped(path)
        var scan = Scan()
        data.withUnsafeBytes { file in
            if Gzip.isGzip(file) {
                var offset = 0
                while offset < file.count {
                    guard let member = Gzip.member(file, at: offset, limit: maximumMemberSize) else {
                        scan.problems.append("bytes after offset \(offset) are not a gzip member; the rest of the file is ignored")
                        break
                    }
                    if !member.complete {
                        scan.problems.append(member.bytes.count >= maximumMemberSize
                            ? "the gzip member at offset \(offset) expands past \(maximumMemberSize >> 20) MiB; the rest of the file is ignored"
                            : "the gzip member at offset \(offset) is cut short or corrupt; the rest of the file is ignored")
                    }
                    member.bytes.withUnsafeBytes { records(in: $0, member: offset, into: &scan) }
                    if !member.complete { break }
                    offset = member.end
                }
            } else {
                records(in: file, member: nil, into: &scan)
            }
        }
        return scan
    }

    /// The content block of the record at `location`.
    static func content(path: String, at location: WARCLocation) throws -> [UInt8] {
        let data = try mapped(path)
        return try data.withUnsafeBytes { file -> [UInt8] in
            guard let member = location.member else {
                guard location.offset + location.length <= file.count else { throw WARCError.moved }
                return Array(UnsafeRawBufferPointer(rebasing: file[location.offset..<(location.offset + location.length)]))
            }
            let end = location.offset + location.length
            guard let inflated = Gzip.member(file, at: member, limit: maximumMemberSize, stopAfter: end), inflated.bytes.count >= end else {
                throw WARCError.moved
            }
            return Array(inflated.bytes[location.offset..<end])
        }
    }

    private static func mapped(_ path: String) throws -> Data {
        do { return try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) } catch {
            throw GalleyError(path: path, stage: .read, message: "cannot read the WARC file (\(error.localizedDescription))")
        }
    }

    /// Appends the records in `bytes` (one decompressed member, or a whole plain file).
    private static func records(in bytes: UnsafeRawBufferPointer, member: Int?, into scan: inout Scan) {
        let magic = Array("WARC/".utf8)
        var offset = 0
        while offset < bytes.count {
            while offset < bytes.count && (bytes[offset] == 0x0D || bytes[offset] == 0x0A) { offset += 1 }
            guard offset < bytes.count else { break }
            let place = member.map { "gzip member at offset \($0)" } ?? "offset \(offset)"
            guard bytes.count - offset >= magic.count, UnsafeRawBufferPointer(rebasing: bytes[offset...]).starts(with: magic),
                  let lineEnd = UnsafeRawBufferPointer(rebasing: bytes[offset...]).firstIndex(of: 0x0A) else {
                scan.problems.append("no WARC record starts at \(place); the rest is ignored")
                return
            }
            guard let (headers, contentStart) = HeaderFields.parse(bytes, from: offset + lineEnd + 1),
                  let length = headers["Content-Length"].flatMap({ Int($0) }), length >= 0 else {
                scan.problems.append("the WARC record at \(place) has no readable header or Content-Length; the rest is ignored")
                return
            }
            let available = min(length, bytes.count - contentStart)
            var record = WARCRecord(type: headers["WARC-Type"]?.lowercased() ?? "", headers: headers,
                                    location: WARCLocation(member: member, offset: contentStart, length: available))
            if available < length { scan.problems.append("the WARC record at \(place) is cut short (\(available) of \(length) bytes)") }
            if record.type == "response" || record.type == "revisit" {
                record.http = HTTPMessage.parseHead(UnsafeRawBufferPointer(rebasing: bytes[contentStart..<(contentStart + available)]))
            }
            scan.records.append(record)
            offset = contentStart + available
        }
    }
}

/// Why a record could not be read back.
enum WARCError: Error, CustomStringConvertible {
    case moved

    var description: String { "the WARC file changed while it was being converted" }
}
