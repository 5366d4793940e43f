// Removes temporary files that a killed run left in the output folder.
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// Finds `OutputWriter`'s temporary files (`.name.PID.tmp`, `.galley-HASH.PID.tmp`) whose process
/// is gone, and removes them. Folders are entered without following links.
enum TempFileSweeper {
    /// Removes leftover temporary files under `root`; returns their paths relative to `root`, sorted.
    /// Files of a process that is still running (another shard sharing the folder) are left alone.
    @discardableResult
    static func sweep(_ root: String) -> [String] {
        let descriptor = open(root.isEmpty ? "." : root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return [] }
        var removed: [String] = []
        sweep(folder: descriptor, relative: "", into: &removed)
        return removed.sorted()
    }

    /// Sweeps one folder (its descriptor is closed here) and the real folders below it.
    private static func sweep(folder: Int32, relative: String, into removed: inout [String]) {
        defer { close(folder) }
        let copy = dup(folder)
        guard copy >= 0, let stream = fdopendir(copy) else { return }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                String(decoding: raw.bindMemory(to: UInt8.self).prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(stream)
        for name in names {
            var status = stat()
            guard fstatat(folder, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                let child = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if child >= 0 { sweep(folder: child, relative: path, into: &removed) }
            case S_IFREG:
                guard let pid = ownerProcess(of: name), !isRunning(pid) else { continue }
                if unlinkat(folder, name, 0) == 0 { removed.append(path) }
            default:
                continue
            }
        }
    }

    /// The process id in a temporary file name `.name.PID.tmp`, or nil for any other name.
    static func ownerProcess(of name: String) -> Int32? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let parts = name.dropLast(4).split(separator: ".")
        guard parts.count >= 2, let last = parts.last, let pid = Int32(last), pid > 0 else { return nil }
        return pid
    }

    private static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }
}
