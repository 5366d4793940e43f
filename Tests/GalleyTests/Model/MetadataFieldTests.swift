// The metadata field table (Sources/GalleyModel/MetadataField.swift) against the JSON schema, Codable, front matter and the book.
import Foundation
import Testing
@testable import Galley
@testable import GalleyModel
@testable import GalleyReaders
@testable import GalleyWriters
@testable import GalleyBook

/// The package root, from this file's path (Tests/GalleyTests/Model/…).
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// Metadata with every value field set to a value naming it (lists of two).
private func everyFieldSet() -> Metadata {
    var m = Metadata()
    for field in MetadataField.all {
        switch field.storage {
        case .text(let path): m[keyPath: path] = "value of " + field.jsonKey
        case .list(let path): m[keyPath: path] = ["first " + field.jsonKey, "second " + field.jsonKey]
        }
    }
    return m
}

@Test func schemaMetadataPropertiesAreTheFieldTable() throws {
    let data = try Data(contentsOf: packageRoot.appendingPathComponent("schema/galley-document.schema.json"))
    let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let defs = try #require(schema["$defs"] as? [String: Any])
    let metadata = try #require(defs["metadata"] as? [String: Any])
    let properties = try #require(metadata["properties"] as? [String: [String: Any]])
    let keys = MetadataField.all.map(\.jsonKey) + MetadataField.structuredJSONKeys
    #expect(Set(properties.keys) == Set(keys), "schema/galley-document.schema.json and MetadataField.all list different fields")
    #expect(Set(keys).count == keys.count)
    let required = Set(metadata["required"] as? [String] ?? [])
    #expect(required == Set(MetadataField.all.filter(\.kind.isList).map(\.jsonKey)), "lists are always written, strings only when set")
    for field in MetadataField.all {
        let property = try #require(properties[field.jsonKey])
        switch field.kind {
        case .list:
            #expect(property["type"] as? String == "array", "\(field.jsonKey)")
            #expect((property["items"] as? [String: Any])?["type"] as? String == "string", "\(field.jsonKey)")
        case .pageType:
            #expect(!(property["enum"] as? [String] ?? []).isEmpty, "\(field.jsonKey) is an enumeration in the schema")
        case .text, .date, .url, .languageTag:
            #expect(property["type"] as? String == "string", "\(field.jsonKey)")
        }
        #expect(property["description"] as? String == field.summary, "\(field.jsonKey): the schema's description and the table's summary differ")
    }
}

@Test func codableAndTheJSONWriterAgreeOnEveryField() throws {
    let document = Document(metadata: everyFieldSet(), blocks: [])
    let written = try JSONWriter().write(document, options: WriteOptions())
    let decoded = try JSONWriter.document(from: Data(written.utf8))
    #expect(decoded.metadata == document.metadata)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let viaCodable = String(decoding: try encoder.encode(document.metadata), as: UTF8.self)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any])
    let viaWriter = try JSONSerialization.data(withJSONObject: try #require(object["metadata"]), options: [.sortedKeys, .withoutEscapingSlashes])
    let reparsed = try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: Data(viaCodable.utf8)), options: [.sortedKeys, .withoutEscapingSlashes])
    #expect(viaWriter == reparsed)
}

@Test func frontMatterWritesAndReadsEveryFieldUnderItsKey() throws {
    let metadata = everyFieldSet()
    let yaml = MarkdownFrontMatter.render(metadata)
    for field in MetadataField.all { #expect(yaml.contains("\n\(field.frontMatterKey):"), "\(field.frontMatterKey) not written") }
    let body = yaml.dropFirst(4).components(separatedBy: "\n\n---")[0]
    let (read, _) = try FrontMatter.metadata(fromYAML: String(body))
    #expect(read == metadata)
    for field in MetadataField.all {
        for alias in field.frontMatterAliases {
            let (m, _) = try FrontMatter.metadata(fromYAML: "\(alias): \"x\"")
            #expect(field.isSet(in: m), "front-matter key \(alias) is not read as \(field.jsonKey)")
        }
    }
}

@Test func bookFieldsReachTheBookMetadata() throws {
    for field in MetadataField.bookFields {
        for key in field.bookKeys {
            let manifest = try PamphletManifest.parse("\(key): \"x\"\nchapters: [a.md]", relativeTo: "")
            #expect(field.isSet(in: manifest.metadata), "manifest key \(key) is not read as \(field.jsonKey)")
        }
    }
    let all = everyFieldSet()
    let book = BookMetadata(bookFieldsOf: all, title: all.title ?? "", authors: all.authors, language: all.language ?? "")
    let expected = BookMetadata(title: all.title ?? "", subtitle: all.subtitle, authors: all.authors, language: all.language ?? "",
                                identifier: all.identifier, publisher: all.publisher, date: all.published,
                                rights: all.rights, description: all.description)
    #expect(book == expected)
    // Every field the table gives the book changes the book metadata.
    for field in MetadataField.bookFields where !["title", "authors", "language"].contains(field.jsonKey) {
        var one = Metadata()
        field.copy(from: all, into: &one)
        #expect(BookMetadata(bookFieldsOf: one, title: "", authors: [], language: "") != BookMetadata(title: "", language: ""),
                "\(field.jsonKey) is marked as a book field but BookMetadata does not take it")
    }
}

@Test func pandocMetadataCarriesEveryFieldUnderItsKey() throws {
    let document = Document(metadata: everyFieldSet(), blocks: [Block(.paragraph([.text("x")]))])
    let json = try PandocJSONWriter().write(document, options: WriteOptions())
    for field in MetadataField.all { #expect(json.contains("\"\(field.pandocKeys[0])\""), "\(field.pandocKeys[0]) not written") }
    let back = try PandocJSONReader().read(Data(json.utf8), options: ReadOptions())
    #expect(back.metadata == document.metadata)
}
