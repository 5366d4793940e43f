// Turns a WARC file into batch inputs: one per captured page (response, resource or revisit of an HTML or text payload), the other records listed.
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// A page inside a WARC file: where its content lies and what the capture says about it.
public struct ArchivedPayload: Sendable, Hashable {
    /// Where the record's content block lies.
    public var location: WARCLocation
    /// True when the block is an HTTP response (headers before the payload).
    public var isHTTP: Bool
    /// The capture metadata (target URI, date, record id, payload digest).
    public var capture: WARCCapture
    /// The charset the HTTP header declares, used when the page declares none.
    public var charset: String?
}

/// What a WARC file held besides the pages converted (also the `archives` entries of `--report`).
public struct ArchiveListing: Sendable, Equatable, Codable {
    /// A WARC record that was not converted.
    public struct SkippedRecord: Sendable, Equatable, Codable {
        /// Why (`request`, `response image/png`, `response 404` ...).
        public var reason: String
        /// Its target URI, or its record id.
        public var target: String
    }

    /// The WARC file's path.
    public var path: String
    /// Pages taken as inputs.
    public var pages: Int
    /// Records not converted, in file order.
    public var skipped: [SkippedRecord]
    /// Problems met while scanning (truncation, corruption).
    public var problems: [String]

    /// One line: how many pages, and the skipped records counted by reason.
    public var summary: String {
        var counts: [String: Int] = [:]
        for record in skipped { counts[record.reason, default: 0] += 1 }
        let parts = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { "\($0.value) \($0.key)" }
        let rest = parts.isEmpty ? "" : "; \(skipped.count) other record\(skipped.count == 1 ? "" : "s") not converted: " + parts.joined(separator: ", ")
        return "\(path): \(pages) page\(pages == 1 ? "" : "s") from the WARC file\(rest)"
    }
}

extension BatchInput {
    /// The WARC file's path, for reading it (file names that are not UTF-8 are not supported there).
    var warcPath: String { String(decoding: fileSystemPath, as: UTF8.self) }
}

/// Expands WARC files into inputs.
enum WARCInputs {
    /// The inputs of the WARC at `path` (found as `relative` under its root, outputs under `stem/`).
    static func expand(path: String, fileSystemPath: [UInt8], relative: String, stem: String, forcedFormat: InputFormat?) throws -> ([BatchInput], ArchiveListing) {
        let scan = try WARCArchive.scan(path: String(decoding: fileSystemPath, as: UTF8.self))
        var listing = ArchiveListing(path: path, pages: 0, skipped: [], problems: scan.problems)
        var inputs: [BatchInput] = []
        var names = WARCNames()
        var pagesByDigest: [String: WARCRecord] = [:]
        for record in scan.records {
            let capture = record.capture
            let target = capture.targetURI.isEmpty ? (capture.recordID ?? "(no id)") : capture.targetURI
            var source = record
            switch record.type {
            case "response", "resource":
                if record.type == "response" && record.http == nil { listing.skipped.append(.init(reason: "response without an HTTP header", target: target)); continue }
                if record.type == "resource" && !Self.isWebAddress(capture.targetURI) {
                    // crawlers store their own logs and settings as resources (wget: metadata://…)
                    listing.skipped.append(.init(reason: "resource that is not a web page", target: target)); continue
                }
            case "revisit":
                guard let digest = capture.payloadDigest, let original = pagesByDigest[digest] else {
                    listing.skipped.append(.init(reason: "revisit whose original is not in the file", target: target)); continue
                }
                source = original
            default:
                listing.skipped.append(.init(reason: record.type.isEmpty ? "record without a type" : record.type, target: target)); continue
            }
            if let status = record.http?.status ?? source.http?.status, !(200..<300).contains(status) {
                listing.skipped.append(.init(reason: "response \(status)", target: target)); continue
            }
            guard let format = forcedFormat ?? Self.format(of: source.mediaType) else {
                listing.skipped.append(.init(reason: "response \(source.mediaType ?? "without a media type")", target: target)); continue
            }
            if record.type != "revisit", let digest = capture.payloadDigest { pagesByDigest[digest] = record }
            let name = names.name(for: capture.targetURI.isEmpty ? target : capture.targetURI)
            let payload = ArchivedPayload(location: source.location, isHTTP: source.type != "resource", capture: capture,
                                          charset: source.charset)
            inputs.append(BatchInput(path: path, outputStem: stem + "/" + name, format: format,
                                     relativePath: relative + "/" + name, fileSystemPath: fileSystemPath, archived: payload))
            listing.pages += 1
        }
        return (inputs, listing)
    }

    /// True for http, https and ftp URLs: what a crawl captures (not a crawler's own files).
    static func isWebAddress(_ uri: String) -> Bool {
        let lower = uri.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("ftp://")
    }

    /// The input format of a payload media type; nil for media Galley does not convert.
    static func format(of mediaType: String?) -> InputFormat? {
        switch mediaType {
        case "text/html"?, "application/xhtml+xml"?, "application/xml+xhtml"?: return .html
        case "text/plain"?: return .text
        case "text/markdown"?, "text/x-markdown"?: return .markdown
        default: return nil
        }
    }
}
