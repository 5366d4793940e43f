// The reader and writer interfaces (Sources/GalleyModel/Interfaces): formats by name, registering
// a reader and writer, and an unregistered format failing with a message that names it.
import Foundation
import Testing
@testable import Galley
@testable import GalleyModel

private struct ShoutingWriter: DocumentWriter {
    func write(_ document: Document, options: WriteOptions) throws -> String {
        document.blocks.compactMap { $0.inlineContent?.plainText.uppercased() }.joined(separator: "\n")
    }
}

@Test func aRegisteredWriterIsUsedAndAnUnregisteredOneFailsByName() throws {
    let format = try FormatRegistry.register(writer: ShoutingWriter(), name: "shouting-test", fileExtension: "shout")
    let out = try Converter.convert(Data("Hello there.\n".utf8), from: .markdown, to: [format])
    #expect(out[format] == "HELLO THERE.")
    FormatRegistry.unregister(format)
    #expect(throws: GalleyError.self) { try Converter.convert(Data("x\n".utf8), from: .markdown, to: [format]) }
    do {
        _ = try Converter.convert(Data("x\n".utf8), from: .markdown, to: [format])
    } catch let error as GalleyError {
        #expect(error.description.contains("shouting-test"))
    }
}
