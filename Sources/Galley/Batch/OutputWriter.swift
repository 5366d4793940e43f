// Writes output files safely: inside the output folder only, through a temporary file and a rename.
import Foundation

/// Safe file output.
public enum OutputWriter {
    /// Writes `contents` to `relativePath` under `root`, creating folders as needed.
    /// The file is written to a temporary name in the same folder and renamed into place, so an
    /// interrupted run never leaves a half-written file.
    /// - Throws: `GalleyError` when the path would leave `root`, or on I/O failure.
    public static func write(_ contents: Data, to relativePath: String, under root: String) throws {
        let components = relativePath.split(separator: "/")
        guard !relativePath.hasPrefix("/"), !components.contains(where: { $0 == ".." || $0 == "." }) else {
            throw GalleyError(path: relativePath, stage: "write", message: "output path would leave the output folder")
        }
        let rootURL = URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL
        let target = rootURL.appendingPathComponent(relativePath).standardizedFileURL
        guard target.path.hasPrefix(rootURL.path.hasSuffix("/") ? rootURL.path : rootURL.path + "/") else {
            throw GalleyError(path: relativePath, stage: "write", message: "output path would leave the output folder")
        }
        let folder = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            try contents.write(to: temporary)
            if rename(temporary.path, target.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw GalleyError(path: target.path, stage: "write", message: "cannot rename into place (\(reason))")
            }
        } catch let error as GalleyError {
            throw error
        } catch {
            throw GalleyError(path: target.path, stage: "write", message: error.localizedDescription)
        }
    }
}
