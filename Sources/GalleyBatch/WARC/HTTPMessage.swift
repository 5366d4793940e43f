// Reads the HTTP response inside a WARC `response` record: status, headers, and the body with chunked transfer and gzip/deflate content coding undone.
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// An HTTP response as a crawler recorded it.
struct HTTPMessage {
    /// The status code (200, 404 ...); nil when the status line is unreadable.
    var status: Int?
    /// The response header fields.
    var headers: HeaderFields
    /// Where the body starts in the record's content block.
    var bodyOffset: Int

    /// Parses the status line and headers at the start of `block`; nil when it is not an HTTP response.
    static func parseHead(_ block: UnsafeRawBufferPointer) -> HTTPMessage? {
        guard block.count >= 5, block.starts(with: Array("HTTP/".utf8)) else { return nil }
        guard let lineEnd = block.firstIndex(of: 0x0A) else { return nil }
        let statusLine = String(decoding: UnsafeRawBufferPointer(rebasing: block[0..<lineEnd]), as: UTF8.self)
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        let status = parts.count >= 2 ? Int(parts[1]) : nil
        guard let (headers, bodyOffset) = HeaderFields.parse(block, from: lineEnd + 1) else {
            return HTTPMessage(status: status, headers: HeaderFields(), bodyOffset: block.count)
        }
        return HTTPMessage(status: status, headers: headers, bodyOffset: bodyOffset)
    }

    /// The media type of the body, lower case, without parameters (`text/html`).
    var mediaType: String? {
        Self.mediaType(headers["Content-Type"])
    }

    /// The `charset` parameter of the content type, lower case.
    var charset: String? {
        Self.charset(headers["Content-Type"])
    }

    static func mediaType(_ contentType: String?) -> String? {
        guard let contentType else { return nil }
        let type = contentType.split(separator: ";", maxSplits: 1).first.map { String($0).trimmingBlanks.lowercased() } ?? ""
        return type.isEmpty ? nil : type
    }

    static func charset(_ contentType: String?) -> String? {
        guard let contentType else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'")).lowercased()
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// The body as the server meant it: chunked transfer decoded, then gzip or deflate content
    /// coding undone. Warnings say what could not be undone (the bytes are then kept as they are).
    func body(of block: UnsafeRawBufferPointer, limit: Int) -> (bytes: [UInt8], warnings: [String]) {
        var warnings: [String] = []
        var bytes = Array(UnsafeRawBufferPointer(rebasing: block[min(bodyOffset, block.count)...]))
        if headers["Transfer-Encoding"]?.lowercased().contains("chunked") == true {
            if let decoded = Self.dechunk(bytes) { bytes = decoded } else { warnings.append("chunked transfer encoding is malformed; the body is kept as recorded") }
        }
        switch headers["Content-Encoding"]?.trimmingBlanks.lowercased() {
        case "gzip"?, "x-gzip"?:
            if Gzip.isGzip(bytes), let inflated = try? Gzip.decompressAll(Data(bytes), limit: limit) { bytes = [UInt8](inflated) }
            else if !Gzip.isGzip(bytes) && Self.looksLikeText(bytes) { break }  // crawler stored it decoded already
            else { warnings.append("gzip content encoding could not be undone") }
        case "deflate"?:
            if let inflated = Gzip.inflateHTTPDeflate(bytes, limit: limit) { bytes = inflated }
            else if !Self.looksLikeText(bytes) { warnings.append("deflate content encoding could not be undone") }
        case nil, "identity"?, ""?:
            break
        case let other?:
            warnings.append("content encoding '\(other)' is not supported; the body is kept as recorded")
        }
        return (bytes, warnings)
    }

    /// Decodes `Transfer-Encoding: chunked`; nil when malformed.
    static func dechunk(_ bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard let lineEnd = bytes[index...].firstIndex(of: 0x0A) else { return nil }
            let sizeText = String(decoding: bytes[index..<lineEnd], as: UTF8.self)
                .split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            guard let size = Int(sizeText, radix: 16), size >= 0 else { return nil }
            index = lineEnd + 1
            if size == 0 { return out }
            guard size <= bytes.count - index else { return nil }
            out.append(contentsOf: bytes[index..<(index + size)])
            index += size
            if index < bytes.count && bytes[index] == 0x0D { index += 1 }
            if index < bytes.count && bytes[index] == 0x0A { index += 1 }
        }
        return out
    }

    /// True when the first bytes hold no control characters but white space (a decoded body).
    static func looksLikeText(_ bytes: [UInt8]) -> Bool {
        !bytes.prefix(512).contains { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20) }
    }
}
