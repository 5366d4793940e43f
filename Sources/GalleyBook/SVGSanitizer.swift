// Makes an SVG image safe to package: no scripts, handlers, foreign content or external references.
import CLibXML2
import Foundation
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// SVG images cleaned before they go into a book.
///
/// The image is parsed as XML by libxml2 without network access, DTD loading or entity
/// substitution. Removed: `<script>`, `<foreignObject>`, `<iframe>` and other embedding elements;
/// `on*` event attributes; `href`/`xlink:href` not pointing inside the image (`#id`), except
/// PNG/JPEG/GIF `data:` URLs on images; `javascript:` and similar URLs in any attribute; `url(…)`
/// to anything but `#id`, `@import` and CSS escapes in styles; animations that set an `href`;
/// processing instructions, entity references and a DOCTYPE naming a DTD other than SVG's (one
/// declaring entities is refused whole). A clean image keeps its bytes exactly.
enum SVGSanitizer {
    /// Elements removed with everything inside them.
    static let removedElements: Set<String> = [
        "script", "foreignobject", "iframe", "embed", "object", "handler", "listener", "include", "audio", "video", "canvas",
    ]
    /// Elements whose `data:` `href` may stay (when it is a PNG, JPEG or GIF image).
    static let imageElements: Set<String> = ["image", "feimage"]
    /// `data:` URL prefixes allowed on images.
    static let allowedDataPrefixes = ["data:image/png", "data:image/jpeg", "data:image/jpg", "data:image/gif"]
    /// URL schemes that run code, refused in any attribute.
    static let scriptSchemes = ["javascript:", "vbscript:", "data:text/html", "data:application", "data:image/svg"]
    /// Elements that mean nothing without their reference: removed when it was external.
    static let referenceElements: Set<String> = ["image", "feimage", "use"]
    /// Attributes of a link element that a group (`<g>`) does not take.
    static let linkOnlyAttributes: Set<String> = ["target", "download", "rel", "hreflang", "type", "referrerpolicy", "ping", "title"]
    /// Animation elements, removed when they animate a link target.
    static let animationElements: Set<String> = ["set", "animate", "animatemotion", "animatetransform", "animatecolor"]

    /// The sanitised bytes (the same bytes when nothing was removed) and one line saying what was
    /// removed (empty when nothing); nil bytes when the image is not a well-formed SVG document
    /// (or declares entities).
    static func sanitize(_ data: Data) -> (Data?, [String]) {
        xmlInitParser()
        galley_xml_silence_errors()
        let flags = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
        let parsed: xmlDocPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, raw.count > 0, raw.count <= Int(Int32.max) else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), nil, nil, flags)
        }
        guard let document = parsed else { return (nil, []) }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document), localName(root) == "svg" else { return (nil, []) }
        // Entities declared in a DOCTYPE are refused outright (no expansion games).
        if let subset = document.pointee.intSubset, subset.pointee.entities != nil || subset.pointee.pentities != nil { return (nil, []) }
        var cleaner = Cleaner(document: document)
        var child = document.pointee.children
        while let node = child {
            child = node.pointee.next
            let isDTD = node.pointee.type == XML_DTD_NODE
            if (isDTD && !Self.isStandardDoctype(UnsafeMutableRawPointer(node).assumingMemoryBound(to: xmlDtd.self))) || node.pointee.type == XML_PI_NODE {
                cleaner.removed.append(isDTD ? "a DOCTYPE naming another DTD" : "a processing instruction")
                xmlUnlinkNode(node)
                xmlFreeNode(node)
            }
        }
        cleaner.clean(root)
        guard !cleaner.removed.isEmpty else { return (data, []) }
        var buffer: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpMemoryEnc(document, &buffer, &size, "UTF-8")
        guard let buffer else { return (nil, []) }
        defer { galley_xml_free(buffer) }
        let clean = Data(bytes: buffer, count: Int(size))
        return (clean, ["unsafe SVG content removed: " + Self.summary(cleaner.removed)])
    }

    /// True for a DOCTYPE that names no DTD or the SVG 1.0/1.1 one (kept: it is never loaded).
    static func isStandardDoctype(_ dtd: UnsafeMutablePointer<xmlDtd>) -> Bool {
        guard dtd.pointee.SystemID != nil else { return true }
        guard let publicID = dtd.pointee.ExternalID else { return false }
        return String(cString: publicID).hasPrefix("-//W3C//DTD SVG ")
    }

    /// `<script> ×2, onload attribute` from the list of removals, in first-seen order.
    static func summary(_ removed: [String]) -> String {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for item in removed {
            if counts[item] == nil { order.append(item) }
            counts[item, default: 0] += 1
        }
        return order.map { counts[$0]! > 1 ? "\($0) ×\(counts[$0]!)" : $0 }.joined(separator: ", ")
    }

    /// The lower-case local name of an element or attribute node.
    static func localName(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    /// Walks the tree removing what is unsafe (libxml2 caps the depth, so recursion is bounded).
    private struct Cleaner {
        let document: xmlDocPtr
        var removed: [String] = []

        mutating func clean(_ element: xmlNodePtr) {
            if cleanAttributes(element) && SVGSanitizer.localName(element) == "a" {
                // A link whose target went is kept as a plain group: its drawing stays.
                var attribute = element.pointee.properties
                while let current = attribute {
                    attribute = current.pointee.next
                    if SVGSanitizer.linkOnlyAttributes.contains(current.pointee.name.map { String(cString: $0).lowercased() } ?? "") { xmlRemoveProp(current) }
                }
                xmlNodeSetName(element, "g")
            }
            var child = element.pointee.children
            while let node = child {
                child = node.pointee.next
                switch node.pointee.type {
                case XML_ELEMENT_NODE:
                    let name = SVGSanitizer.localName(node)
                    if let reason = removalReason(node, name: name) {
                        removed.append(reason)
                        xmlUnlinkNode(node)
                        xmlFreeNode(node)
                    } else if SVGSanitizer.referenceElements.contains(name) && cleanAttributes(node) {
                        xmlUnlinkNode(node)   // an image or <use> whose reference went draws nothing
                        xmlFreeNode(node)
                    } else {
                        clean(node)
                    }
                case XML_PI_NODE, XML_ENTITY_REF_NODE, XML_XINCLUDE_START, XML_XINCLUDE_END:
                    removed.append(node.pointee.type == XML_PI_NODE ? "a processing instruction" : "an entity reference")
                    xmlUnlinkNode(node)
                    xmlFreeNode(node)
                default:
                    continue
                }
            }
        }

        /// Why the element goes, or nil when it stays.
        func removalReason(_ node: xmlNodePtr, name: String) -> String? {
            if SVGSanitizer.removedElements.contains(name) { return "<\(node.pointee.name.map { String(cString: $0) } ?? name)>" }
            if name == "style", let text = content(node), !SVGSanitizer.styleIsSafe(text) { return "<style> with external references" }
            if SVGSanitizer.animationElements.contains(name), let target = attribute(node, "attributeName")?.lowercased(),
               target.hasSuffix("href") || target.hasPrefix("on") {
                return "<\(name)> of \(target)"
            }
            return nil
        }

        /// Removes the unsafe attributes of `element`; true when a reference (`href`, `src`) went.
        @discardableResult
        mutating func cleanAttributes(_ element: xmlNodePtr) -> Bool {
            let elementName = SVGSanitizer.localName(element)
            var referenceRemoved = false
            var attribute = element.pointee.properties
            while let current = attribute {
                attribute = current.pointee.next
                let name = current.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                let value = attributeValue(current)
                if let reason = SVGSanitizer.attributeProblem(name: name, value: value, element: elementName) {
                    removed.append(reason)
                    xmlRemoveProp(current)
                    referenceRemoved = referenceRemoved || name == "href" || name == "src"
                }
            }
            return referenceRemoved
        }

        func attributeValue(_ attribute: xmlAttrPtr) -> String {
            guard let text = xmlNodeListGetString(document, attribute.pointee.children, 1) else { return "" }
            defer { galley_xml_free(text) }
            return String(cString: text)
        }

        func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
            guard let value = xmlGetProp(node, name) else { return nil }
            defer { galley_xml_free(value) }
            return String(cString: value)
        }

        func content(_ node: xmlNodePtr) -> String? {
            guard let text = xmlNodeGetContent(node) else { return nil }
            defer { galley_xml_free(text) }
            return String(cString: text)
        }
    }

    /// Why an attribute goes (`onload attribute`, `external reference`), or nil when it stays.
    static func attributeProblem(name: String, value: String, element: String) -> String? {
        if name.hasPrefix("on") { return "\(name) attribute" }
        let compact = String(value.unicodeScalars.filter { $0.value > 0x20 }.map(Character.init)).lowercased()
        if scriptSchemes.contains(where: compact.hasPrefix) { return "a script URL" }
        if name == "href" || name == "src" {
            if compact.hasPrefix("#") { return nil }
            if imageElements.contains(element) && allowedDataPrefixes.contains(where: compact.hasPrefix) { return nil }
            return "an external reference"
        }
        if name == "style" || compact.contains("url(") { return styleIsSafe(value) ? nil : "an external reference in \(name)" }
        return nil
    }

    /// True when CSS text imports nothing and every `url(…)` points inside the image (`#id`).
    static func styleIsSafe(_ css: String) -> Bool {
        let compact = String(css.unicodeScalars.filter { $0.value > 0x20 }.map(Character.init)).lowercased()
        // CSS escapes (`u\72l(`) could hide a reference from the tests below: refused outright.
        if compact.contains("@import") || compact.contains("expression(") || compact.contains("javascript:") || compact.contains("\\") { return false }
        var rest = compact[...]
        while let range = rest.range(of: "url(") {
            let target = rest[range.upperBound...].drop(while: { $0 == "\"" || $0 == "'" })
            guard target.hasPrefix("#") else { return false }
            rest = target
        }
        return true
    }
}
