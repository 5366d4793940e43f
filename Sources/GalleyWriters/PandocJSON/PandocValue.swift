// A JSON value with ordered object keys, and its compact serialization, for pandoc's JSON AST.
import GalleyModel
import GalleySupport

/// A JSON value as pandoc's AST uses it. Object keys keep the order they are given in, so the same
/// document always serializes to the same bytes.
enum PandocValue: Equatable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([PandocValue])
    case object([(String, PandocValue)])

    static func == (a: PandocValue, b: PandocValue) -> Bool {
        switch (a, b) {
        case let (.string(x), .string(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.bool(x), .bool(y)): return x == y
        case (.null, .null): return true
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)): return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// A node `{"t": tag, "c": content}`, or `{"t": tag}` when it has no content.
    static func node(_ tag: String, _ content: PandocValue? = nil) -> PandocValue {
        guard let content else { return .object([("t", .string(tag))]) }
        return .object([("t", .string(tag)), ("c", content)])
    }

    /// Pandoc's `Attr`: `[id, [classes], [[key, value]]]`.
    static func attr(id: String = "", classes: [String] = [], pairs: [(String, String)] = []) -> PandocValue {
        .array([.string(id), .array(classes.map(PandocValue.string)), .array(pairs.map { .array([.string($0.0), .string($0.1)]) })])
    }

    /// Compact JSON, as `pandoc -t json` writes it (no spaces; only `"`, `\` and control characters escaped).
    func serialized() -> String {
        var out = ""
        append(to: &out)
        return out
    }

    private func append(to out: inout String) {
        switch self {
        case .string(let s): Self.appendString(s, to: &out)
        case .int(let n): out += String(n)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.append(to: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out += "," }
                Self.appendString(key, to: &out)
                out += ":"
                value.append(to: &out)
            }
            out += "}"
        }
    }

    private static func appendString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
