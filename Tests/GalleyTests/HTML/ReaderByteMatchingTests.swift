// The HTML reader's byte-level matching (class cues, labels, unit text) gives what the String versions gave.
import Foundation
import Testing
@testable import GalleyModel
@testable import GalleySupport
@testable import GalleyReaders

@Suite("HTML reader byte matching")
struct ReaderByteMatchingTests {
    @Test func asciiUnitTextCountsAsCharacters() {
        // A trailing no-break space sends the text down the `Character` path without changing a count.
        var mix = SeededRandom(state: 12)
        let alphabet = Array("aZ9 .,!?:;\"'()-$+<=>^`|~_\t\r\n\u{1}\u{7F}Hello world. It's 2025!")
        let samples = ["", "Hello, World.", "A B C", "end:\r\n", "x\r\ny", "U.S. 1999 ok?"] + (0..<2000).map { _ in
            String((0..<Int(mix.next() % 40)).map { _ in alphabet[Int(mix.next() % UInt64(alphabet.count))] })
        }
        for text in samples {
            let bytes = ExtractionText(text), characters = ExtractionText(text + "\u{A0}")
            #expect(bytes.words == characters.words && bytes.shortWords == characters.shortWords
                    && bytes.digitWords == characters.digitWords && bytes.capitalWords == characters.capitalWords
                    && bytes.sentenceEnds == characters.sentenceEnds && bytes.punctuation == characters.punctuation
                    && bytes.endsSentence == characters.endsSentence && bytes.wordList == characters.wordList, "\(text.debugDescription)")
        }
    }

    @Test func classCueGroupsAgreeWithElementTokens() {
        let groups: [[[UInt8]]] = [["nav", "menu"], ["author", "byline"], ["price"], ["", "caf\u{E9}"]].map { $0.map { Array($0.utf8) } }
        let page = """
        <html><body><div class="Main-NAV x">a</div><div class="main-nav x">b</div><p id="AuthorBox" class="byline">c</p>
        <span class="Caf\u{C9} price">d</span><span class="CAF\u{C9}">e</span><i class="\u{212A}menu">f</i><b class="Kmenu">g</b>
        <div class="main-nav x" id="navbar">h</div><em class="  " id="">i</em><u>j</u><div class="a\tbyline\nz">k</div></body></html>
        """
        let tree = HTMLTreeBuilder.parse(utf8: Array(page.utf8))
        var cache = TokenGroupCache(groups: groups)
        for _ in 0..<2 {
            for index in tree.nodes.indices where tree.nodes[index].tag != .text {
                let tokens = ElementTokens(index, tree: tree)
                var expected: UInt64 = 0
                for g in groups.indices where !tokens.isEmpty && tokens.marks(groups[g]) { expected |= 1 << UInt64(g) }
                #expect(cache.mask(of: index, tree: tree) == expected, "element \(index)")
            }
        }
    }

    @Test func authorLabelsAgreeWithTheFoundationVersions() {
        let samples = ["By", "by", "  by:", "Written By ", "AUTHOR:", "Author", "Текст:", "ТЕКСТ: Иван Петров", "byline", "K",
                       "av", "Av Ola Nordmann", "by jane", "By Jane Doe", "Autor: Ana Silva", "text : X", "Posted by Jane Roe",
                       "Reporting by Reuters", "REDACCIÓN: Ana", "redacción", ":: by ::", "", " ", "by  ", "Bylines",
                       "Par Émile Zola", "door Jan", "\u{212A}", "Writer:", "writers: many", "przez Jana"]
        for text in samples {
            let lower = text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " :"))
            let spaced = text.drop { $0 == " " }
            let nounLabel = AuthorLabels.nouns.contains(lower) && (spaced.first?.isUppercase == true || spaced.contains(":"))
            #expect(AuthorLabels.isLabelOnly(text) == (AuthorLabels.prepositions.contains(lower) || nounLabel), "\(text)")
            let stripped = AuthorLabels.strip(text), reference = AuthorLabels.stripByCharacters(text)
            #expect(stripped.name == reference.name && stripped.stripped == reference.stripped, "\(text)")
        }
    }

}
