// One rendered output of `Pipeline.renderUTF8`: a writer's String, or the UTF-8 bytes a writer made directly.
import GalleyModel
import GalleySupport
import GalleyReaders
import GalleyPasses
import GalleyWriters

/// A rendered output, read as UTF-8 bytes without copying it.
package enum RenderedOutput {
    /// A writer's String.
    case text(String)
    /// UTF-8 bytes a writer made directly (JSON).
    case bytes([UInt8])

    /// Calls `body` with the output's UTF-8 bytes (the String's own storage, or the byte array's).
    package func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch self {
        case .text(let text):
            // (A native String is contiguous: `withUTF8` reads its storage, no copy.)
            var copy = text
            return try copy.withUTF8(body)
        case .bytes(let bytes):
            return try bytes.withUnsafeBufferPointer(body)
        }
    }
}
