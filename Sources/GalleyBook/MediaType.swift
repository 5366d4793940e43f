// Recognises the image formats an EPUB 3 reading system must support, from their first bytes.
import Foundation
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// Image media types an EPUB may carry without a fallback (EPUB 3 core media types).
enum ImageMediaType {
    /// The SVG media type (images of this type are sanitised before they are packaged).
    static let svg = "image/svg+xml"

    /// The core media type of `data` (`image/png`, `image/jpeg`, `image/gif`, `image/svg+xml`),
    /// or nil when the bytes are none of these (WebP, TIFF, BMP … need a fallback, so are refused).
    static func detect(_ data: Data) -> String? {
        let head = [UInt8](data.prefix(16))
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if head.starts(with: Array("GIF87a".utf8)) || head.starts(with: Array("GIF89a".utf8)) { return "image/gif" }
        let text = String(decoding: data.prefix(1024), as: UTF8.self)
        if text.contains("<svg") { return "image/svg+xml" }
        return nil
    }

    /// The file extension for a core media type.
    static func fileExtension(_ mediaType: String) -> String {
        switch mediaType {
        case "image/png": return "png"
        case "image/jpeg": return "jpg"
        case "image/gif": return "gif"
        case "image/svg+xml": return "svg"
        default: return "bin"
        }
    }
}
