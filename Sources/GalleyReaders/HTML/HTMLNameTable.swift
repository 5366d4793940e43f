// Looks up element and attribute names straight from libxml2's C strings, without making Strings.
import GalleyModel
import GalleySupport

/// A fixed table of short names (at most 16 bytes), looked up by their bytes: the name is packed
/// into two words and found by open addressing. A name matches only when its bytes equal a listed
/// name, which is what the `[String: …]` lookup it replaces answers for these ASCII names.
struct HTMLNameTable: Sendable {
    private static let slots = 512
    private var keys0: [UInt64]
    private var keys1: [UInt64]
    private var values: [UInt8]

    /// Builds the table from names and their raw values (names longer than 16 bytes are left out:
    /// none of the reader's names is).
    init(_ names: [(String, UInt8)]) {
        keys0 = Array(repeating: 0, count: Self.slots)
        keys1 = keys0
        values = Array(repeating: 0, count: Self.slots)
        for (name, value) in names.sorted(by: { $0.0 < $1.0 }) {
            let bytes = Array(name.utf8)
            guard !bytes.isEmpty, bytes.count <= 16, !bytes.contains(0) else { continue }
            var k0: UInt64 = 0, k1: UInt64 = 0
            for (i, b) in bytes.enumerated() {
                if i < 8 { k0 |= UInt64(b) << (8 * i) } else { k1 |= UInt64(b) << (8 * (i - 8)) }
            }
            var slot = Self.slot(k0, k1)
            while keys0[slot] != 0 { slot = (slot + 1) & (Self.slots - 1) }
            keys0[slot] = k0
            keys1[slot] = k1
            values[slot] = value
        }
    }

    private static func slot(_ k0: UInt64, _ k1: UInt64) -> Int {
        let mixed = (k0 ^ (k1 &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 55) & (slots - 1)
    }

    /// The value listed for the NUL-terminated name at `name`, nil when it is not listed.
    func value(_ name: UnsafePointer<UInt8>) -> UInt8? {
        var k0: UInt64 = 0, k1: UInt64 = 0
        var i = 0
        while true {
            let b = name[i]
            if b == 0 { break }
            if i >= 16 { return nil }
            if i < 8 { k0 |= UInt64(b) << (8 * i) } else { k1 |= UInt64(b) << (8 * (i - 8)) }
            i += 1
        }
        guard i > 0 else { return nil }
        return keys0.withUnsafeBufferPointer { keys0 in
            keys1.withUnsafeBufferPointer { keys1 in
                var slot = Self.slot(k0, k1)
                var probes = 0
                while keys0[slot] != 0 && probes < Self.slots {
                    if keys0[slot] == k0 && keys1[slot] == k1 { return values[slot] }
                    slot = (slot + 1) & (Self.slots - 1)
                    probes += 1
                }
                return nil
            }
        }
    }

    /// Element names.
    static let tags = HTMLNameTable(HTMLTag.byName.map { ($0.key, $0.value.rawValue) })
    /// Attribute names.
    static let attributes = HTMLNameTable(HTMLAttributeName.byName.map { ($0.key, $0.value.rawValue) })
}
