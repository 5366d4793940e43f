// A Decoder over `ModelJSONValue`: decodes the embedded models' Decodable types without
// Foundation's JSONDecoder (which cost most of a one-page run's start-up).
import GalleyModel

/// Decodes a `Decodable` type from JSON text, like Foundation's `JSONDecoder` with its default
/// strategies (keys as written, numbers exact, no dates or data), for the embedded model files.
package struct ModelJSONDecoder {
    package init() {}

    /// The value of `type` that the JSON `text` describes.
    package func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try decode(type, from: Array(text.utf8))
    }

    /// The value of `type` that the JSON `bytes` describe.
    package func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try T(from: ValueDecoder(value: try ModelJSONValue.parse(bytes), codingPath: []))
    }
}

/// The coding key of an array element.
private struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private func mismatch(_ expected: Any.Type, _ path: [CodingKey], _ what: String) -> DecodingError {
    .typeMismatch(expected, .init(codingPath: path, debugDescription: "expected \(expected), found \(what)"))
}

private func describe(_ value: ModelJSONValue) -> String {
    switch value {
    case .null: "null"
    case .bool: "a boolean"
    case .number(let text): "the number \(text)"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
}

/// The items of a JSON array as numbers (the bulk of the models: tree thresholds and values).
private func numbers<N>(_ items: [ModelJSONValue], _ path: [CodingKey], _ convert: (String) -> N?) throws -> [N] {
    var out: [N] = []
    out.reserveCapacity(items.count)
    for (index, item) in items.enumerated() {
        guard case .number(let text) = item, let number = convert(text) else {
            throw mismatch(N.self, path + [IndexKey(index)], describe(item))
        }
        out.append(number)
    }
    return out
}

/// An integer's value from its JSON text (`3`, or `3.0`, `3e0`: a number that is whole).
private func integer(_ text: String) -> Int? {
    if let v = Int(text) { return v }
    guard let d = Double(text), d.rounded() == d else { return nil }
    return Int(exactly: d)
}

/// A value as a primitive, an array of numbers or strings (read directly, without a container
/// per item), or a nested type decoded through its own `init(from:)`.
private func primitive<T: Decodable>(_ type: T.Type, _ value: ModelJSONValue, _ path: [CodingKey]) throws -> T {
    if case .array(let items) = value {
        // The same type, so the bit cast is an identity.
        if type == [Double].self { return unsafeBitCast(try numbers(items, path) { Double($0) }, to: T.self) }
        if type == [Int].self { return unsafeBitCast(try numbers(items, path, integer), to: T.self) }
        if type == [String].self {
            return unsafeBitCast(try items.enumerated().map { index, item in
                guard case .string(let text) = item else { throw mismatch(String.self, path + [IndexKey(index)], describe(item)) }
                return text
            }, to: T.self)
        }
    }
    switch value {
    case .number(let text):
        if type == Double.self, let v = Double(text) { return v as! T }
        if type == Int.self, let v = integer(text) { return v as! T }
        if type == Float.self, let v = Float(text) { return v as! T }
    case .string(let text) where type == String.self: return text as! T
    case .bool(let flag) where type == Bool.self: return flag as! T
    default: break
    }
    if type == Double.self || type == Int.self || type == Float.self || type == String.self || type == Bool.self {
        throw mismatch(type, path, describe(value))
    }
    return try T(from: ValueDecoder(value: value, codingPath: path))
}

/// The decoder of one value.
private struct ValueDecoder: Decoder {
    let value: ModelJSONValue
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else { throw mismatch([String: Any].self, codingPath, describe(value)) }
        return KeyedDecodingContainer(Keyed<Key>(members: members, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .array(let items) = value else { throw mismatch([Any].self, codingPath, describe(value)) }
        return Unkeyed(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { Single(value: value, codingPath: codingPath) }
}

/// A JSON object's members by key.
private struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [String: ModelJSONValue]
    let codingPath: [CodingKey]
    var allKeys: [Key] { members.keys.sorted().compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

    func member(_ key: Key) throws -> ModelJSONValue {
        guard let value = members[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no member \"\(key.stringValue)\""))
        }
        return value
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        if case .null = try member(key) { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try primitive(type, try member(key), codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try ValueDecoder(value: try member(key), codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try ValueDecoder(value: try member(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder { ValueDecoder(value: .object(members), codingPath: codingPath) }

    func superDecoder(forKey key: Key) throws -> Decoder {
        ValueDecoder(value: members[key.stringValue] ?? .null, codingPath: codingPath + [key])
    }
}

/// A JSON array's items in order.
private struct Unkeyed: UnkeyedDecodingContainer {
    let items: [ModelJSONValue]
    let codingPath: [CodingKey]
    var currentIndex = 0
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    init(items: [ModelJSONValue], codingPath: [CodingKey]) {
        self.items = items
        self.codingPath = codingPath
    }

    mutating func next() throws -> ModelJSONValue {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath + [IndexKey(currentIndex)], debugDescription: "the array has only \(items.count) items"))
        }
        defer { currentIndex += 1 }
        return items[currentIndex]
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, case .null = items[currentIndex] else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let path = codingPath + [IndexKey(currentIndex)]
        return try primitive(type, try next(), path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let path = codingPath + [IndexKey(currentIndex)]
        return try ValueDecoder(value: try next(), codingPath: path).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        let path = codingPath + [IndexKey(currentIndex)]
        return try ValueDecoder(value: try next(), codingPath: path).unkeyedContainer()
    }

    mutating func superDecoder() throws -> Decoder {
        let path = codingPath + [IndexKey(currentIndex)]
        return ValueDecoder(value: try next(), codingPath: path)
    }
}

/// One value, read as a primitive or handed on to a nested type's own decoding.
private struct Single: SingleValueDecodingContainer {
    let value: ModelJSONValue
    let codingPath: [CodingKey]

    func decodeNil() -> Bool {
        if case .null = value { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try primitive(type, value, codingPath) }
}
