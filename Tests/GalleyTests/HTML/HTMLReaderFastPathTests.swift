// The HTML reader's fast paths give exactly what the plain versions they replace give.
import Foundation
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

@Suite("HTML reader fast paths")
struct HTMLReaderFastPathTests {
    @Test func utf8ValidationAgreesWithTheStandardLibrary() {
        let edges: [[UInt8]] = [
            [], [0x41], [0xC2, 0x80], [0xC1, 0xBF], [0xE0, 0x9F, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
            [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
            [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xC3], [0xE2, 0x82],
            [0x80], [0xFF], Array("plain ascii text, long enough for words".utf8), Array("café — ok".utf8) + [0xC3],
        ]
        for bytes in edges {
            #expect(UTF8Validation.isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
        var mix = SeededRandom(state: 7)
        let alphabet: [UInt8] = [0x20, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5]
        for _ in 0..<4000 {
            let count = Int(mix.next() % 24)
            let bytes = (0..<count).map { _ in alphabet[Int(mix.next() % UInt64(alphabet.count))] }
            #expect(UTF8Validation.isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    /// The detection as it was written before the one-pass version.
    private func referenceEvidence(_ bytes: [UInt8]) -> Int? {
        let sample = bytes.prefix(65536)
        if let nul = sample.firstIndex(of: 0) { return nul }
        var controls = 0
        var first: Int?
        for (i, b) in sample.enumerated() where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B {
            controls += 1
            if first == nil { first = i }
        }
        return controls * 50 > max(sample.count, 1) ? first : nil
    }

    @Test func binaryEvidenceAgreesWithTheReference() {
        var mix = SeededRandom(state: 11)
        let alphabet: [UInt8] = [0x00, 0x01, 0x09, 0x0A, 0x0C, 0x0D, 0x1B, 0x1F, 0x20, 0x3C, 0x41, 0x61, 0xC3]
        for round in 0..<600 {
            let count = round < 10 ? round : Int(mix.next() % 300)
            let zeroWeight = mix.next() % 4 == 0
            let bytes = (0..<count).map { _ -> UInt8 in
                let b = alphabet[Int(mix.next() % UInt64(alphabet.count))]
                return b == 0 && !zeroWeight ? 0x41 : b
            }
            #expect(TextDecoding.binaryEvidence(bytes) == referenceEvidence(bytes), "\(bytes)")
        }
        let long = [UInt8](repeating: 0x41, count: 70000) + [0]
        #expect(TextDecoding.binaryEvidence(long) == nil)
    }

    @Test func jsonLDTypeTestAgreesWithLowercasedContains() {
        for type in ["application/ld+json", "APPLICATION/LD+JSON", "text/javascript", "ld+jso", "", "x ld+json; charset=utf-8",
                     "application/ld+json\u{301}", "LD+JSON", "ld+JSON\r\n", "ℓd+json", "ld+json"] {
            #expect(HTMLTreeBuilder.isJSONLDType(type) == type.lowercased().contains("ld+json"), "\(type)")
        }
    }

    @Test func attributesAreReadPerElement() {
        let tree = HTMLTreeBuilder.parse(utf8: Array(#"<div class="a" id="b" onclick="x"><p class="c">t</p><span></span></div>"#.utf8))
        let div = tree.first(.div) ?? -1, p = tree.first(.p) ?? -1, span = tree.first(.span) ?? -1
        #expect(tree.attribute(.class, of: div) == "a")
        #expect(tree.attribute(.id, of: div) == "b")
        #expect(tree.attribute(.class, of: p) == "c")
        #expect(tree.attribute(.id, of: p) == nil)
        #expect(tree.attribute(.class, of: span) == nil)
        #expect(tree.hasAttribute(.id, of: div) && !tree.hasAttribute(.id, of: span))
    }

    @Test func nameTablesAgreeWithTheDictionaries() {
        var candidates = Array(HTMLTag.byName.keys) + Array(HTMLAttributeName.byName.keys)
        for name in candidates { candidates += [name.uppercased(), name + "x", String(name.dropLast()), "x" + name, name + name] }
        candidates += ["", "a-very-long-attribute-name", "data-original-title", "é", "k\u{301}", "h7", "aria-hiddenx"]
        for name in candidates {
            let bytes = Array(name.utf8) + [0]
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                #expect(HTMLNameTable.tags.value(base).flatMap(HTMLTag.init(rawValue:)) == HTMLTag.byName[name], "\(name)")
                #expect(HTMLNameTable.attributes.value(base).flatMap(HTMLAttributeName.init(rawValue:)) == HTMLAttributeName.byName[name], "\(name)")
            }
        }
    }
}

@Test func asciiURLSafetyAgreesWithTheGeneralTest() {
    let pieces = ["javascript", "JavaScript", "java\tscript", " vbscript", "livescript", "mocha", "data", "DATA", ":", "://", "/", "?", "#",
                  "image/png", "image/PNG;base64,AAA", "image/svg+xml", "text/html", "http", "https", "x", " ", "\u{7F}", "\n", "é", "İ",
                  "averyveryverylongschemename", "mail", "to", "tel"]
    var state: UInt64 = 5
    func next(_ n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(n))
    }
    for _ in 0..<5000 {
        let url = (0..<next(5)).map { _ in pieces[next(pieces.count)] }.joined()
        for forImage in [false, true] {
            let squeezed = String(url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }).lowercased()
            var expected = true
            if let colon = squeezed.firstIndex(of: ":") {
                let scheme = squeezed[..<colon]
                if !(scheme.contains("/") || scheme.contains("?") || scheme.contains("#")) {
                    switch scheme {
                    case "javascript", "vbscript", "livescript", "mocha": expected = false
                    case "data":
                        let rest = squeezed[squeezed.index(after: colon)...]
                        expected = forImage && ["image/png", "image/jpeg", "image/gif", "image/webp"].contains { rest.hasPrefix($0) }
                    default: expected = true
                    }
                }
            }
            #expect(SafeURL.isSafe(url, forImage: forImage) == expected, "\(url)")
        }
    }
}
