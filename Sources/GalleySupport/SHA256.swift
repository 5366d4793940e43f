// SHA-256 for batch manifests and shard keys, computed by OpenSSL's libcrypto (which uses the
// CPU's SHA instructions when present: hashing every input and output is then nearly free).
import CCrypto
import Foundation
import GalleyModel

/// SHA-256 digests of bytes and strings.
package enum SHA256 {
    /// The hex digest of `data`.
    package static func hex(_ data: Data) -> String {
        hexDigits(digest(data))
    }

    /// The hex digest of the UTF-8 bytes of `string`.
    package static func hex(_ string: String) -> String {
        var copy = string
        return hexDigits(copy.withUTF8 { digest(UnsafeRawBufferPointer($0)) })
    }

    /// The raw 32-byte digest of `data`.
    package static func digest(_ data: Data) -> [UInt8] {
        data.withUnsafeBytes { digest($0) }
    }

    /// The raw 32-byte digest of the bytes in `buffer`.
    package static func digest(_ buffer: UnsafeRawBufferPointer) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 32)
        let ok = out.withUnsafeMutableBufferPointer { target in
            // A zero-length buffer may have no base address; libcrypto wants a valid pointer.
            withUnsafePointer(to: 0 as UInt8) { empty in
                galley_sha256_oneshot(buffer.baseAddress ?? UnsafeRawPointer(empty), buffer.count, target.baseAddress)
            }
        }
        precondition(ok == 1, "libcrypto could not compute a SHA-256 digest")
        return out
    }

    /// 64 lowercase hex digits for a 32-byte digest.
    static func hexDigits(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var chars: [UInt8] = []
        chars.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            chars.append(digits[Int(byte >> 4)])
            chars.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: chars, as: UTF8.self)
    }

    /// A digest fed in pieces: `update` any number of times, then `finalize` once.
    final class Hasher {
        private var context: OpaquePointer?

        /// Starts a new digest.
        init() {
            context = galley_sha256_new()
            precondition(context != nil, "libcrypto could not start a SHA-256 digest")
        }

        deinit { if let context { galley_sha256_free(context) } }

        /// Adds bytes to the digest (ignored after `finalize`).
        func update(_ data: Data) {
            guard let context, !data.isEmpty else { return }
            data.withUnsafeBytes { _ = galley_sha256_update(context, $0.baseAddress, $0.count) }
        }

        /// Finishes and returns the 32-byte digest; later calls return the same digest.
        func finalize() -> [UInt8] {
            if let finished { return finished }
            var out = [UInt8](repeating: 0, count: 32)
            if let context {
                let ok = out.withUnsafeMutableBufferPointer { galley_sha256_finish(context, $0.baseAddress) }
                precondition(ok == 1, "libcrypto could not finish a SHA-256 digest")
                self.context = nil
            }
            finished = out
            return out
        }

        /// Finishes and returns the digest as 64 lowercase hex digits.
        func finalizeHex() -> String { SHA256.hexDigits(finalize()) }

        private var finished: [UInt8]?
    }
}
