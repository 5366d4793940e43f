// `--shard K/N`: a stable share of the inputs, chosen by a hash of each input's relative path.
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// One of N shards of a batch run. The shards of a run partition its inputs, so running every
/// shard (on any machines, in any order) gives the same outputs as one unsharded run.
public struct Shard: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// This shard's number, from 1 to `count`.
    public var index: Int
    /// The number of shards.
    public var count: Int

    /// Creates shard `index` of `count` (1-based).
    /// - Throws: `GalleyError` when `index` is not in `1...count`.
    public init(index: Int, count: Int) throws {
        guard count >= 1, (1...count).contains(index) else {
            throw GalleyError(stage: .usage, message: "shard \(index)/\(count) is out of range: use K/N with 1 ≤ K ≤ N")
        }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`, e.g. `2/8`.
    /// - Throws: `GalleyError` when the text is not of that form.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else {
            throw GalleyError(stage: .usage, message: "'\(text)' is not a shard: use K/N, e.g. 1/4 (K counts from 1)")
        }
        try self.init(index: k, count: n)
    }

    /// `K/N`.
    public var description: String { "\(index)/\(count)" }

    /// The shard (1-based) that the input with this relative path belongs to, out of `count`.
    public static func number(of relativePath: String, count: Int) -> Int {
        let digest = SHA256.digest(Data(relativePath.utf8))
        var value: UInt64 = 0
        for byte in digest.prefix(8) { value = value << 8 | UInt64(byte) }
        return Int(value % UInt64(max(count, 1))) + 1
    }

    /// Whether the input with this relative path belongs to this shard.
    public func contains(_ relativePath: String) -> Bool {
        Shard.number(of: relativePath, count: count) == index
    }
}
