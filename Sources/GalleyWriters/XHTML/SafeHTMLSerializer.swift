// Writes a libxml2 HTML tree as XHTML, keeping only what `SafeHTMLPolicy` allows.
import CLibXML2
import GalleyModel
import GalleySupport

/// Serializes sanitized XHTML from a parsed HTML tree (used only inside `SafeHTMLFragment`,
/// while the libxml2 document is alive).
struct SafeHTMLSerializer {
    /// Phrasing content only (block elements unwrapped).
    var inline: Bool
    /// Depth of enclosing `<a>` elements (links cannot nest).
    private var linkDepth = 0
    /// The nearest enclosing element that was kept (`body` at the top).
    private var parent = "body"
    /// Depth guard against pathological nesting.
    private var depth = 0

    /// Creates a serializer.
    init(inline: Bool) {
        self.inline = inline
    }

    /// The element's lower-case name.
    static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    /// The XHTML of a node's children.
    mutating func children(of node: xmlNodePtr) -> String {
        var out = ""
        var child = node.pointee.children
        while let current = child {
            out += serialize(current)
            child = current.pointee.next
        }
        return out
    }

    private mutating func serialize(_ node: xmlNodePtr) -> String {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            return node.pointee.content.map { XMLEscaping.text(String(cString: $0)) } ?? ""
        case XML_ELEMENT_NODE:
            return element(node)
        default:
            return ""  // comments, processing instructions, DTD nodes
        }
    }

    private mutating func element(_ node: xmlNodePtr) -> String {
        let tag = Self.name(node)
        if SafeHTMLPolicy.unknownVoid.contains(tag) {
            // libxml2 2.9 does not know these HTML5 void elements and nests what follows inside them.
            let kept = SafeHTMLPolicy.allowed.contains(tag) && (!inline || SafeHTMLPolicy.phrasing.contains(tag))
            return (kept ? "<\(tag)/>" : "") + children(of: node)
        }
        if SafeHTMLPolicy.droppedWithContent.contains(tag) { return "" }
        guard depth < 200 else { return "" }
        depth += 1
        defer { depth -= 1 }
        let parentFits = SafeHTMLPolicy.requiredParents[tag].map { $0.contains(parent) } ?? true
        let keep = SafeHTMLPolicy.allowed.contains(tag) && (!inline || SafeHTMLPolicy.phrasing.contains(tag))
            && !(tag == "a" && linkDepth > 0) && parentFits
        guard keep else { return children(of: node) }
        let attributes = self.attributes(node, tag: tag)
        if tag == "img" {
            guard let src = attributes.first(where: { $0.name == "src" }) else {
                return XMLEscaping.text(attributes.first(where: { $0.name == "alt" })?.value ?? "")
            }
            var written = attributes.filter { $0.name != "src" && $0.name != "alt" }
            written.insert((name: "alt", value: attributes.first(where: { $0.name == "alt" })?.value ?? ""), at: 0)
            written.insert(src, at: 0)
            return "<img" + Self.attributeText(written) + "/>"
        }
        if SafeHTMLPolicy.void.contains(tag) { return "<\(tag)" + Self.attributeText(attributes) + "/>" + children(of: node) }
        if tag == "a" {
            guard attributes.contains(where: { $0.name == "href" }) else { return children(of: node) }
            linkDepth += 1
        }
        let saved = (inline, parent)
        inline = inline || SafeHTMLPolicy.phrasingOnly.contains(tag)
        parent = tag
        let content = children(of: node)
        (inline, parent) = saved
        if tag == "a" { linkDepth -= 1 }
        if content.isEmpty && !SafeHTMLPolicy.keptEmpty.contains(tag) { return "" }
        return "<\(tag)" + Self.attributeText(attributes) + ">" + content + "</\(tag)>"
    }

    private func attributes(_ node: xmlNodePtr, tag: String) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let rawName = current.pointee.name else { continue }
            let name = String(cString: rawName).lowercased()
            guard !result.contains(where: { $0.name == name }) else { continue }
            var value = ""
            if let raw = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                value = String(cString: raw)
                galley_xml_free(raw)
            }
            if let kept = SafeHTMLPolicy.attribute(name, of: tag, value: value) { result.append((name, kept)) }
        }
        return result
    }

    private static func attributeText(_ attributes: [(name: String, value: String)]) -> String {
        attributes.map { " \($0.name)=\"\(XMLEscaping.attribute($0.value))\"" }.joined()
    }
}
