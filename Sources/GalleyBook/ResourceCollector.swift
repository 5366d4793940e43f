// Gathers the local images the inputs refer to; remote images become links and are never fetched.
import Foundation
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// An image packaged in the book.
struct PackagedImage: Equatable {
    /// The manifest id.
    var id: String
    /// The path inside the package, relative to the OPF (`images/image-001.png`).
    var href: String
    /// The file.
    var file: ImageFile
}

/// Replaces every image reference of the inputs by a packaged copy (local files and `data:`
/// URLs), or by a link to it (remote images: Galley never fetches anything), with a warning.
/// Local files are read only inside `scope` and up to `maxBytes`; SVG images are sanitised.
struct ResourceCollector {
    private(set) var images: [PackagedImage] = []
    private(set) var warnings: [String] = []
    private var byKey: [String: String] = [:]
    /// Where local images may be read; nil: the folder of the input that refers to them (and below).
    var scope: ReadScope?
    /// Larger images are left out unread.
    var maxBytes: Int

    init(scope: ReadScope? = nil, maxBytes: Int = InputLimits.defaultMaxBytes) {
        self.scope = scope
        self.maxBytes = maxBytes
    }

    /// The document with its images packaged or turned into links.
    mutating func collect(_ document: Document, inputPath: String?) -> Document {
        var document = document
        let label = inputPath ?? document.metadata.source ?? "input"
        let baseDirectory = inputPath.map { ($0 as NSString).deletingLastPathComponent }
        document.blocks = document.blocks.rewritingBlocks { block in
            guard case .figure(var figure) = block.kind else { return [block] }
            switch resolve(figure.image, base: baseDirectory, label: label) {
            case .packaged(let href):
                figure.image.source = href
                return [Block(.figure(figure), span: block.span)]
            case .replaced(let inlines):
                var out = [Block(.paragraph(inlines), span: block.span)]
                if let caption = figure.caption, !caption.isEmpty { out.append(Block(.paragraph(caption), span: block.span)) }
                return out
            }
        }.map { block in
            block.rewritingInlines { node in
                if case .link(var link) = node {
                    link.content = link.content.unwrappingLinks   // a remote image inside a link became a link
                    return [.link(link)]
                }
                guard case .image(var image) = node else { return [node] }
                switch resolve(image, base: baseDirectory, label: label) {
                case .packaged(let href):
                    image.source = href
                    return [.image(image)]
                case .replaced(let inlines):
                    // In running text a link stand-in is bracketed so it does not run into the next word.
                    guard case .link = inlines.first else { return inlines }
                    return [.text("[")] + inlines + [.text("] ")]
                }
            }
        }
        return document
    }

    private enum Outcome { case packaged(String), replaced([Inline]) }

    private mutating func resolve(_ image: Image, base: String?, label: String) -> Outcome {
        let source = image.source.trimmingCharacters(in: .whitespacesAndNewlines)
        let alt = image.alt.plainText.foldingWhitespace
        let altText = alt.isEmpty ? "image" : alt
        if source.lowercased().hasPrefix("data:") {
            if let data = Self.decodeDataURL(source), let type = ImageMediaType.detect(data) {
                guard let clean = sanitized(data, type: type, source: "an embedded image (\(altText))", label: label) else {
                    return .replaced([.text("[\(altText)]")])
                }
                return .packaged(package(clean, type: type, key: "data:" + NameBasedUUID.uuid(name: data)))
            }
            warnings.append("\(label): an embedded image (\(altText)) is not PNG, JPEG, GIF or SVG; its alternative text is shown instead")
            return .replaced([.text("[\(altText)]")])
        }
        if let scheme = Self.scheme(of: source), scheme != "file" {
            warnings.append("\(label): remote image \(source) was not fetched; it is a link in the book")
            guard SafeURL.isSafe(source) else { return .replaced([.text("[\(altText)]")]) }
            let host = URL(string: source)?.host ?? scheme
            let label = alt.isEmpty ? "Image on \(host)" : "Image: \(alt)"
            return .replaced([.link(Link(url: source, title: image.title, content: [.text(label)]))])
        }
        let scope = self.scope ?? ReadScope(folders: [base ?? ""])
        let verdict = Self.localPath(source, base: base).map(scope.verdict) ?? .missing
        let resolved: [UInt8]
        switch verdict {
        case .missing:
            warnings.append("\(label): image \(source) was not found; its alternative text is shown instead")
            return .replaced([.text("[\(altText)]")])
        case .outside(let target):
            warnings.append("\(label): " + scope.outsideMessage("image", source, resolved: target) + "; it was left out, its alternative text is shown instead")
            return .replaced([.text("[\(altText)]")])
        case .inside(let path):
            resolved = path
        }
        let key = RawPath.display(resolved)
        if let href = byKey[key] { return .packaged(href) }
        let data: Data
        do { data = try BoundedFileReader.read(resolved, limit: maxBytes) } catch let error as GalleyError {
            warnings.append("\(label): image \(source) was left out (\(error.message)); its alternative text is shown instead")
            return .replaced([.text("[\(altText)]")])
        } catch {
            return .replaced([.text("[\(altText)]")])
        }
        guard let type = ImageMediaType.detect(data) else {
            warnings.append("\(label): image \(source) is not PNG, JPEG, GIF or SVG; its alternative text is shown instead")
            return .replaced([.text("[\(altText)]")])
        }
        guard let clean = sanitized(data, type: type, source: "image \(source)", label: label) else {
            return .replaced([.text("[\(altText)]")])
        }
        return .packaged(package(clean, type: type, key: key))
    }

    /// The bytes to package: SVG sanitised (with a warning for what was removed), others as they
    /// are; nil (with a warning) for an SVG that is not well-formed XML.
    private mutating func sanitized(_ data: Data, type: String, source: String, label: String) -> Data? {
        guard type == ImageMediaType.svg else { return data }
        let (clean, problems) = SVGSanitizer.sanitize(data)
        warnings += problems.map { "\(label): \(source): \($0)" }
        if clean == nil { warnings.append("\(label): \(source) is not a well-formed SVG image without entity declarations; it was left out, its alternative text is shown instead") }
        return clean
    }

    private mutating func package(_ data: Data, type: String, key: String) -> String {
        if let href = byKey[key] { return href }
        let number = String(format: "%03d", images.count + 1)
        let href = "images/image-\(number).\(ImageMediaType.fileExtension(type))"
        images.append(PackagedImage(id: "image-\(number)", href: href, file: ImageFile(data: data, mediaType: type)))
        byKey[key] = href
        return href
    }

    /// The URL scheme (lower case), or nil for a relative reference.
    static func scheme(of url: String) -> String? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let scheme = url[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return nil }
        return scheme.count == 1 ? nil : scheme.lowercased()   // "C:\…" is a Windows path, not a scheme
    }

    /// The file path a local reference names, relative to `base`; nil when it cannot be one.
    static func localPath(_ reference: String, base: String?) -> String? {
        var ref = reference
        if ref.lowercased().hasPrefix("file://") { ref = String(ref.dropFirst(7)) }
        if let cut = ref.firstIndex(where: { $0 == "?" || $0 == "#" }) { ref = String(ref[..<cut]) }
        ref = ref.removingPercentEncoding ?? ref
        guard !ref.isEmpty else { return nil }
        if ref.hasPrefix("/") { return ref }
        guard let base, !base.isEmpty else { return ref }
        return (base as NSString).appendingPathComponent(ref)
    }

    /// The bytes of a base64 `data:` URL.
    static func decodeDataURL(_ url: String) -> Data? {
        guard let comma = url.firstIndex(of: ",") else { return nil }
        let header = url[..<comma].lowercased()
        let payload = String(url[url.index(after: comma)...])
        if header.hasSuffix(";base64") {
            return Data(base64Encoded: payload.filter { !$0.isWhitespace }, options: .ignoreUnknownCharacters)
        }
        return payload.removingPercentEncoding.map { Data($0.utf8) }
    }
}
