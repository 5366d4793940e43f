// Renders raw HTML from Markdown input as safe, well-formed XHTML (libxml2 parses, Galley writes).
import CLibXML2
import GalleyModel
import GalleySupport

/// Raw HTML fragments made safe for XHTML output.
///
/// The fragment is parsed with libxml2's forgiving HTML parser, then written back as XHTML by
/// `SafeHTMLSerializer`: allowed elements keep only safe attributes, scripts, styles, frames
/// and forms are dropped with their content, unknown elements are unwrapped (their text kept),
/// comments are dropped, and the result is always well-formed.
enum SafeHTMLFragment {
    /// XHTML for a raw HTML block (flow content); empty when nothing safe remains.
    static func block(_ html: String) -> String {
        sanitize(html, inline: false)
    }

    /// XHTML for raw inline HTML (phrasing content only: block elements are unwrapped).
    static func inline(_ html: String) -> String {
        sanitize(html, inline: true)
    }

    private static func sanitize(_ html: String, inline: Bool) -> String {
        if !html.contains("<") && !html.contains("&") { return XMLEscaping.text(html) }
        let wrapped = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + html + "</body></html>"
        let bytes = Array(wrapped.utf8)
        let flags = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        galley_xml_silence_errors()
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", flags)
            }
        }
        guard let document = parsed else { return XMLEscaping.text(html) }
        defer { xmlFreeDoc(document) }
        guard let body = findBody(xmlDocGetRootElement(document)) else { return "" }
        var serializer = SafeHTMLSerializer(inline: inline)
        return serializer.children(of: body)
    }

    private static func findBody(_ root: xmlNodePtr?) -> xmlNodePtr? {
        var child = root?.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE, SafeHTMLSerializer.name(node) == "body" { return node }
            child = node.pointee.next
        }
        return nil
    }
}
