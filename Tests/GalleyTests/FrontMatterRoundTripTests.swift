// Front matter that round-trips: unknown keys kept verbatim, the input's names kept, presets, -M overrides.
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

private let jekyllPost = """
---
layout: post
title: "Hello"
categories:
  - news
  - tech   # a comment
tags: [a, b]
draft: false
lastmod: 2020-01-02
url: /hello/
---

# Hello

Text.

"""

private func markdown(_ input: String, style: FrontMatterStyle? = nil, overrides: Metadata? = nil) throws -> (String, Document) {
    var options = ConversionOptions(normalize: false)
    options.write.frontMatterStyle = style
    options.metadataOverrides = overrides
    let document = try Converter.document(from: Data(input.utf8), format: .markdown, options: options)
    return (try MarkdownWriter().write(document, options: options.write), document)
}

@Test func markdownToMarkdownKeepsUnknownKeysVerbatimAndTheInputsNames() throws {
    let (output, document) = try markdown(jekyllPost)
    #expect(output.contains("tags:\n  - \"a\"\n  - \"b\"\n"))
    #expect(output.contains("lastmod: \"2020-01-02\"\n"))
    #expect(output.contains("url: \"/hello/\"\n"))
    #expect(output.contains("layout: post\ncategories:\n  - news\n  - tech   # a comment\ndraft: false\n"))
    #expect(!output.contains("keywords"))
    #expect(document.metadata.extra.map(\.key) == ["layout", "categories", "draft"])
    #expect(document.warnings.contains { $0.contains("layout, categories, draft") })
    // A second round gives the same bytes.
    #expect(try markdown(output).0 == output)
}

@Test func frontMatterPresetsChooseTheFieldNamesAndWarnAboutRenames() throws {
    let (hugo, hugoDocument) = try markdown(jekyllPost, style: .hugo)
    #expect(hugo.contains("lastmod: ") && hugo.contains("tags:") && hugo.contains("canonical: \"/hello/\""))
    #expect(!hugo.contains("\nurl:"))
    let warnings = Converter.writeWarnings(hugoDocument, formats: [.markdown], options: WriteOptions(frontMatterStyle: .hugo))
    #expect(warnings == ["front matter: 'url' written as 'canonical' (--front-matter hugo)"])
    let (jekyll, _) = try markdown(jekyllPost, style: .jekyll)
    #expect(jekyll.contains("last_modified_at: ") && jekyll.contains("canonical_url: "))
    let (pandoc, _) = try markdown(jekyllPost, style: .pandoc)
    #expect(pandoc.contains("keywords:") && pandoc.contains("modified: ") && pandoc.contains("url: "))
    // XHTML has no place for the entries Galley has no field for: named on standard error.
    let dropped = Converter.writeWarnings(hugoDocument, formats: [.xhtml], options: WriteOptions())
    #expect(dropped == ["front matter: not in the xhtml output (kept in Markdown and JSON): layout, categories, draft"])
}

@Test func metadataOverridesFromPairsAndYAML() throws {
    var overrides = try Metadata.fromYAML("title: From file\nweight: 3\n")
    overrides.apply(try Metadata.fromPairs(["author=A", "author=B", "draft=true", "lang=pt-BR"]))
    let (output, document) = try markdown(jekyllPost, overrides: overrides)
    #expect(document.metadata.title == "From file")
    #expect(document.metadata.authors == ["A", "B"])
    #expect(document.metadata.language == "pt-BR")
    #expect(output.contains("weight: 3\n"))
    #expect(output.contains("draft: \"true\"\n") && !output.contains("draft: false"))
    #expect(throws: GalleyError.self) { try Metadata.fromPairs(["bad key=x"]) }
    #expect(throws: GalleyError.self) { try Metadata.fromYAML("- a list\n- not a mapping\n") }
}
