// A small, fast JSON reader for the embedded model files: bytes → `ModelJSONValue` (RFC 8259).
//
// Foundation's JSONDecoder spent about 100 M instructions (some 25 ms, most of a one-page run)
// decoding the fitted models at start-up; this reader and `ModelJSONDecoder` do the same work in
// a small fraction of that. It is meant for trusted, generated data (Models/*.json), but still
// rejects malformed text with an error instead of trapping.
import GalleyModel

/// A parsed JSON value. Numbers keep their text, so an integer decodes exactly.
package enum ModelJSONValue: Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([ModelJSONValue])
    case object([String: ModelJSONValue])

    /// Parses a whole JSON text (one value, surrounded by optional white space).
    package static func parse(_ bytes: [UInt8]) throws -> ModelJSONValue {
        var reader = ModelJSONReader(bytes: bytes)
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.at == bytes.count else { throw reader.error("text after the JSON value") }
        return value
    }
}

/// A JSON text that does not parse: what is wrong and the byte offset where it was found.
package struct ModelJSONError: Error, CustomStringConvertible {
    package var message: String
    package var offset: Int
    package var description: String { "\(message) at byte \(offset)" }
}

/// The recursive-descent reader behind `ModelJSONValue.parse`.
private struct ModelJSONReader {
    let bytes: [UInt8]
    var at = 0
    /// Nesting deeper than this is rejected (the models nest 5 levels).
    static let maxDepth = 200

    func error(_ message: String) -> ModelJSONError { ModelJSONError(message: message, offset: at) }

    mutating func skipSpace() {
        while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D || bytes[at] == 0x09 { at += 1 }
    }

    mutating func value(depth: Int) throws -> ModelJSONValue {
        guard depth < Self.maxDepth else { throw error("nesting deeper than \(Self.maxDepth)") }
        skipSpace()
        guard at < bytes.count else { throw error("unexpected end of the text") }
        switch bytes[at] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return .number(try number())
        }
    }

    mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard at + count <= bytes.count else { throw error("unexpected end of the text") }
        for k in 0..<count where bytes[at + k] != word.utf8Start[k] { throw error("unknown word") }
        at += count
    }

    mutating func object(depth: Int) throws -> ModelJSONValue {
        at += 1
        var members: [String: ModelJSONValue] = [:]
        skipSpace()
        if at < bytes.count, bytes[at] == UInt8(ascii: "}") { at += 1; return .object(members) }
        while true {
            skipSpace()
            guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") else { throw error("expected a member name") }
            let key = try string()
            skipSpace()
            guard at < bytes.count, bytes[at] == UInt8(ascii: ":") else { throw error("expected ':'") }
            at += 1
            members[key] = try value(depth: depth + 1)
            skipSpace()
            guard at < bytes.count else { throw error("unexpected end of the text") }
            if bytes[at] == UInt8(ascii: ",") { at += 1; continue }
            guard bytes[at] == UInt8(ascii: "}") else { throw error("expected ',' or '}'") }
            at += 1
            return .object(members)
        }
    }

    mutating func array(depth: Int) throws -> ModelJSONValue {
        at += 1
        var items: [ModelJSONValue] = []
        skipSpace()
        if at < bytes.count, bytes[at] == UInt8(ascii: "]") { at += 1; return .array(items) }
        while true {
            items.append(try value(depth: depth + 1))
            skipSpace()
            guard at < bytes.count else { throw error("unexpected end of the text") }
            if bytes[at] == UInt8(ascii: ",") { at += 1; continue }
            guard bytes[at] == UInt8(ascii: "]") else { throw error("expected ',' or ']'") }
            at += 1
            return .array(items)
        }
    }

    /// A number's text, checked against JSON's grammar (sign, digits, fraction, exponent).
    mutating func number() throws -> String {
        let start = at
        func digits() -> Int {
            let from = at
            while at < bytes.count, bytes[at] >= 0x30, bytes[at] <= 0x39 { at += 1 }
            return at - from
        }
        if at < bytes.count, bytes[at] == UInt8(ascii: "-") { at += 1 }
        guard digits() > 0 else { throw error("expected a value") }
        if at < bytes.count, bytes[at] == UInt8(ascii: ".") {
            at += 1
            guard digits() > 0 else { throw error("expected digits after '.'") }
        }
        if at < bytes.count, bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E") {
            at += 1
            if at < bytes.count, bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-") { at += 1 }
            guard digits() > 0 else { throw error("expected digits in the exponent") }
        }
        return String(decoding: bytes[start..<at], as: UTF8.self)
    }

    /// A string's value, escapes resolved (the opening quote is at `at`).
    mutating func string() throws -> String {
        at += 1
        let start = at
        while at < bytes.count, bytes[at] != UInt8(ascii: "\""), bytes[at] != UInt8(ascii: "\\"), bytes[at] >= 0x20 { at += 1 }
        guard at < bytes.count else { throw error("unterminated string") }
        if bytes[at] == UInt8(ascii: "\"") {
            defer { at += 1 }
            return String(decoding: bytes[start..<at], as: UTF8.self)
        }
        var out = Array(bytes[start..<at])
        while true {
            guard at < bytes.count else { throw error("unterminated string") }
            let byte = bytes[at]
            if byte == UInt8(ascii: "\"") { at += 1; return String(decoding: out, as: UTF8.self) }
            guard byte >= 0x20 else { throw error("control character in a string") }
            if byte != UInt8(ascii: "\\") { out.append(byte); at += 1; continue }
            at += 1
            guard at < bytes.count else { throw error("unterminated string") }
            let escape = bytes[at]
            at += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"): out.append(contentsOf: try unicodeEscape())
            default: throw error("unknown escape")
            }
        }
    }

    /// The UTF-8 bytes of a `\uXXXX` escape (the `u` read), joining a surrogate pair; a lone
    /// surrogate becomes U+FFFD.
    mutating func unicodeEscape() throws -> [UInt8] {
        var code = try hex4()
        if (0xD800...0xDBFF).contains(code), at + 1 < bytes.count, bytes[at] == UInt8(ascii: "\\"), bytes[at + 1] == UInt8(ascii: "u") {
            let saved = at
            at += 2
            let low = try hex4()
            if (0xDC00...0xDFFF).contains(low) {
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            } else {
                at = saved
            }
        }
        let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
        return Array(String(Character(scalar)).utf8)
    }

    mutating func hex4() throws -> UInt32 {
        guard at + 4 <= bytes.count else { throw error("short \\u escape") }
        var code: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[at]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: throw error("bad \\u escape")
            }
            code = code << 4 | UInt32(digit)
            at += 1
        }
        return code
    }
}
