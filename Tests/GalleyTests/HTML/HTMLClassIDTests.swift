// Interned class values (HTMLNode.classID) and the caches keyed by them answer as the String-keyed versions did.
import Foundation
import Testing
@testable import GalleyModel
@testable import GalleySupport
@testable import GalleyReaders

@Suite("HTML class IDs")
struct HTMLClassIDTests {
    private static let page = """
    <html><body><div class="post card">a</div><div class="post card">b</div><div class="post  card">c</div>
    <p class="">d</p><p>e</p><span class="byline" class="other">f</span><i class="caf\u{E9}">g</i>
    <div class="post card" id="author-box">h</div><article class="content">i</article></body></html>
    """

    @Test func equalClassValuesShareAnID() {
        let tree = HTMLTreeBuilder.parse(utf8: Array(Self.page.utf8))
        let elements = tree.nodes.indices.filter { tree.nodes[$0].tag != .text }
        for a in elements {
            let value = tree.attribute(.class, of: a) ?? ""
            let id = tree.nodes[a].classID
            if value.isEmpty || value.utf8.contains(where: { $0 >= 0x80 }) {
                #expect(id == -1, "element \(a)")
            } else {
                #expect(id >= 0 && tree.classValues[Int(id)] == value, "element \(a)")
            }
            for b in elements where id >= 0 && tree.nodes[b].classID >= 0 {
                #expect((id == tree.nodes[b].classID) == (value == tree.attribute(.class, of: b)), "elements \(a) \(b)")
            }
        }
        #expect(tree.hasUninternedClass)
    }

    @Test func siblingSignaturesAgreeWithTheClassValues() {
        for page in [Self.page, Self.page.replacingOccurrences(of: "caf\u{E9}", with: "cafe"),
                     "<html><body><b class=\"K\">x</b><b class=\"\u{212A}\">y</b></body></html>"] {
            let tree = HTMLTreeBuilder.parse(utf8: Array(page.utf8))
            let elements = tree.nodes.indices.filter { tree.nodes[$0].tag != .text }
            for a in elements {
                for b in elements {
                    let byValue = tree.nodes[a].tag == tree.nodes[b].tag && (tree.attribute(.class, of: a) ?? "") == (tree.attribute(.class, of: b) ?? "")
                    #expect((TagAndClass(a, in: tree) == TagAndClass(b, in: tree)) == byValue, "elements \(a) \(b)")
                }
            }
        }
    }

    @Test func cueMasksByIDMatchTheValueMasks() {
        let tree = HTMLTreeBuilder.parse(utf8: Array(Self.page.utf8))
        var byID = CueMaskCache(), byValue = CueMaskCache()
        for _ in 0..<2 {
            for a in tree.nodes.indices where tree.nodes[a].tag != .text {
                let c = tree.attribute(.class, of: a) ?? "", i = tree.attribute(.id, of: a) ?? ""
                #expect(byID.mask(class: c, id: i, classID: tree.nodes[a].classID) == byValue.mask(class: c, id: i), "element \(a)")
            }
        }
    }

    @Test func classBytesAndASCIITestAgreeWithTheViewVersions() {
        for text in ["", "Post CARD", "caf\u{E9} \u{C9}t\u{C9}", "ZZ-top_9 [x]", "\u{212A}elvin", String(repeating: "AbC ", count: 40)] {
            #expect(ClassNames(text).bytes == text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 })
            #expect(ElementTokens.isASCII(text) == !text.utf8.contains { $0 >= 0x80 })
            let bridged = String(NSString(string: text))  // a string whose bytes may not be contiguous
            #expect(ElementTokens.isASCII(bridged) == !text.utf8.contains { $0 >= 0x80 })
        }
    }
}
