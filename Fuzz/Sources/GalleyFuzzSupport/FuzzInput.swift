// The bytes libFuzzer hands to a target, as Data.
import Foundation

/// Copies libFuzzer's buffer into `Data` (a null pointer is the empty input).
public enum FuzzInput {
    /// The input as Data.
    public static func data(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Data {
        guard let start, count > 0 else { return Data() }
        return Data(bytes: start, count: count)
    }
}
