// Where a document was archived: the WARC capture it came from (a metadata field).

/// What a WARC record tells about the capture a document came from (kept in its metadata).
public struct WARCCapture: Sendable, Hashable, Codable {
    /// `WARC-Target-URI`: the URL that was captured.
    public var targetURI: String
    /// `WARC-Date`: when it was captured.
    public var date: String?
    /// `WARC-Record-ID`.
    public var recordID: String?
    /// `WARC-Payload-Digest` (or `WARC-Block-Digest` when no payload digest is given).
    public var payloadDigest: String?

    /// Creates a capture record.
    public init(targetURI: String, date: String? = nil, recordID: String? = nil, payloadDigest: String? = nil) {
        self.targetURI = targetURI
        self.date = date
        self.recordID = recordID
        self.payloadDigest = payloadDigest
    }
}
