// Finds the inputs of a run: files given directly, and the convertible files under folders given.
import Foundation

/// One input of a batch run and where its outputs go.
public struct BatchInput: Sendable, Equatable, Hashable {
    /// The input path as found (relative or absolute, as given).
    public var path: String
    /// The output path without extension, relative to the output folder (`a/b` for `DIR/a/b.html`).
    public var outputStem: String
    /// The format to read it as.
    public var format: InputFormat
    /// The path relative to the folder it was found in (the base name for a file given directly):
    /// the key of its manifest entry and of its shard, the same wherever the run starts from.
    public var relativePath: String
    /// For a page inside a WARC file (`path`): where it lies and what the capture says; nil for a file.
    public var archived: ArchivedPayload?

    /// Creates an input; `relativePath` defaults to the output stem plus the input's extension.
    public init(path: String, outputStem: String, format: InputFormat, relativePath: String? = nil, archived: ArchivedPayload? = nil) {
        self.path = path
        self.outputStem = outputStem
        self.format = format
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

/// Walks paths into a sorted list of inputs.
public enum InputCollector {
    /// Collects inputs from `paths`. Folders are walked recursively (hidden entries skipped, only
    /// files with a known extension taken); a file given directly is taken whatever its extension,
    /// read as `forcedFormat`, its extension's format, or — failing both — as text.
    /// - Throws: `GalleyError` when a path does not exist.
    public static func collect(_ paths: [String], forcedFormat: InputFormat?) throws -> [BatchInput] {
        var archives: [ArchiveListing] = []
        return try collect(paths, forcedFormat: forcedFormat, archives: &archives)
    }

    /// Collects inputs as `collect(_:forcedFormat:)` does; WARC files (recognised by their
    /// content, `.warc` or `.warc.gz`, in folders and as arguments) become one input per page,
    /// and what each held besides is appended to `archives`.
    /// - Throws: `GalleyError` when a path does not exist or a WARC file cannot be read.
    public static func collect(_ paths: [String], forcedFormat: InputFormat?, archives: inout [ArchiveListing]) throws -> [BatchInput] {
        var inputs: [BatchInput] = []
        func archive(_ path: String, relative: String) throws -> Bool {
            guard ArchiveSniffer.isWARC(path: path) else { return false }
            let (pages, listing) = try WARCInputs.expand(path: path, relative: relative, stem: stem(relative), forcedFormat: forcedFormat)
            inputs += pages
            archives.append(listing)
            return true
        }
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw GalleyError(path: path, stage: "input", message: "no such file or folder")
            }
            if isDirectory.boolValue {
                for relative in try walk(path) {
                    if ArchiveSniffer.mayBeArchive(relative), try archive(join(path, relative), relative: relative) { continue }
                    guard let format = forcedFormat ?? InputFormat.detect(path: ArchiveSniffer.innerName(relative)) else { continue }
                    inputs.append(BatchInput(path: join(path, relative), outputStem: stem(relative), format: format, relativePath: relative))
                }
            } else {
                let name = (path as NSString).lastPathComponent
                if try archive(path, relative: name) { continue }
                let format = forcedFormat ?? InputFormat.detect(path: ArchiveSniffer.innerName(name)) ?? .text
                inputs.append(BatchInput(path: path, outputStem: stem(name), format: format, relativePath: name))
            }
        }
        return inputs
    }

    /// Relative paths of the regular files under `root`, sorted, hidden entries skipped. Sub-folders
    /// that are Galley output folders (they hold a manifest) are skipped too, so converting a tree
    /// that contains its own output folder never reads Galley's outputs back as inputs.
    static func walk(_ root: String) throws -> [String] {
        let fm = FileManager.default
        var out: [String] = []
        func visit(_ relative: String) throws {
            let full = relative.isEmpty ? root : join(root, relative)
            let entries: [String]
            do { entries = try fm.contentsOfDirectory(atPath: full) } catch {
                throw GalleyError(path: full, stage: "input", message: "cannot list folder (\(error.localizedDescription))")
            }
            for name in entries.sorted() where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : relative + "/" + name
                var isDirectory: ObjCBool = false
                guard fm.fileExists(atPath: join(root, child), isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    if !ManifestStore.isOutputFolder(join(root, child)) { try visit(child) }
                } else {
                    out.append(child)
                }
            }
        }
        try visit("")
        return out
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
