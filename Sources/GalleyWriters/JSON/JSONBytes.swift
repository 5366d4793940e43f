// A JSON byte emitter with Foundation JSONEncoder's exact formatting, appending to one [UInt8].
import GalleyModel
import GalleySupport

/// Appends JSON tokens to a byte buffer, formatted exactly as Foundation's `JSONEncoder` does with
/// `[.sortedKeys, .withoutEscapingSlashes]` (and `.prettyPrinted` when `pretty`): two-space indent,
/// `"key" : value`, an empty container as `[\n\n<indent>]`, control characters as `\b \t \n \f \r`
/// or `\u00xx` (lowercase hex), `"` and `\` escaped, everything else (`/`, DEL, non-ASCII) verbatim.
/// Keys are written in the order the caller gives: callers pass them sorted by byte value.
package struct JSONBytes {
    /// Containers nested this deep are refused, like Foundation's writer (which accepts 511 levels).
    static let maximumDepth = 512

    /// Thrown when containers nest `maximumDepth` levels deep.
    struct TooDeep: Error {}

    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []
    /// True for the indented, multi-line form.
    let pretty: Bool
    /// How many containers are open.
    private var depth = 0
    /// True while the innermost open container has no member yet.
    private var empty = true

    /// Creates an emitter, reserving `capacity` bytes.
    package init(pretty: Bool, capacity: Int) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// Hands over the bytes written (uniquely referenced, so appending to them copies nothing).
    package mutating func takeBytes() -> [UInt8] {
        let taken = bytes
        bytes = []
        return taken
    }

    // MARK: Containers

    /// Opens `{`.
    package mutating func beginObject() throws { try open(0x7B) }
    /// Opens `[`.
    mutating func beginArray() throws { try open(0x5B) }
    /// Closes `}`.
    package mutating func endObject() { close(0x7D) }
    /// Closes `]`.
    mutating func endArray() { close(0x5D) }

    private mutating func open(_ brace: UInt8) throws {
        guard depth + 1 < Self.maximumDepth else { throw TooDeep() }
        bytes.append(brace)
        depth += 1
        empty = true
    }

    private mutating func close(_ brace: UInt8) {
        depth -= 1
        if pretty {
            bytes.append(0x0A)
            if empty { bytes.append(0x0A) }
            indent()
        }
        bytes.append(brace)
        empty = false
    }

    /// Starts the next member of the open container: a comma after the first, then the line break.
    mutating func element() {
        if empty { empty = false } else { bytes.append(0x2C) }
        if pretty {
            bytes.append(0x0A)
            indent()
        }
    }

    /// Starts an object member: separator, quoted key (plain ASCII, never escaped) and colon.
    package mutating func key(_ name: StaticString) {
        element()
        bytes.append(0x22)
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        if pretty {
            bytes.append(contentsOf: [0x22, 0x20, 0x3A, 0x20] as [UInt8])
        } else {
            bytes.append(contentsOf: [0x22, 0x3A] as [UInt8])
        }
    }

    /// Starts an object member whose key is a plain ASCII name known to need no escaping (a table's key).
    package mutating func key(plain name: String) {
        element()
        bytes.append(0x22)
        bytes.append(contentsOf: name.utf8)
        if pretty {
            bytes.append(contentsOf: [0x22, 0x20, 0x3A, 0x20] as [UInt8])
        } else {
            bytes.append(contentsOf: [0x22, 0x3A] as [UInt8])
        }
    }

    /// Starts an object member whose key is known only at run time (escaped like a string value).
    package mutating func key(escaping name: String) {
        element()
        string(name)
        if pretty {
            bytes.append(contentsOf: [0x20, 0x3A, 0x20] as [UInt8])
        } else {
            bytes.append(0x3A)
        }
    }

    /// Appends JSON that is already complete and valid (a member value written elsewhere).
    mutating func raw(_ json: String) {
        var json = json
        json.withUTF8 { bytes.append(contentsOf: $0) }
    }

    private mutating func indent() {
        var n = depth * 2
        while n > 0 {
            let chunk = min(n, Self.spaces.count)
            bytes.append(contentsOf: Self.spaces[0..<chunk])
            n -= chunk
        }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    // MARK: Scalars

    /// A string value, escaped.
    package mutating func string(_ value: String) {
        bytes.append(0x22)
        var value = value
        value.withUTF8 { appendEscaped($0) }
        bytes.append(0x22)
    }

    /// A static string value that needs no escaping (type names, enum raw values).
    mutating func plain(_ value: StaticString) {
        bytes.append(0x22)
        value.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(0x22)
    }

    /// An integer value.
    mutating func int(_ value: Int) {
        if value < 0 { bytes.append(0x2D) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// A boolean value.
    mutating func bool(_ value: Bool) {
        if value {
            bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65] as [UInt8])
        } else {
            bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65] as [UInt8])
        }
    }

    /// Appends UTF-8 text with JSON escapes; runs needing none are copied in one piece.
    private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var i = 0
        let count = text.count
        while i < count {
            let byte = text[i]
            if byte >= 0x20 && byte != 0x22 && byte != 0x5C {
                i += 1
                continue
            }
            if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<i])) }
            bytes.append(0x5C)
            switch byte {
            case 0x22: bytes.append(0x22)
            case 0x5C: bytes.append(0x5C)
            case 0x08: bytes.append(0x62)
            case 0x09: bytes.append(0x74)
            case 0x0A: bytes.append(0x6E)
            case 0x0C: bytes.append(0x66)
            case 0x0D: bytes.append(0x72)
            default:
                bytes.append(contentsOf: [0x75, 0x30, 0x30, Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0xF)]] as [UInt8])
            }
            i += 1
            runStart = i
        }
        if runStart < count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<count])) }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)
}
