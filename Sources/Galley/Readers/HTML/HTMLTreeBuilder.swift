// Parses HTML with libxml2 and copies the tree once into an `HTMLTree`; the C tree is freed before returning.
import CLibXML2

/// Builds `HTMLTree`s from UTF-8 HTML bytes with libxml2's HTML parser.
enum HTMLTreeBuilder {
    /// Elements nested deeper than this are flattened into their ancestor at this depth, so no
    /// later recursive walk can run out of stack on hostile input.
    static let maximumDepth = 160

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    private static let parseOptions = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
            | XML_PARSE_HUGE.rawValue
    )

    /// Parses UTF-8 bytes (already transcoded) into a tree. Never fails: unparsable input gives an empty tree.
    static func parse(utf8 bytes: [UInt8]) -> HTMLTree {
        _ = initialized
        var tree = HTMLTree(nodes: [HTMLNode(tag: .document, parent: -1, line: 0, endLine: 0)])
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return tree }
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(buffer.count), nil, "UTF-8", parseOptions)
            }
        }
        guard let doc else { return tree }
        defer { xmlFreeDoc(doc) }
        copy(doc, into: &tree)
        return tree
    }

    private static func copy(_ doc: htmlDocPtr, into tree: inout HTMLTree) {
        var depth: [Int] = [0]
        var stack: [(node: xmlNodePtr, parent: Int)] = []
        func pushChildren(of first: xmlNodePtr?, last: xmlNodePtr?, parent: Int) {
            var child = last
            while let c = child {
                stack.append((c, parent))
                if c == first { break }
                child = c.pointee.prev
            }
        }
        pushChildren(of: doc.pointee.children, last: doc.pointee.last, parent: 0)
        tree.nodes.reserveCapacity(4096)
        while let (c, parent) = stack.popLast() {
            switch c.pointee.type {
            case XML_ELEMENT_NODE:
                let tag = c.pointee.name.map { HTMLTag(name: String(cString: $0)) } ?? .unknown
                if tag == .script {
                    copyJSONLD(c, parent: parent, into: &tree, depth: &depth)
                    continue
                }
                if tag.isDropped && !tag.isVoid { continue }
                if tag.isVoid || depth[parent] >= maximumDepth {
                    if !tag.isDropped && depth[parent] < maximumDepth {
                        _ = append(element(c, tag: tag), to: parent, in: &tree, depth: &depth)
                    }
                    pushChildren(of: c.pointee.children, last: c.pointee.last, parent: parent)
                    continue
                }
                let index = append(element(c, tag: tag), to: parent, in: &tree, depth: &depth)
                pushChildren(of: c.pointee.children, last: c.pointee.last, parent: index)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = c.pointee.content else { continue }
                var node = HTMLNode(tag: .text, parent: parent, line: Int(xmlGetLineNo(c)), endLine: 0)
                node.text = String(cString: content)
                node.endLine = node.line + node.text.utf8.reduce(0) { $1 == 10 ? $0 + 1 : $0 }
                _ = append(node, to: parent, in: &tree, depth: &depth)
            default:
                continue
            }
        }
        for i in stride(from: tree.nodes.count - 1, through: 1, by: -1) {
            let p = tree.nodes[i].parent
            if tree.nodes[i].endLine > tree.nodes[p].endLine { tree.nodes[p].endLine = tree.nodes[i].endLine }
            if tree.nodes[p].line == 0 { tree.nodes[p].line = tree.nodes[i].line }
        }
    }

    private static func element(_ c: xmlNodePtr, tag: HTMLTag) -> HTMLNode {
        let line = Int(xmlGetLineNo(c))
        var node = HTMLNode(tag: tag, parent: -1, line: max(0, line), endLine: max(0, line))
        var attribute = c.pointee.properties
        while let a = attribute {
            defer { attribute = a.pointee.next }
            guard let rawName = a.pointee.name, let name = HTMLAttributeName(name: String(cString: rawName)) else { continue }
            var value = ""
            var child = a.pointee.children
            while let v = child {
                if let content = v.pointee.content { value += String(cString: content) }
                child = v.pointee.next
            }
            node.attributes.append(HTMLAttribute(name: name, value: value))
        }
        return node
    }

    /// Keeps `<script type="application/ld+json">` (for metadata) with its text; drops every other script.
    private static func copyJSONLD(_ c: xmlNodePtr, parent: Int, into tree: inout HTMLTree, depth: inout [Int]) {
        let node = element(c, tag: .script)
        guard let type = node.attributes.first(where: { $0.name == .type })?.value.lowercased(), type.contains("ld+json") else { return }
        let index = append(node, to: parent, in: &tree, depth: &depth)
        var text = ""
        var child = c.pointee.children
        while let t = child {
            if let content = t.pointee.content { text += String(cString: content) }
            child = t.pointee.next
        }
        var textNode = HTMLNode(tag: .text, parent: index, line: node.line, endLine: node.line)
        textNode.text = text
        _ = append(textNode, to: index, in: &tree, depth: &depth)
    }

    private static func append(_ node: HTMLNode, to parent: Int, in tree: inout HTMLTree, depth: inout [Int]) -> Int {
        var node = node
        node.parent = parent
        let index = tree.nodes.count
        tree.nodes.append(node)
        depth.append(depth[parent] + 1)
        let last = tree.nodes[parent].lastChild
        if last >= 0 { tree.nodes[last].next = index } else { tree.nodes[parent].firstChild = index }
        tree.nodes[parent].lastChild = index
        return index
    }
}
