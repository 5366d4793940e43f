// XML escaping on bytes gives exactly what the former scalar-by-scalar escaping gave (the oracle).
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

/// The former implementation, scalar by scalar, kept as the reference.
private func reference(_ s: String, quotes: Bool) -> String {
    var out = String.UnicodeScalarView()
    for scalar in s.unicodeScalars {
        switch scalar {
        case "&": out.append(contentsOf: "&amp;".unicodeScalars)
        case "<": out.append(contentsOf: "&lt;".unicodeScalars)
        case ">": out.append(contentsOf: "&gt;".unicodeScalars)
        case "\"" where quotes: out.append(contentsOf: "&quot;".unicodeScalars)
        case "\n" where quotes: out.append(contentsOf: "&#10;".unicodeScalars)
        case "\t" where quotes: out.append(contentsOf: "&#9;".unicodeScalars)
        case "\r": out.append(contentsOf: "&#13;".unicodeScalars)
        default: if XMLEscaping.isAllowed(scalar) { out.append(scalar) }
        }
    }
    return String(out)
}

/// Pieces around every byte the escaping looks at, including the three-byte forms near U+FFFE / U+FFFF.
private let pieces: [String] = (0..<0x20).map { String(Character(Unicode.Scalar(UInt8($0)))) } + [
    "&", "<", ">", "\"", "'", "=", "?", "\u{7F}", "\u{80}", "\u{9F}", "é", "日本", "😀", "👩‍👩‍👧", "\u{FEFF}", "\u{FFFD}",
    "\u{FFFE}", "\u{FFFF}", "\u{FFEF}", "\u{FFBE}", "\u{F000}", "\u{EFBF}", "\u{10000}", "\u{10FFFF}", "\u{D7FF}", "\u{E000}",
    "\r\n", "plain text ", "&amp;", "",
]

@Test func byteEscapingMatchesTheScalarReference() {
    var rng = SeededRandom(state: 1998)
    for _ in 0..<3000 {
        var s = ""
        for _ in 0..<rng.next(8) { s += pieces[rng.next(pieces.count)] }
        #expect(XMLEscaping.text(s) == reference(s, quotes: false), "text \(s.debugDescription)")
        #expect(XMLEscaping.attribute(s) == reference(s, quotes: true), "attribute \(s.debugDescription)")
    }
    for piece in pieces {
        #expect(XMLEscaping.text(piece) == reference(piece, quotes: false), "text \(piece.debugDescription)")
        #expect(XMLEscaping.attribute(piece) == reference(piece, quotes: true), "attribute \(piece.debugDescription)")
    }
}

@Test func escapingExamples() {
    #expect(XMLEscaping.text("a < b && c > \"d\"\t\r\n") == "a &lt; b &amp;&amp; c &gt; \"d\"\t&#13;\n")
    #expect(XMLEscaping.attribute("a\"b\tc\nd") == "a&quot;b&#9;c&#10;d")
    #expect(XMLEscaping.text("x\u{0}\u{1B}\u{FFFE}\u{FFFF}y\u{FFFD}") == "xy\u{FFFD}")
    #expect(XMLEscaping.text("untouched é 😀") == "untouched é 😀")
}
