// Parses HTML with libxml2 and copies the tree once into an `HTMLTree`; the C tree is freed before returning.
import CLibXML2
#if canImport(Glibc)
import Glibc
import GalleyModel
import GalleySupport
#endif

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
                galley_html_read_with_offsets(pointer, Int32(buffer.count), parseOptions)
            }
        }
        guard let doc else { return tree }
        defer { xmlFreeDoc(doc) }
        copy(doc, into: &tree, keepNoscript: false)
        if NoscriptPage.holdsThePage(tree) {
            var whole = HTMLTree(nodes: [HTMLNode(tag: .document, parent: -1, line: 0, endLine: 0)])
            copy(doc, into: &whole, keepNoscript: true)
            return whole
        }
        return tree
    }

    /// Element and attribute names, read from libxml2's C strings through `HTMLNameTable`
    /// (libxml2's HTML parser copies names per node, so their pointers cannot be cached).
    private struct NameCache {
        let tagTable = HTMLNameTable.tags
        let attributeTable = HTMLNameTable.attributes
        /// The ID of each ASCII class value met so far (`HTMLTree.classValues`).
        var classIDs: [String: Int32] = [:]

        func tag(_ name: UnsafePointer<xmlChar>?) -> HTMLTag {
            guard let name, let raw = tagTable.value(name) else { return .unknown }
            return HTMLTag(rawValue: raw) ?? .unknown
        }

        func attribute(_ name: UnsafePointer<xmlChar>?) -> HTMLAttributeName? {
            guard let name, let raw = attributeTable.value(name) else { return nil }
            return HTMLAttributeName(rawValue: raw)
        }
    }

    /// Copies the C tree; `keepNoscript` unwraps `noscript` elements instead of dropping them.
    private static func copy(_ doc: htmlDocPtr, into tree: inout HTMLTree, keepNoscript: Bool) {
        var depth: [Int] = [0]
        var names = NameCache()
        var swallowed = HTMLSwallowedContent()
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
        tree.attributes.reserveCapacity(4096)
        depth.reserveCapacity(4096)
        var afterBody = HTMLAfterBody()
        while let (c, given) = stack.popLast() {
            let parent = afterBody.parent(for: given)
            switch c.pointee.type {
            case XML_ELEMENT_NODE:
                let tag = names.tag(c.pointee.name)
                if afterBody.isSecondRootOrBody(tag, parent: given) {
                    pushChildren(of: c.pointee.children, last: c.pointee.last, parent: parent)
                    continue
                }
                if tag == .script {
                    copyJSONLD(c, parent: parent, into: &tree, depth: &depth, names: &names)
                    continue
                }
                if tag == .noscript, keepNoscript {
                    pushChildren(of: c.pointee.children, last: c.pointee.last, parent: parent)
                    continue
                }
                if tag.isDropped && !tag.isVoid {
                    if HTMLSwallowedContent.mayHoldSwallowedPage(tag),
                       swallowed.holdsPageStructure(c, tag: { names.tag($0.pointee.name) }) {
                        pushChildren(of: c.pointee.children, last: c.pointee.last, parent: parent)
                        continue
                    }
                    HTMLDroppedElements.record(c, tag: tag, in: &tree.dropped)
                    continue
                }
                if tag.isVoid || depth[parent] >= maximumDepth {
                    if !tag.isDropped && depth[parent] < maximumDepth {
                        _ = append(element(c, tag: tag, into: &tree, names: &names), to: parent, in: &tree, depth: &depth)
                    }
                    pushChildren(of: c.pointee.children, last: c.pointee.last, parent: parent)
                    continue
                }
                let index = append(element(c, tag: tag, into: &tree, names: &names), to: parent, in: &tree, depth: &depth)
                afterBody.note(tag, index: index, parent: parent)
                if tag.headingLevel != nil, let split = HTMLOverrunHeading.firstOverrun(c, tag: { names.tag($0.pointee.name) }) {
                    // The blocks from `split` on follow the heading (see HTMLOverrunHeading).
                    pushChildren(of: split, last: c.pointee.last, parent: parent)
                    pushChildren(of: c.pointee.children, last: split.pointee.prev, parent: index)
                    continue
                }
                pushChildren(of: c.pointee.children, last: c.pointee.last, parent: index)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = c.pointee.content else { continue }
                let line = Int(xmlGetLineNo(c))
                var node = HTMLNode(tag: .text, parent: parent, line: line, endLine: line)
                let length = strlen(content)
                let bytes = UnsafeBufferPointer(start: content, count: length)
                var newlines = 0
                for byte in bytes where byte == 10 { newlines += 1 }
                node.text = String(decoding: bytes, as: UTF8.self)
                node.endLine = line + newlines
                node.byteStart = Self.offset(c.pointee._private)
                node.byteEnd = Self.offset(c.pointee.psvi)
                _ = append(node, to: parent, in: &tree, depth: &depth)
            default:
                continue
            }
        }
        tree.nodes.withUnsafeMutableBufferPointer { nodes in
            for i in stride(from: nodes.count - 1, through: 1, by: -1) {
                let p = nodes[i].parent
                if nodes[i].endLine > nodes[p].endLine { nodes[p].endLine = nodes[i].endLine }
                if nodes[i].byteEnd > nodes[p].byteEnd { nodes[p].byteEnd = nodes[i].byteEnd }
                if nodes[i].byteStart > 0 && (nodes[p].byteStart == 0 || nodes[i].byteStart < nodes[p].byteStart) { nodes[p].byteStart = nodes[i].byteStart }
                if nodes[p].line == 0 { nodes[p].line = nodes[i].line }
            }
        }
    }

    /// A byte offset (+1) that the parse stored in a node's `_private` or `psvi` field; 0 when none.
    private static func offset(_ field: UnsafeMutableRawPointer?) -> Int32 {
        Int32(truncatingIfNeeded: Int(bitPattern: field))
    }

    /// The concatenated text children of an attribute or element (libxml2 usually gives one).
    private static func textContent(_ first: xmlNodePtr?) -> String {
        guard let first else { return "" }
        if first.pointee.next == nil {
            guard let content = first.pointee.content else { return "" }
            return String(cString: content)
        }
        var value = ""
        var child: xmlNodePtr? = first
        while let v = child {
            if let content = v.pointee.content { value += String(cString: content) }
            child = v.pointee.next
        }
        return value
    }

    /// An element node; its kept attributes are appended to `tree.attributes`.
    private static func element(_ c: xmlNodePtr, tag: HTMLTag, into tree: inout HTMLTree, names: inout NameCache) -> HTMLNode {
        let line = Int(xmlGetLineNo(c))
        var node = HTMLNode(tag: tag, parent: -1, line: max(0, line), endLine: max(0, line))
        node.byteStart = offset(c.pointee._private)
        node.byteEnd = offset(c.pointee.psvi)
        node.attributeStart = Int32(truncatingIfNeeded: tree.attributes.count)
        var attribute = c.pointee.properties
        var count: Int32 = 0
        while let a = attribute {
            attribute = a.pointee.next
            guard let name = names.attribute(a.pointee.name) else { continue }
            let value = textContent(a.pointee.children)
            // The first class value (the one `HTMLTree.attribute(.class, of:)` answers) gets its ID.
            if name == .class, !value.isEmpty, !tree.attributes[Int(node.attributeStart)...].contains(where: { $0.name == .class }) {
                if value.utf8.contains(where: { $0 >= 0x80 }) {
                    tree.hasUninternedClass = true
                } else if let id = names.classIDs[value] {
                    node.classID = id
                } else {
                    node.classID = Int32(truncatingIfNeeded: tree.classValues.count)
                    names.classIDs[value] = node.classID
                    tree.classValues.append(value)
                }
            }
            tree.attributes.append(HTMLAttribute(name: name, value: value))
            count += 1
        }
        node.attributeCount = count
        return node
    }

    /// The value of the first `type` attribute of an element, read straight from libxml2's tree.
    private static func typeAttribute(_ c: xmlNodePtr, names: inout NameCache) -> String? {
        var attribute = c.pointee.properties
        while let a = attribute {
            attribute = a.pointee.next
            if names.attribute(a.pointee.name) == .type {
                return textContent(a.pointee.children)
            }
        }
        return nil
    }

    /// `type.lowercased().contains("ld+json")`, byte-wise when the value is ASCII (the usual case).
    static func isJSONLDType(_ type: String) -> Bool {
        let bytes = Array(type.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return type.lowercased().contains("ld+json") }
        let pattern = Array("ld+json".utf8)
        guard bytes.count >= pattern.count else { return false }
        for start in 0...(bytes.count - pattern.count) {
            var j = 0
            while j < pattern.count {
                let b = bytes[start + j]
                if (b >= 65 && b <= 90 ? b + 32 : b) != pattern[j] { break }
                j += 1
            }
            if j == pattern.count { return true }
        }
        return false
    }

    /// Keeps `<script type="application/ld+json">` (for metadata) with its text; drops every other script.
    private static func copyJSONLD(_ c: xmlNodePtr, parent: Int, into tree: inout HTMLTree, depth: inout [Int], names: inout NameCache) {
        guard let type = typeAttribute(c, names: &names), isJSONLDType(type) else { return }
        let node = element(c, tag: .script, into: &tree, names: &names)
        let index = append(node, to: parent, in: &tree, depth: &depth)
        let text = textContent(c.pointee.children)
        var textNode = HTMLNode(tag: .text, parent: index, line: node.line, endLine: node.line)
        textNode.text = text
        _ = append(textNode, to: index, in: &tree, depth: &depth)
    }

    private static func append(_ node: consuming HTMLNode, to parent: Int, in tree: inout HTMLTree, depth: inout [Int]) -> Int {
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
