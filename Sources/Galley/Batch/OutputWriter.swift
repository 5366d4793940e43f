// Writes output files safely: inside the output folder only, through a temporary file and a rename.
import Foundation

/// Safe file output.
public enum OutputWriter {
    /// Writes `contents` to `relativePath` under `root`, creating folders as needed.
    /// The file is written to a temporary name in the same folder (`.NAME.PID.tmp`) and renamed into
    /// place, so a run killed at any moment never leaves a half-written file under the real name
    /// (a batch run sweeps temporary files left by dead processes). Files are not `fsync`ed: this
    /// guards against killed processes, not against power loss, like most build tools.
    /// A regular file that already holds exactly `contents` is left alone (its timestamp too):
    /// rewriting it would change nothing but cost a write and a rename.
    /// - Throws: `GalleyError` when the path would leave `root`, or on I/O failure.
    public static func write(_ contents: Data, to relativePath: String, under root: String) throws {
        let components = relativePath.split(separator: "/")
        guard !relativePath.hasPrefix("/"), let name = components.last,
              !components.contains(where: { $0 == ".." || $0 == "." }) else {
            throw GalleyError(path: relativePath, stage: "write", message: "output path would leave the output folder")
        }
        let folder = ([root.isEmpty ? "." : root] + components.dropLast().map(String.init)).joined(separator: "/")
        let target = folder + "/" + name
        if holds(contents, at: target) { return }
        let temporary = folder + "/." + name + ".\(getpid()).tmp"
        var descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0 && errno == ENOENT {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw GalleyError(path: target, stage: "write", message: "cannot create the folder (\(error.localizedDescription))")
            }
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else {
            throw GalleyError(path: target, stage: "write", message: "cannot create a temporary file (\(String(cString: strerror(errno))))")
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
            unlink(temporary)
            throw GalleyError(path: target, stage: "write", message: "cannot write (\(reason))")
        }
        if rename(temporary, target) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw GalleyError(path: target, stage: "write", message: "cannot rename into place (\(reason))")
        }
    }

    /// True when `path` is a regular file (not a link) whose bytes are exactly `contents`.
    static func holds(_ contents: Data, at path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == contents.count else { return false }
        var existing = [UInt8](repeating: 0, count: contents.count)
        var offset = 0
        while offset < existing.count {
            let count = existing.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return false }
            offset += count
        }
        return contents.withUnsafeBytes { new in
            existing.withUnsafeBytes { old in new.count == 0 || memcmp(new.baseAddress!, old.baseAddress!, new.count) == 0 }
        }
    }
}
