// Recognises WARC files and gzip-compressed inputs by their first bytes, not their names.
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// Content sniffing for archives and compressed inputs.
enum ArchiveSniffer {
    /// Bytes read to recognise a file.
    static let headLength = 4096

    /// True for names worth sniffing in a folder walk: `.warc`, `.gz`, or an extension Galley does not know.
    static func mayBeArchive(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".warc") || lower.hasSuffix(".gz") || InputFormat.detect(path: lower) == nil
    }

    /// The name a compressed file's content goes by: `page.html.gz` → `page.html`.
    static func innerName(_ name: String) -> String {
        name.lowercased().hasSuffix(".gz") ? String(name.dropLast(3)) : name
    }

    /// True when the file at `path` is a WARC file, plain or gzip-compressed.
    static func isWARC(path: [UInt8]) -> Bool {
        WARCArchive.isWARC(head: head(of: path))
    }

    /// The first bytes of a file (empty when it cannot be read).
    static func head(of path: [UInt8]) -> [UInt8] {
        let descriptor = RawPath.withCString(path) { open($0, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: headLength)
        let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, headLength) }
        return count > 0 ? Array(bytes[0..<count]) : []
    }
}
