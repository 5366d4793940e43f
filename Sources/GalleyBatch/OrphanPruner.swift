// Finds the outputs of inputs that no longer exist, and removes them on request (`--prune`).
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// Orphans: manifest entries whose input is gone.
enum OrphanPruner {
    /// The orphan entries of `manifest`: keys not among `currentKeys` (and, for a shard, only keys
    /// of that shard), in key order, each listing the outputs not claimed by a current input
    /// (`owned` tells whether a current input writes a path).
    static func orphans(in manifest: Manifest, currentKeys: Set<String>, owned: (String) -> Bool, shard: Shard?) -> [BatchOrphan] {
        manifest.keys.sorted().compactMap { key in
            guard !currentKeys.contains(key), shard?.contains(key) ?? true, let entry = manifest[key] else { return nil }
            return BatchOrphan(key: key, outputs: entry.outputs.keys.filter { !owned($0) }.sorted(), removed: false)
        }
    }

    /// Removes an orphan's outputs (and folders left empty, up to `root`), never through a symbolic
    /// link planted in the output folder; returns the orphan marked removed.
    static func prune(_ orphan: BatchOrphan, under root: String) -> BatchOrphan {
        for path in orphan.outputs {
            OutputFolder.remove(path, under: root, removingEmptyFolders: true)
        }
        var removed = orphan
        removed.removed = true
        return removed
    }
}
