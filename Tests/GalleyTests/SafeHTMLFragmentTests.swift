// Raw HTML made safe: nothing executable survives, and the result is always well-formed XML.
import CLibXML2
import Testing
@testable import Galley
@testable import GalleyModel
@testable import GalleySupport
@testable import GalleyReaders
@testable import GalleyPasses
@testable import GalleyWriters
@testable import GalleyPipeline
@testable import GalleyBook
@testable import GalleyBatch

/// True when libxml2's XML parser accepts the fragment (wrapped in one root element).
private func isWellFormed(_ fragment: String) -> Bool {
    let xml = "<root xmlns=\"http://www.w3.org/1999/xhtml\">" + fragment + "</root>"
    let bytes = Array(xml.utf8)
    galley_xml_silence_errors()
    let doc = bytes.withUnsafeBufferPointer { buffer in
        buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
            xmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
        }
    }
    guard let doc else { return false }
    xmlFreeDoc(doc)
    return true
}

private let hostile = [
    "<script>alert(1)</script>visible",
    "<p onclick=\"steal()\" style=\"x\" id=\"i\" class=\"c\">text</p>",
    "<a href=\"javascript:alert(1)\">js link</a> <a href=\" JaVa\tScRiPt:x\">again</a>",
    "<img src=x onerror=alert(1)>",
    "<img src=\"data:text/html;base64,PHNjcmlwdD4=\" alt=\"bad data\">",
    "<div><span><b>unclosed <i>tags <p>everywhere",
    "<table><tr><td>a<td>b</table></div></div></span>",
    "<<>>&&<x<y>>\"'</>",
    "<style>body{}</style><iframe src=x>in frame</iframe><object>o</object><embed src=x>after embed",
    "<form><input value=1><button>b</button></form><noscript>ns</noscript><template>t</template>",
    "<svg><script>alert(1)</script></svg><math>m</math>",
    "<!-- comment --><![CDATA[cdata]]><?pi x?>",
    "<p>x<wbr>y</p><video><source src=a>fallback</video>",
    "<custom-el data-x=1>custom text</custom-el>",
]

@Test(arguments: hostile)
func rawHTMLIsSafeAndWellFormed(_ html: String) {
    for out in [SafeHTMLFragment.block(html), SafeHTMLFragment.inline(html)] {
        #expect(isWellFormed(out), "not well-formed: \(out)")
        let lower = out.lowercased()
        for bad in ["<script", "javascript:", "onerror", "onclick", "style=", "<iframe", "<object", "<embed", "<form", "<input", "<style", "data:text", " id=", " class="] {
            #expect(!lower.contains(bad), "\(bad) in \(out)")
        }
        #expect(!out.contains("/>") || !out.contains("<p/>") && !out.contains("<div/>") && !out.contains("<span/>") && !out.contains("<a/>"))
    }
}

@Test func allowedMarkupAndTextAreKept() {
    #expect(SafeHTMLFragment.block("<div class=\"x\"><p>para<custom>kept</custom></p></div>") == "<div><p>parakept</p></div>")
    #expect(SafeHTMLFragment.inline("<a href=\"https://x.org\" title=\"T\" onclick=\"y\">ok</a>") == "<a href=\"https://x.org\" title=\"T\">ok</a>")
    #expect(SafeHTMLFragment.inline("<img src=\"a.png\">") == "<img src=\"a.png\" alt=\"\"/>")
    #expect(SafeHTMLFragment.inline("<div>block</div>") == "block")
    #expect(SafeHTMLFragment.block("<table><tr><td colspan=\"2x\" rowspan=\" 3 \"></table>") == "<table><tr><td rowspan=\"3\"></td></tr></table>")
    #expect(SafeHTMLFragment.block("<td>stray cell</td><li>stray item</li>") == "stray cellstray item")
    #expect(SafeHTMLFragment.block("<span><div>block in span</div></span><p><ul><li>x</li></ul></p>") == "<span>block in span</span><ul><li>x</li></ul>")
    #expect(SafeHTMLFragment.block("<p></p><span> </span>") == "<span> </span>")
    #expect(SafeHTMLFragment.inline("x<wbr>y") == "x<wbr/>y")
    #expect(SafeHTMLFragment.block("<embed src=x>after") == "after")
}

@Test func splitInlineTagsAreSanitizedTogether() {
    let out = XHTMLWriter().inline([.rawHTML("<b>"), .text("bold & <safe>"), .rawHTML("</b>"), .text(" "), .rawHTML("<script>"), .text("x"), .rawHTML("</script>")])
    #expect(out == "<b>bold &amp; &lt;safe&gt;</b> ")
}
