// Finds the inputs of a run: files given directly, and the convertible files under folders given.
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// One input of a batch run and where its outputs go.
public struct BatchInput: Sendable, Equatable, Hashable {
    /// The input path as found (relative or absolute, as given), as text: bytes of a name that is
    /// not UTF-8 are shown `%XX` (see `RawPath.display`).
    public var path: String
    /// The output path without extension, relative to the output folder (`a/b` for `DIR/a/b.html`).
    public var outputStem: String
    /// The format to read it as.
    public var format: InputFormat
    /// The path relative to the folder it was found in (the base name for a file given directly):
    /// the key of its manifest entry and of its shard, the same wherever the run starts from.
    public var relativePath: String
    /// The path's bytes as the file system knows them (what is opened; `path` is only shown).
    public var fileSystemPath: [UInt8]
    /// For a page inside a WARC file (`path`): where it lies and what the capture says; nil for a file.
    public var archived: ArchivedPayload?

    /// Creates an input; `relativePath` defaults to the output stem plus the input's extension,
    /// `fileSystemPath` to the UTF-8 bytes of `path`.
    public init(path: String, outputStem: String, format: InputFormat, relativePath: String? = nil, fileSystemPath: [UInt8]? = nil,
                archived: ArchivedPayload? = nil) {
        self.path = path
        self.outputStem = outputStem
        self.format = format
        self.fileSystemPath = fileSystemPath ?? Array(path.utf8)
        self.archived = archived
        if let relativePath {
            self.relativePath = relativePath
        } else {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            let stemName = outputStem.split(separator: "/").last.map(String.init) ?? outputStem
            let suffix = name.hasPrefix(stemName) ? String(name.dropFirst(stemName.count)) : ""
            self.relativePath = outputStem + suffix
        }
    }
}

/// The inputs found, and what was skipped on the way (links out of the tree, loops ...).
public struct InputCollection: Sendable, Equatable {
    /// The inputs, folder by folder in sorted order.
    public var inputs: [BatchInput] = []
    /// One line per entry skipped for a reason worth telling (each names the entry).
    public var warnings: [String] = []
    /// The WARC files found: pages taken, other records listed.
    public var archives: [ArchiveListing] = []
}

/// Walks paths into a sorted list of inputs.
public enum InputCollector {
    /// Collects inputs from `paths`. Folders are walked recursively (hidden entries skipped, only
    /// files with a known extension taken); a file given directly is taken whatever its extension,
    /// read as `forcedFormat`, its extension's format, or — failing both — as text.
    /// - Throws: `GalleyError` when a path does not exist.
    public static func collect(_ paths: [String], forcedFormat: InputFormat?, followSymlinks: Bool = false) throws -> [BatchInput] {
        try gather(paths.map { Array($0.utf8) }, forcedFormat: forcedFormat, followSymlinks: followSymlinks).inputs
    }

    /// Collects inputs from paths given as file-system bytes (command-line arguments that are not
    /// UTF-8 are found as they are). Symbolic links under a folder are followed only when they
    /// stay inside it, unless `followSymlinks`; a folder is never walked twice (no loops).
    /// - Throws: `GalleyError` when a path does not exist.
    public static func gather(_ paths: [[UInt8]], forcedFormat: InputFormat?, followSymlinks: Bool = false) throws -> InputCollection {
        var collection = InputCollection()
        for raw in paths {
            let path = RawPath.display(raw)
            var status = stat()
            guard RawPath.withCString(raw, { stat($0, &status) }) == 0 else {
                throw GalleyError(path: path, stage: .input, message: "no such file or folder")
            }
            if status.st_mode & S_IFMT == S_IFDIR {
                var walker = TreeWalker(root: raw, followSymlinks: followSymlinks)
                try walker.walk()
                collection.warnings += walker.warnings
                for file in walker.files {
                    let relative = RawPath.display(file)
                    if ArchiveSniffer.mayBeArchive(relative), try archive(RawPath.join(raw, file), shown: join(path, relative), relative: relative, forcedFormat: forcedFormat, into: &collection) { continue }
                    guard let format = forcedFormat ?? InputFormat.detect(path: ArchiveSniffer.innerName(relative)) else { continue }
                    collection.inputs.append(BatchInput(path: join(path, relative), outputStem: stem(relative), format: format,
                                                        relativePath: relative, fileSystemPath: RawPath.join(raw, file)))
                }
            } else {
                let nameBytes = raw.split(separator: UInt8(ascii: "/")).last.map(Array.init) ?? raw
                let name = RawPath.display(nameBytes)
                if try archive(raw, shown: path, relative: name, forcedFormat: forcedFormat, into: &collection) { continue }
                let format = forcedFormat ?? InputFormat.detect(path: ArchiveSniffer.innerName(name)) ?? .text
                collection.inputs.append(BatchInput(path: path, outputStem: stem(name), format: format, relativePath: name, fileSystemPath: raw))
            }
        }
        return collection
    }

    /// When the file at `raw` is a WARC file (recognised by its content), adds one input per page
    /// and its listing to `collection` and returns true.
    private static func archive(_ raw: [UInt8], shown: String, relative: String, forcedFormat: InputFormat?, into collection: inout InputCollection) throws -> Bool {
        guard ArchiveSniffer.isWARC(path: raw) else { return false }
        let (pages, listing) = try WARCInputs.expand(path: shown, fileSystemPath: raw, relative: relative, stem: stem(relative), forcedFormat: forcedFormat)
        collection.inputs += pages
        collection.archives.append(listing)
        return true
    }

    /// Relative paths of the regular files under `root`, sorted, hidden entries skipped (see `TreeWalker`).
    static func walk(_ root: String) throws -> [String] {
        var walker = TreeWalker(root: Array(root.utf8), followSymlinks: false)
        try walker.walk()
        return walker.files.map(RawPath.display)
    }

    /// The path without its last extension (and without `.gz` before it).
    static func stem(_ relative: String) -> String {
        var name = relative
        if name.lowercased().hasSuffix(".gz") { name.removeLast(3) }
        let lastSlash = name.lastIndex(of: "/").map { name.index(after: $0) } ?? name.startIndex
        if let dot = name[lastSlash...].lastIndex(of: "."), dot > lastSlash { name = String(name[..<dot]) }
        return name
    }

    static func join(_ a: String, _ b: String) -> String {
        a.hasSuffix("/") ? a + b : a + "/" + b
    }
}
