// One record of a WARC file (ISO 28500): its header fields, where its content lies, and what its payload is.
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// Where a record's content block lies in its file.
public struct WARCLocation: Sendable, Hashable, Codable {
    /// Offset of the gzip member that holds the record; nil in an uncompressed file.
    public var member: Int?
    /// Offset of the content block: in the decompressed member, or in the file.
    public var offset: Int
    /// Length of the content block in bytes.
    public var length: Int
}

/// A record found while scanning a WARC file.
struct WARCRecord {
    /// `WARC-Type`, lower case (`response`, `request`, `resource`, `revisit`, `metadata` ...).
    var type: String
    /// The record's header fields.
    var headers: HeaderFields
    /// Where its content block lies.
    var location: WARCLocation
    /// For `response` records: the HTTP status and headers (nil when the block is not HTTP).
    var http: HTTPMessage?

    /// The capture metadata of the record.
    var capture: WARCCapture {
        WARCCapture(targetURI: headers["WARC-Target-URI"].map(Self.unbracketed) ?? "",
                    date: headers["WARC-Date"], recordID: headers["WARC-Record-ID"],
                    payloadDigest: headers["WARC-Payload-Digest"] ?? headers["WARC-Block-Digest"])
    }

    /// The media type of the payload, lower case, without parameters.
    var mediaType: String? {
        if type == "resource" { return HTTPMessage.mediaType(headers["Content-Type"]) }
        return http?.mediaType
    }

    /// The charset the transport declares for the payload.
    var charset: String? {
        if type == "resource" { return HTTPMessage.charset(headers["Content-Type"]) }
        return http?.charset
    }

    /// WARC 1.0 writes the target URI in angle brackets in some tools; they are dropped.
    static func unbracketed(_ uri: String) -> String {
        uri.hasPrefix("<") && uri.hasSuffix(">") ? String(uri.dropFirst().dropLast()) : uri
    }
}
