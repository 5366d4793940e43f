// Removes temporary files that a killed run left in the output folder.
import Foundation

/// Finds `OutputWriter`'s temporary files (`.name.PID.tmp`) whose process is gone, and removes them.
enum TempFileSweeper {
    /// Removes leftover temporary files under `root`; returns their paths relative to `root`, sorted.
    /// Files of a process that is still running (another shard sharing the folder) are left alone.
    @discardableResult
    static func sweep(_ root: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var removed: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            guard let pid = ownerProcess(of: name), !isRunning(pid) else { continue }
            if (try? FileManager.default.removeItem(atPath: InputCollector.join(root, relative))) != nil {
                removed.append(relative)
            }
        }
        return removed.sorted()
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
