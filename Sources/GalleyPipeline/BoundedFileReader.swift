// Reads an input file only after checking its size, and refuses binary inputs from their first bytes.
import Foundation
import GalleyModel
import GalleySupport
import GalleyReaders
import GalleyPasses
import GalleyWriters

/// Size limits on what Galley reads into memory.
public enum InputLimits {
    /// The largest input (or image, stylesheet, manifest) read by default: 256 MiB.
    public static let defaultMaxBytes = 256 << 20
    /// How many leading bytes are sniffed for binary content before the rest is read (the
    /// readers' own binary check looks at the same prefix).
    package static let sniffBytes = 65536

    /// Bytes from a size written `500000`, `64K`, `256M` or `2G` (binary units; `KB`, `MiB` … too).
    public static func parseSize(_ text: String) -> Int? {
        var digits = text.trimmingCharacters(in: .whitespaces).uppercased()
        for suffix in ["IB", "B"] where digits.hasSuffix(suffix) && digits.count > suffix.count { digits.removeLast(suffix.count); break }
        var shift = 0
        if let unit = digits.last, let index = ["K", "M", "G", "T"].firstIndex(of: String(unit)) {
            shift = 10 * (index + 1)
            digits.removeLast()
        }
        guard let value = Int(digits), value > 0, value <= Int.max >> shift else { return nil }
        return value << shift
    }
}

/// Reading whole files safely: `stat` first, refuse what is over the limit or not a file, sniff
/// the head for binary content, and only then read the rest.
public enum BoundedFileReader {
    /// What the caller expects the file to hold (decides the binary sniff).
    public enum Expectation: Sendable, Equatable {
        /// Text, HTML or Markdown: refused early when the first bytes look binary.
        case document(InputFormat)
        /// Any bytes (images): no sniff.
        case anyBytes
    }

    /// The bytes of the file at `path` (raw file-system bytes, no NUL), at most `limit` bytes.
    /// - Parameters:
    ///   - path: the file's raw file-system path.
    ///   - limit: the most bytes read; a larger file is refused.
    ///   - expectation: what the bytes should be (a document of a format, or any bytes).
    ///   - followLinks: when false, a symbolic link as the last component is refused.
    /// - Throws: `GalleyError` (stage `read`, or `decode` for binary input) naming nothing: the
    ///   caller adds the path it shows.
    public static func read(_ path: [UInt8], limit: Int = InputLimits.defaultMaxBytes,
                            expecting expectation: Expectation = .anyBytes, followLinks: Bool = true) throws -> Data {
        let descriptor = RawPath.withCString(path) { open($0, O_RDONLY | O_CLOEXEC | (followLinks ? 0 : O_NOFOLLOW)) }
        guard descriptor >= 0 else {
            let reason = errno == ELOOP && !followLinks ? "it is a symbolic link" : String(cString: strerror(errno))
            throw GalleyError(stage: .read, message: "cannot read file (\(reason))")
        }
        defer { close(descriptor) }
        return try read(descriptor: descriptor, limit: limit, expecting: expectation)
    }

    /// `read(_:limit:expecting:followLinks:)` for a path given as a String.
    public static func read(_ path: String, limit: Int = InputLimits.defaultMaxBytes,
                            expecting expectation: Expectation = .anyBytes, followLinks: Bool = true) throws -> Data {
        try read(Array(path.utf8), limit: limit, expecting: expectation, followLinks: followLinks)
    }

    /// The bytes of an open descriptor (standard input), at most `limit`.
    /// - Throws: `GalleyError` (stage `read`) when there are more, or on a read error.
    public static func read(descriptor: Int32, limit: Int = InputLimits.defaultMaxBytes) throws -> Data {
        try read(descriptor: descriptor, limit: limit, expecting: .anyBytes)
    }

    /// Reads an open descriptor: a folder is refused, a regular file over `limit` is refused from
    /// its size alone, anything else (a pipe) is read up to `limit` bytes.
    package static func read(descriptor: Int32, limit: Int, expecting expectation: Expectation) throws -> Data {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw GalleyError(stage: .read, message: "cannot read file (\(String(cString: strerror(errno))))")
        }
        let kind = status.st_mode & S_IFMT
        if kind == S_IFDIR { throw GalleyError(stage: .read, message: "cannot read file (it is a folder)") }
        let isRegular = kind == S_IFREG
        if isRegular && Int(status.st_size) > limit { throw tooLarge(Int(status.st_size), limit: limit) }
        var data = Data()
        if isRegular { data.reserveCapacity(Int(status.st_size)) }
        var sniffed = false
        var chunk = [UInt8](repeating: 0, count: InputLimits.sniffBytes)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { throw GalleyError(stage: .read, message: "cannot read file (\(String(cString: strerror(errno))))") }
            if count == 0 { break }
            data.append(contentsOf: chunk[0..<count])
            if data.count > limit { throw tooLarge(nil, limit: limit) }
            if !sniffed && data.count >= InputLimits.sniffBytes {
                sniffed = true
                if case .document(let format) = expectation, let error = binaryHead(data.prefix(InputLimits.sniffBytes), format: format) {
                    throw error
                }
            }
        }
        return data
    }

    /// The reader's binary-input error for a file whose first bytes are `head`, if they look binary
    /// (the same test the reader applies to the same prefix, so the message does not change).
    package static func binaryHead(_ head: Data, format: InputFormat) -> GalleyError? {
        let bytes = [UInt8](head)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return nil }
        switch format {
        case .html:
            guard !HTMLCharset.decode(head).encoding.hasPrefix("utf-16"), let offset = HTMLReader.binaryEvidence(head) else { return nil }
            return TextDecoding.binaryInputError(bytes, offset: offset, expected: "HTML")
        case .text, .markdown, .pandocJSON:
            guard let offset = TextDecoding.binaryEvidence(bytes) else { return nil }
            return TextDecoding.binaryInputError(bytes, offset: offset, expected: "text")
        default:
            return nil // a registered reader judges its own input
        }
    }

    static func tooLarge(_ size: Int?, limit: Int) -> GalleyError {
        let hint = "over the \(ByteCountText.describe(limit)) input limit (raise it with --max-input-size)"
        guard let size else { return GalleyError(stage: .read, message: "input too large: " + hint) }
        return GalleyError(stage: .read, message: "file too large: it is \(ByteCountText.describe(size)), " + hint)
    }
}

/// Byte counts in words people read (`1 GiB`, `256 MiB`, `1500 bytes`).
enum ByteCountText {
    static func describe(_ count: Int) -> String {
        for (shift, unit) in [(30, "GiB"), (20, "MiB"), (10, "KiB")] where count >= 1 << shift {
            let value = Double(count) / Double(1 << shift)
            return value == value.rounded() ? "\(Int(value)) \(unit)" : String(format: "%.1f", value) + " " + unit
        }
        return "\(count) bytes"
    }
}
