// pamphlet.yml: what a book is made of (metadata, cover, stylesheet, chapters in order).
import Foundation
import Yams
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// A pamphlet described in YAML. Paths are relative to the manifest file.
///
/// ```yaml
/// title: Regional Organizations
/// subtitle: A reader
/// authors: [Ada Lovelace]          # or author: Ada Lovelace
/// language: en
/// identifier: urn:isbn:9780000000000
/// publisher: Galley Press
/// date: 2024-05-01
/// rights: CC BY 4.0
/// cover: cover.png                 # omit for a generated cover
/// stylesheet: sans                 # a built-in name or a CSS path
/// split-level: 1                   # headings at this level or above start a new file
/// toc-depth: 3
/// chapters:
///   - intro.md
///   - path: article.html
///     title: The article
/// ```
public struct PamphletManifest: Sendable, Equatable {
    /// One chapter entry: an input path and an optional title overriding the input's own.
    public struct Chapter: Sendable, Equatable {
        /// The input path (already resolved against the manifest's folder).
        public var path: String
        /// A title for the chapter.
        public var title: String?
        /// The input format; nil detects it from the extension.
        public var format: InputFormat?
        /// The path's file-system bytes, when they are not the UTF-8 of `path` (a name that is
        /// not UTF-8, found in a folder or given as an argument; `path` shows it escaped).
        public var fileSystemPath: [UInt8]?

        /// Creates a chapter entry.
        public init(path: String, title: String? = nil, format: InputFormat? = nil, fileSystemPath: [UInt8]? = nil) {
            self.path = path
            self.title = title
            self.format = format
            self.fileSystemPath = fileSystemPath
        }
    }

    /// The book's descriptive fields: those `MetadataField.bookFields` lists, read under their
    /// `bookKeys` (`title`, `authors`, `date` → `published` ...).
    public var metadata = Metadata()
    /// The cover image path.
    public var cover: String?
    /// A built-in stylesheet name or a CSS path.
    public var stylesheet: String?
    /// The split level.
    public var splitLevel: Int?
    /// The table-of-contents depth.
    public var tocDepth: Int?
    /// The chapters, in reading order.
    public var chapters: [Chapter] = []
    /// The folder the manifest was read from: chapters, images, cover and stylesheet must lie
    /// inside it (see `ReadScope`); nil for a manifest made in code or from command-line inputs.
    public var folder: String?

    /// Creates an empty manifest.
    public init() {}

    /// The largest manifest file read (a list of chapters is small): 4 MiB.
    static let maxManifestBytes = 4 << 20

    /// Reads a manifest file; relative paths in it are resolved against its folder.
    /// - Throws: `GalleyError` naming the file when it cannot be read or is not a valid manifest.
    public static func load(path: String) throws -> PamphletManifest {
        let data: Data
        do { data = try BoundedFileReader.read(path, limit: maxManifestBytes, expecting: .document(.text)) } catch let error as GalleyError {
            throw GalleyError(path: path, stage: .manifest, message: "cannot read the manifest file (\(error.message))")
        }
        let folder = (path as NSString).deletingLastPathComponent
        do {
            var manifest = try parse(String(decoding: data, as: UTF8.self), relativeTo: folder)
            manifest.folder = folder
            return manifest
        } catch let error as GalleyError {
            throw error.at(path)
        }
    }

    /// Parses manifest YAML; relative paths are resolved against `folder`.
    public static func parse(_ yaml: String, relativeTo folder: String) throws -> PamphletManifest {
        let node: Node?
        do { node = try Yams.compose(yaml: yaml) } catch {
            throw GalleyError(stage: .manifest, message: "not valid YAML (\(error))")
        }
        guard let map = node?.mapping else {
            throw GalleyError(stage: .manifest, message: "expected a mapping of keys (title:, chapters: …)")
        }
        var m = PamphletManifest()
        func resolve(_ p: String) -> String {
            p.hasPrefix("/") || folder.isEmpty ? p : (folder as NSString).appendingPathComponent(p)
        }
        for (keyNode, value) in map {
            guard let key = keyNode.string else { continue }
            if let field = MetadataField.forBookKey(key) {
                switch field.storage {
                case .text(let path): m.metadata[keyPath: path] = value.scalarText
                case .list(let path): m.metadata[keyPath: path] += value.sequence.map { $0.compactMap(\.scalarText) } ?? value.scalarText.map { [$0] } ?? []
                }
                continue
            }
            switch key {
            case "cover": m.cover = value.scalarText.map(resolve)
            case "stylesheet", "css":
                m.stylesheet = value.scalarText.map { BuiltInStylesheets.css(named: $0) != nil ? $0 : resolve($0) }
            case "split-level", "split_level", "splitLevel": m.splitLevel = try integer(value, key)
            case "toc-depth", "toc_depth", "tocDepth": m.tocDepth = try integer(value, key)
            case "chapters":
                guard let items = value.sequence else {
                    throw GalleyError(stage: .manifest, message: "'chapters' must be a list of paths or {path:, title:} entries")
                }
                for item in items { m.chapters.append(try chapter(item, resolve)) }
            default:
                throw GalleyError(stage: .manifest, message: "unknown key '\(key)' (known: \(knownKeys))")
            }
        }
        return m
    }

    /// The keys a manifest understands, for the message about an unknown one.
    static var knownKeys: String {
        (MetadataField.bookFields.map { $0.bookKeys[0] } + ["cover", "stylesheet", "split-level", "toc-depth", "chapters"]).joined(separator: ", ")
    }

    private static func integer(_ node: Node, _ key: String) throws -> Int {
        guard let text = node.scalarText, let n = Int(text), (1...6).contains(n) else {
            throw GalleyError(stage: .manifest, message: "'\(key)' must be a number from 1 to 6")
        }
        return n
    }

    private static func chapter(_ node: Node, _ resolve: (String) -> String) throws -> Chapter {
        if let path = node.scalarText, !path.isEmpty { return Chapter(path: resolve(path)) }
        guard let map = node.mapping, let path = (map["path"] ?? map["file"])?.scalarText, !path.isEmpty else {
            throw GalleyError(stage: .manifest, message: "each chapter needs a path (a string, or path: with an optional title:)")
        }
        var format: InputFormat?
        if let name = map["format"]?.scalarText {
            guard let f = InputFormat(rawValue: name.lowercased()) else {
                throw GalleyError(stage: .manifest, message: "unknown chapter format '\(name)' (text, html, markdown)")
            }
            format = f
        }
        return Chapter(path: resolve(path), title: map["title"]?.scalarText, format: format)
    }
}

extension Node {
    /// The text of a scalar node (dates and numbers as written), nil for other nodes or null.
    fileprivate var scalarText: String? {
        guard let scalar = self.scalar else { return nil }
        if scalar.tag.description == Tag.Name.null.rawValue && scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
        return scalar.string
    }
}
