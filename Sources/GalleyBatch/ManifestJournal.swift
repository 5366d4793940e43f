// An append-only log of finished inputs, so a run killed mid-batch resumes where it stopped.
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// Appends one JSON line per finished input (or pruned entry) while a batch runs.
///
/// A line is appended only after all of that input's outputs have been renamed into place, so
/// the journal never claims an output that is not complete. A line cut short by a kill is
/// ignored on replay. After a clean end the manifest is written and the journal removed.
final class ManifestJournal: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()

    /// One journal line.
    struct Record: Codable {
        var key: String
        var entry: ManifestEntry?
        var removed: Bool?
    }

    /// Opens (creating if needed) the journal at `path` for appending. A symbolic link (or
    /// anything but a regular file) at `path` is refused: appends never go through a link.
    /// - Throws: `GalleyError` when the file cannot be opened.
    init(path: String) throws {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            let reason = errno == ELOOP ? "it is a symbolic link; Galley does not write through links in the output folder" : String(cString: strerror(errno))
            throw GalleyError(path: path, stage: .write, message: "cannot open the manifest journal (\(reason))")
        }
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw GalleyError(path: path, stage: .write, message: "cannot open the manifest journal (not a regular file)")
        }
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// Records that `key`'s outputs are complete and described by `entry`.
    func record(_ key: String, _ entry: ManifestEntry) {
        append(Record(key: key, entry: entry, removed: nil))
    }

    /// Records that `key`'s outputs are complete and described by the entry JSON `line`.
    func record(_ key: String, line: String) {
        // The record `{"entry":…,"key":…}` with the entry's line as it is (keys in sorted order).
        appendLine("{\"entry\":" + line + ",\"key\":" + Manifest.quoted(key) + "}\n")
    }

    /// Records that `key`'s entry was removed (its outputs pruned).
    func recordRemoval(_ key: String) {
        append(Record(key: key, entry: nil, removed: true))
    }

    private func append(_ record: Record) {
        guard let line = try? ManifestCoding.compactEncoder.encode(record) else { return }
        appendLine(String(decoding: line, as: UTF8.self) + "\n")
    }

    /// Appends one complete line to the journal file (one `write` call for whole lines).
    private func appendLine(_ text: String) {
        let line = Data(text.utf8)
        lock.lock()
        defer { lock.unlock() }
        line.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                guard let base = buffer.baseAddress else { return }
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
    }

    /// Applies the journal at `path` (if any) to `manifest`; malformed lines are skipped.
    static func replay(_ path: String, into manifest: inout Manifest) {
        guard let data = try? BoundedFileReader.read(path, followLinks: false) else { return }
        let decoder = JSONDecoder()
        for line in data.split(separator: 0x0A) {
            guard let record = try? decoder.decode(Record.self, from: Data(line)) else { continue }
            if record.removed == true {
                manifest[record.key] = nil
            } else if let entry = record.entry {
                manifest[record.key] = entry
            }
        }
    }
}
