// Walks an input folder: contained (links out of it skipped, with a warning), loop-free, byte-exact names.
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// The regular files under a folder, found without leaving it and without looping.
///
/// Hidden entries are skipped, and so are sub-folders that are Galley output folders (they hold a
/// manifest), so converting a tree that contains its own output folder never reads Galley's
/// outputs back. Names are kept as raw bytes, so a name that is not UTF-8 is found too.
/// A symbolic link is followed only when its target lies inside the root (or always, with
/// `followSymlinks`); every folder is entered once at most (device and inode remembered), so a
/// link back up the tree is skipped. Linked folders are walked after the real tree, so a link to
/// a folder of the tree (`alias -> sub`) never takes the place of the folder itself. Each
/// skipped link or special file gives a warning.
struct TreeWalker {
    let root: [UInt8]
    let followSymlinks: Bool
    /// The files found, relative to the root, folder by folder in sorted order.
    private(set) var files: [[UInt8]] = []
    /// Entries skipped for a reason worth telling.
    private(set) var warnings: [String] = []
    private var visited: Set<FolderIdentity> = []
    private var resolvedRoot: [UInt8] = []
    /// Links to folders met during the walk, entered after the real folders.
    private var deferredLinks: [(relative: [UInt8], identity: FolderIdentity)] = []

    private struct FolderIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    init(root: [UInt8], followSymlinks: Bool) {
        self.root = root
        self.followSymlinks = followSymlinks
    }

    mutating func walk() throws {
        resolvedRoot = RawPath.resolved(root) ?? root
        var status = stat()
        if RawPath.withCString(root, { stat($0, &status) }) == 0 { visited.insert(identity(status)) }
        try visit([])
        var next = 0
        while next < deferredLinks.count {
            let (relative, identity) = deferredLinks[next]
            next += 1
            try enter(relative, identity: identity)
        }
    }

    /// Walks the folder `relative` unless it was walked already (a warning) or is an output folder.
    private mutating func enter(_ relative: [UInt8], identity: FolderIdentity) throws {
        let full = RawPath.join(root, relative)
        guard visited.insert(identity).inserted else {
            warnings.append("\(RawPath.display(full)): skipped: a link to a folder already walked (no folder is walked twice)")
            return
        }
        if !Self.isOutputFolder(full) { try visit(relative) }
    }

    private func identity(_ status: stat) -> FolderIdentity {
        FolderIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }

    private mutating func visit(_ relative: [UInt8]) throws {
        let full = relative.isEmpty ? root : RawPath.join(root, relative)
        guard let names = Self.entries(of: full) else {
            throw GalleyError(path: RawPath.display(full), stage: .input, message: "cannot list folder (\(String(cString: strerror(errno))))")
        }
        let ordered = names.filter { $0.first != UInt8(ascii: ".") }
            .map { (display: RawPath.display($0), bytes: $0) }
            .sorted { $0.display != $1.display ? $0.display < $1.display : $0.bytes.lexicographicallyPrecedes($1.bytes) }
        for name in ordered {
            let child = relative.isEmpty ? name.bytes : RawPath.join(relative, name.bytes)
            let childFull = RawPath.join(root, child)
            let shown = RawPath.display(childFull)
            var status = stat()
            guard RawPath.withCString(childFull, { lstat($0, &status) }) == 0 else { continue }
            let isLink = status.st_mode & S_IFMT == S_IFLNK
            if isLink {
                guard let target = RawPath.resolved(childFull), RawPath.withCString(childFull, { stat($0, &status) }) == 0 else {
                    warnings.append("\(shown): skipped: a symbolic link to nothing that exists")
                    continue
                }
                if !followSymlinks && !RawPath.isInside(target, resolvedRoot) {
                    warnings.append("\(shown): skipped: a symbolic link to \(RawPath.display(target)), outside \(RawPath.display(root)) (--follow-symlinks follows it)")
                    continue
                }
            }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                if isLink {
                    deferredLinks.append((child, identity(status)))
                } else {
                    try enter(child, identity: identity(status))
                }
            case S_IFREG:
                files.append(child)
            default:
                warnings.append("\(shown): skipped: not a regular file (a pipe, socket or device)")
            }
        }
    }

    /// The names in a folder (without `.` and `..`), or nil when it cannot be listed.
    static func entries(of folder: [UInt8]) -> [[UInt8]]? {
        guard let stream = RawPath.withCString(folder, { opendir($0) }) else { return nil }
        defer { closedir(stream) }
        var names: [[UInt8]] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw -> [UInt8] in
                let bytes = raw.bindMemory(to: UInt8.self)
                return Array(bytes.prefix(while: { $0 != 0 }))
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(name)
        }
        return names
    }

    /// True when `folder` holds a Galley manifest, i.e. it is (or was) an output folder.
    static func isOutputFolder(_ folder: [UInt8]) -> Bool {
        (entries(of: folder) ?? []).contains { $0.starts(with: Array(ManifestStore.prefix.utf8)) }
    }
}
