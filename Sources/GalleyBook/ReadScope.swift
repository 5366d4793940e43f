// The folders a book may read files from: chapters, images, cover and stylesheet stay inside them.
import Foundation
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// Where a pamphlet may read: a file is readable when, links resolved, it lies inside one of
/// `folders` or is one of `files`. So `../x.png`, `/etc/passwd`, `file:///…`, `..%2F` and links
/// leading out of the folders are refused, whatever way they are written.
public struct ReadScope: Sendable, Equatable {
    /// Folders whose files (at any depth) may be read.
    public var folders: [String]
    /// Single files that may be read wherever they are (a cover or stylesheet named on the command line).
    public var files: [String]

    /// Creates a scope.
    public init(folders: [String], files: [String] = []) {
        self.folders = folders
        self.files = files
    }

    /// Where a path stands.
    public enum Verdict: Sendable, Equatable {
        /// Inside: read it at this canonical path (links resolved; file-system bytes).
        case inside([UInt8])
        /// Outside every folder: the canonical path it leads to.
        case outside(String)
        /// Nothing exists there.
        case missing
    }

    /// Where `path` stands (it is resolved as it is; relative paths against the current folder).
    public func verdict(for path: String) -> Verdict {
        verdict(forBytes: Array(path.utf8))
    }

    /// `verdict(for:)` for a path given as file-system bytes.
    public func verdict(forBytes path: [UInt8]) -> Verdict {
        guard let resolved = RawPath.resolved(path) else { return .missing }
        for file in files where RawPath.resolved(Array(file.utf8)) == resolved { return .inside(resolved) }
        for folder in folders {
            if let root = RawPath.resolved(Array((folder.isEmpty ? "." : folder).utf8)), RawPath.isInside(resolved, root) {
                return .inside(resolved)
            }
        }
        return .outside(RawPath.display(resolved))
    }

    /// The folders as shown in messages.
    var described: String {
        folders.map { $0.isEmpty ? "." : $0 }.joined(separator: ", ")
    }

    /// The scope of sources without one given: the folder of each input path.
    static func around(_ paths: [String]) -> ReadScope {
        var folders: [String] = []
        for path in paths {
            let folder = (path as NSString).deletingLastPathComponent
            if !folders.contains(folder) { folders.append(folder) }
        }
        return ReadScope(folders: folders)
    }

    /// The message for a file outside the scope.
    func outsideMessage(_ what: String, _ path: String, resolved: String) -> String {
        let via = resolved == path || resolved == (path as NSString).standardizingPath ? "" : " (it leads to \(resolved))"
        return "\(what) \(path) is outside the folders this book may read (\(described))\(via); --allow-outside FOLDER allows it"
    }
}
