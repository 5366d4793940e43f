// Writes output files safely: inside the output folder only, through a temporary file and a rename.
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// Safe file output.
enum OutputWriter {
    /// The longest file name the file systems Galley writes to accept (NAME_MAX).
    static let maxNameBytes = 255

    /// Writes `contents` to `relativePath` under `root`, creating folders as needed.
    /// Every folder below `root` is opened without following links (see `OutputFolder`), so a
    /// link planted in the output folder gives an error, never a write elsewhere.
    /// The file is written to a temporary name in the same folder (`.NAME.PID.tmp`, or
    /// `.galley-HASH.PID.tmp` when that would be too long a name) and renamed into place, so a run
    /// killed at any moment never leaves a half-written file under the real name (a batch run
    /// sweeps temporary files left by dead processes). Files are not `fsync`ed: this guards
    /// against killed processes, not against power loss, like most build tools.
    /// A regular file that already holds exactly `contents` is left alone (its timestamp too):
    /// rewriting it would change nothing but cost a write and a rename.
    /// - Throws: `GalleyError` when the path would leave `root`, or on I/O failure.
    static func write(_ contents: Data, to relativePath: String, under root: String) throws {
        guard let components = OutputFolder.components(relativePath) else {
            throw GalleyError(path: relativePath, stage: .write, message: "output path would leave the output folder")
        }
        let name = components[components.count - 1]
        let target = ([root.isEmpty ? "." : root] + components).joined(separator: "/")
        if let long = components.first(where: { $0.utf8.count > maxNameBytes }) {
            throw GalleyError(path: target, stage: .write, message: "the output name \(long == name ? "" : "component ")is \(long.utf8.count) bytes, over the \(maxNameBytes) bytes a file name may have; shorten the input's name")
        }
        let folder = try OutputFolder.open(components.dropLast(), under: root, create: true, target: target)
        defer { close(folder) }
        if holds(contents, in: folder, name: name) { return }
        let temporary = temporaryName(for: name)
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
        var descriptor = openat(folder, temporary, flags, 0o644)
        if descriptor < 0 && errno == EEXIST {   // one left by an earlier process with the same id
            unlinkat(folder, temporary, 0)
            descriptor = openat(folder, temporary, flags, 0o644)
        }
        guard descriptor >= 0 else {
            throw GalleyError(path: target, stage: .write, message: "cannot create a temporary file (\(String(cString: strerror(errno))))")
        }
        let complete = contents.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
        let reason = String(cString: strerror(errno))
        if close(descriptor) != 0 || !complete {
            unlinkat(folder, temporary, 0)
            throw GalleyError(path: target, stage: .write, message: "cannot write (\(reason))")
        }
        if renameat(folder, temporary, folder, name) != 0 {
            let reason = String(cString: strerror(errno))
            unlinkat(folder, temporary, 0)
            throw GalleyError(path: target, stage: .write, message: "cannot rename into place (\(reason))")
        }
    }

    /// The temporary name for `name`: `.NAME.PID.tmp`, or `.galley-HASH.PID.tmp` (a hash of the
    /// name) when the first would be longer than a file name may be. Both end in `.PID.tmp`, which
    /// is how `TempFileSweeper` recognises them.
    static func temporaryName(for name: String, pid: Int32 = getpid()) -> String {
        let plain = "." + name + ".\(pid).tmp"
        if plain.utf8.count <= maxNameBytes { return plain }
        return ".galley-" + String(SHA256.hex(Data(name.utf8)).prefix(32)) + ".\(pid).tmp"
    }

    /// True when `path` is a regular file (not a link) whose bytes are exactly `contents`.
    static func holds(_ contents: Data, at path: String) -> Bool {
        holds(contents, in: AT_FDCWD, name: path)
    }

    /// True when `name` in the folder `folder` is a regular file (not a link) holding exactly `contents`.
    static func holds(_ contents: Data, in folder: Int32, name: String) -> Bool {
        let descriptor = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == contents.count else { return false }
        // Read and compared a chunk at a time: a large output is not copied whole into fresh memory.
        var chunk = [UInt8](repeating: 0, count: min(contents.count, holdsChunk))
        var offset = 0
        while offset < contents.count {
            let wanted = min(chunk.count, contents.count - offset)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, wanted) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return false }
            let same = contents.withUnsafeBytes { new in
                chunk.withUnsafeBytes { old in memcmp(new.baseAddress! + offset, old.baseAddress!, count) == 0 }
            }
            guard same else { return false }
            offset += count
        }
        return true
    }

    /// How many bytes `holds` reads and compares at a time.
    static let holdsChunk = 1 << 16
}
