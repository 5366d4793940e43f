// The text of elements the tree copy leaves out (form controls, embeds, SVG, noscript), kept as removals.
import CLibXML2
import GalleyModel
import GalleySupport

/// What the HTML reader cannot keep as document content, recorded whole so no word goes missing
/// silently: a button's label, a menu's options, an SVG's text, a frame's or a video's fallback
/// text, a `noscript` message. Scripts, styles and templates hold no visible text and are not recorded.
package enum HTMLDroppedElements {
    /// Why an element left out of the tree is removed; nil for elements without visible text.
    static func reason(_ tag: HTMLTag) -> RemovalReason? {
        switch tag {
        case .button, .select, .option, .optgroup, .textarea, .datalist, .output, .keygen, .input: .formControl
        case .iframe, .frame, .frameset, .object, .canvas, .audio, .video, .embed, .param, .source, .track, .map, .area: .embeddedContent
        case .svg: .svgGraphic
        case .noscript: .noscriptFallback
        case .dialog: .dialog
        default: nil
        }
    }

    /// Records the text of the element `node` (tag `tag`), with the lines and bytes it spans.
    static func record(_ node: xmlNodePtr, tag: HTMLTag, in log: inout RemovalLog) {
        guard let reason = reason(tag) else { return }
        var text = ""
        var startLine = Int(xmlGetLineNo(node)), endLine = startLine
        var startByte = Int.max, endByte = -1
        var stack: [xmlNodePtr] = []
        var child = node.pointee.children
        while let c = child { stack.append(c); child = c.pointee.next }
        stack.reverse()
        while let c = stack.popLast() {
            if c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE, let content = c.pointee.content {
                text += String(cString: content) + " "
                let line = Int(xmlGetLineNo(c))
                if line > 0 { startLine = startLine > 0 ? min(startLine, line) : line; endLine = max(endLine, line) }
                let start = Int(bitPattern: c.pointee._private), end = Int(bitPattern: c.pointee.psvi)
                if start > 0 { startByte = min(startByte, start - 1) }
                if end > 0 { endByte = max(endByte, end - 1) }
            } else if c.pointee.type == XML_ELEMENT_NODE {
                var children: [xmlNodePtr] = []
                var grandchild = c.pointee.children
                while let g = grandchild { children.append(g); grandchild = g.pointee.next }
                stack.append(contentsOf: children.reversed())
            }
        }
        let folded = text.foldingWhitespace
        guard !folded.isEmpty else { return }
        let span = startLine > 0 ? SourceSpan(startLine: startLine, endLine: endLine,
                                              startByte: startByte == Int.max ? nil : startByte,
                                              endByte: endByte < 0 ? nil : endByte) : nil
        log.record(reason, text: folded, span: span)
    }
}
