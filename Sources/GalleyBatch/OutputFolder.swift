// Reaches files inside the output folder only through real folders: a link planted there is never followed.
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// Folder descriptors inside the output folder. Every component below the root is opened with
/// `O_NOFOLLOW | O_DIRECTORY` (and created with `mkdirat` when missing), so a symbolic link
/// planted in the output folder (`OUT/sub -> /elsewhere`) stops the write with an error instead
/// of redirecting it. The root itself is the user's choice and may be a link.
enum OutputFolder {
    /// The components of `relative` when it stays inside the folder (no `..`, `.`, absolute path).
    static func components(_ relative: String) -> [String]? {
        let parts = relative.split(separator: "/").map(String.init)
        guard !relative.hasPrefix("/"), !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        return parts
    }

    /// Opens the folder `components` under `root` (creating what is missing when `create`).
    /// - Throws: `GalleyError` naming `target` when a component is a link or not a folder.
    static func open(_ components: ArraySlice<String>, under root: String, create: Bool, target: String) throws -> Int32 {
        let rootPath = root.isEmpty ? "." : root
        var descriptor = Foundation.open(rootPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor < 0 && errno == ENOENT && create {
            try? FileManager.default.createDirectory(atPath: rootPath, withIntermediateDirectories: true)
            descriptor = Foundation.open(rootPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        }
        guard descriptor >= 0 else {
            throw GalleyError(path: target, stage: .write, message: "cannot open the output folder \(rootPath) (\(String(cString: strerror(errno))))")
        }
        var walked = rootPath
        for component in components {
            walked += "/" + component
            var next = openat(descriptor, component, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if next < 0 && errno == ENOENT && create {
                if mkdirat(descriptor, component, 0o755) != 0 && errno != EEXIST {
                    let reason = String(cString: strerror(errno))
                    close(descriptor)
                    throw GalleyError(path: target, stage: .write, message: "cannot create the folder \(walked) (\(reason))")
                }
                next = openat(descriptor, component, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            }
            let failure = errno
            close(descriptor)
            guard next >= 0 else {
                let reason = failure == ELOOP || failure == ENOTDIR
                    ? "\(walked) is a symbolic link or not a folder; Galley writes only through real folders inside the output folder"
                    : "cannot open the folder \(walked) (\(String(cString: strerror(failure))))"
                throw GalleyError(path: target, stage: .write, message: reason)
            }
            descriptor = next
        }
        return descriptor
    }

    /// The bytes of the regular file `relative` under `root`, reached through real folders only
    /// (nil when it is missing, a link, or anything but a regular file).
    static func contents(of relative: String, under root: String) -> Data? {
        guard let parts = components(relative),
              let folder = try? open(parts.dropLast(), under: root, create: false, target: relative) else { return nil }
        defer { close(folder) }
        let descriptor = openat(folder, parts[parts.count - 1], O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return try? BoundedFileReader.read(descriptor: descriptor, limit: Int.max, expecting: .anyBytes)
    }

    /// Removes the file `relative` under `root` (never through a link), then the folders it leaves
    /// empty, up to `root`. Returns false when the file could not be reached or removed.
    @discardableResult
    static func remove(_ relative: String, under root: String, removingEmptyFolders: Bool) -> Bool {
        guard let parts = components(relative),
              let folder = try? open(parts.dropLast(), under: root, create: false, target: relative) else { return false }
        let removed = unlinkat(folder, parts[parts.count - 1], 0) == 0
        close(folder)
        guard removingEmptyFolders else { return removed }
        var depth = parts.count - 1
        while depth > 0, let parent = try? open(parts[0..<(depth - 1)], under: root, create: false, target: relative) {
            // AT_REMOVEDIR removes only an empty folder, and never follows a link.
            let emptied = unlinkat(parent, parts[depth - 1], AT_REMOVEDIR) == 0
            close(parent)
            guard emptied else { break }
            depth -= 1
        }
        return removed
    }
}
