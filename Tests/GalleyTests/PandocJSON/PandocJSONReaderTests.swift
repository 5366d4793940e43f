// The pandoc JSON reader (Sources/GalleyReaders/PandocJSON): pandoc's AST into the model, metadata and removals.
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

@Test func pandocJSONReaderKeepsUnknownNodesAsContentWithAWarning() throws {
    let json = """
    {"pandoc-api-version":[1,23,1],"meta":{"custom":{"t":"MetaString","c":"x"}},"blocks":[
    {"t":"Div","c":[["d",["note"],[]],[{"t":"Para","c":[{"t":"Span","c":[["",[],[]],[{"t":"Str","c":"in"}]]},{"t":"Space"},{"t":"Math","c":[{"t":"InlineMath"},"x^2"]},{"t":"Note","c":[{"t":"Para","c":[{"t":"Str","c":"fn"}]}]}]}]]},
    {"t":"RawBlock","c":["latex","\\\\newpage"]},
    {"t":"Figure","c":[["",[],[]],[null,[{"t":"Plain","c":[{"t":"Str","c":"cap"}]}]],[{"t":"Plain","c":[{"t":"Image","c":[["",[],[]],[{"t":"Str","c":"alt"}],["i.png",""]]}]}]]},
    {"t":"SomethingNew","c":[{"t":"Str","c":"kept"}]}]}
    """
    let document = try PandocJSONReader().read(Data(json.utf8), options: ReadOptions())
    #expect(document.blocks[0] == Block(.paragraph([.text("in "), .code("x^2"), .text(" [fn]")])))
    #expect(document.blocks[1] == Block(.codeBlock(CodeBlock(language: "latex", text: "\\newpage\n"))))
    #expect(document.blocks[2] == Block(.figure(Figure(image: Image(source: "i.png", alt: [.text("alt")]), caption: [.text("cap")]))))
    #expect(document.blocks[3] == Block(.paragraph([.text("kept")])))
    let warnings = document.warnings.joined(separator: "\n")
    for tag in ["Div", "Span", "Math", "Note", "RawBlock", "SomethingNew"] { #expect(warnings.contains("pandoc \(tag) node"), "no warning for \(tag)") }
    #expect(warnings.contains("dropped: custom"))
    #expect(document.removals == [Removal(stage: .read, reason: .unmodelledMetadata, text: "custom: x")])
}

@Test func pandocJSONReaderRefusesWhatIsNotPandocJSON() {
    for input in ["not json", "[1,2]", "{\"blocks\":[]}"] {
        #expect(throws: GalleyError.self) { try PandocJSONReader().read(Data(input.utf8), options: ReadOptions()) }
    }
    #expect(InputSniffer.format(of: Data("{\"pandoc-api-version\":[1,22],\"meta\":{},\"blocks\":[]}".utf8)) == .pandocJSON)
}

@Test func pandocJSONReaderMapsMetadataAliasesAndReadsRemovalsBack() throws {
    let json = """
    {"pandoc-api-version":[1,23,1],"meta":{
    "title":{"t":"MetaInlines","c":[{"t":"Str","c":"A"},{"t":"Space"},{"t":"Str","c":"title"}]},
    "abstract":{"t":"MetaBlocks","c":[{"t":"Para","c":[{"t":"Str","c":"Short."}]}]},
    "author":{"t":"MetaList","c":[{"t":"MetaInlines","c":[{"t":"Str","c":"Ann"}]},{"t":"MetaInlines","c":[{"t":"Str","c":"Bo"}]}]},
    "galley-removals":{"t":"MetaList","c":[{"t":"MetaMap","c":{"stage":{"t":"MetaInlines","c":[{"t":"Str","c":"html-extraction"}]},
      "reason":{"t":"MetaInlines","c":[{"t":"Str","c":"navigation"}]},"text":{"t":"MetaInlines","c":[{"t":"Str","c":"Home"}]}}}]}},
    "blocks":[{"t":"Para","c":[{"t":"Str","c":"Body"}]}]}
    """
    let document = try PandocJSONReader().read(Data(json.utf8), options: ReadOptions())
    #expect(document.metadata.title == "A title")
    #expect(document.metadata.description == "Short.")
    #expect(document.metadata.authors == ["Ann", "Bo"])
    #expect(document.removals == [Removal(stage: .htmlExtraction, reason: .navigation, text: "Home")])
    #expect(document.blocks == [Block(.paragraph([.text("Body")]))])
}

@Test func pandocJSONReaderKeepsNestedListsAndQuotes() throws {
    let json = """
    {"pandoc-api-version":[1,23,1],"meta":{},"blocks":[
    {"t":"BulletList","c":[[{"t":"Plain","c":[{"t":"Str","c":"a"}]},{"t":"OrderedList","c":[[2,{"t":"Decimal"},{"t":"Period"}],[[{"t":"Plain","c":[{"t":"Str","c":"b"}]}]]]}]]},
    {"t":"BlockQuote","c":[{"t":"Para","c":[{"t":"Quoted","c":[{"t":"DoubleQuote"},[{"t":"Str","c":"q"}]]}]}]}]}
    """
    let document = try PandocJSONReader().read(Data(json.utf8), options: ReadOptions())
    guard case .list(let outer) = document.blocks.first?.kind, case .list(let inner) = outer.items.first?.last?.kind else {
        Issue.record("expected a list inside a list, got \(document.blocks)")
        return
    }
    #expect(outer.style == .bullet(nil))
    #expect(inner.style == .ordered(.period) && inner.start == 2)
    #expect(document.blocks.count == 2)
    #expect(document.blocks[1].kind == .blockQuote([Block(.paragraph([.text("\u{201C}q\u{201D}")]))]))
}
