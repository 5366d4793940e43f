// The registry of user-supplied readers and writers, so custom formats work in convert and batch runs.
import Foundation

/// Where a library user registers their own readers and writers.
///
/// A registered format is found by `InputFormat(rawValue:)` / `OutputFormat(rawValue:)` (so by the
/// `format` of a JSON Lines record or a manifest), by `InputFormat.detect(path:)` for its file
/// extensions, and is used by `Converter`, `BatchConverter` and `JSONLinesConverter` exactly like
/// a built-in format. Register before starting conversions. Built-in names cannot be replaced,
/// and built-in file extensions keep their built-in format.
///
/// ```swift
/// let shout = try FormatRegistry.register(writer: ShoutWriter(), name: "shout", fileExtension: "shout.txt")
/// let outputs = try Converter.convert(data, from: .markdown, to: [.markdown, shout])
/// ```
public enum FormatRegistry {
    /// A registered reader and the file extensions it claims.
    package struct RegisteredReader: Sendable {
        package let reader: any DocumentReader
        let fileExtensions: [String]
    }

    /// A registered writer and the extension of its output files.
    package struct RegisteredWriter: Sendable {
        package let writer: any DocumentWriter
        let fileExtension: String
    }

    /// The registered readers and writers, behind a lock (registration may race with conversions).
    private final class Storage: @unchecked Sendable {
        let lock = NSLock()
        var readers: [String: RegisteredReader] = [:]
        var writers: [String: RegisteredWriter] = [:]

        func withLock<T>(_ body: (Storage) throws -> T) rethrows -> T {
            lock.lock()
            defer { lock.unlock() }
            return try body(self)
        }
    }

    private static let storage = Storage()

    /// Registers `reader` under `name`, for files whose extension (without dot, any case) is one
    /// of `fileExtensions`, and returns its format. Registering a name again replaces the reader.
    /// Throws when `name` is empty or a built-in format's name.
    @discardableResult
    public static func register(reader: any DocumentReader, name: String, fileExtensions: [String] = []) throws -> InputFormat {
        try checkName(name, builtIn: InputFormat.allCases.map(\.rawValue))
        let entry = RegisteredReader(reader: reader, fileExtensions: fileExtensions.map { $0.lowercased() })
        storage.withLock { $0.readers[name] = entry }
        return InputFormat(known: name)
    }

    /// Registers `writer` under `name`, its outputs named `stem.fileExtension`, and returns its
    /// format. Registering a name again replaces the writer. Throws when `name` is empty or a
    /// built-in format's name, or `fileExtension` is empty or one a built-in format writes.
    @discardableResult
    public static func register(writer: any DocumentWriter, name: String, fileExtension: String) throws -> OutputFormat {
        try checkName(name, builtIn: OutputFormat.allCases.map(\.rawValue))
        guard !fileExtension.isEmpty, !fileExtension.contains("/"), !OutputFormat.allCases.map(\.fileExtension).contains(fileExtension) else {
            throw GalleyError(stage: .register, message: "'\(fileExtension)' cannot be the file extension of output format '\(name)'")
        }
        let entry = RegisteredWriter(writer: writer, fileExtension: fileExtension)
        storage.withLock { $0.writers[name] = entry }
        return OutputFormat(known: name)
    }

    /// Removes a registered reader (built-in formats are not affected).
    public static func unregister(_ format: InputFormat) {
        _ = storage.withLock { $0.readers.removeValue(forKey: format.rawValue) }
    }

    /// Removes a registered writer (built-in formats are not affected).
    public static func unregister(_ format: OutputFormat) {
        _ = storage.withLock { $0.writers.removeValue(forKey: format.rawValue) }
    }

    /// The formats registered so far, reading and writing, sorted by name.
    public static var registeredNames: (input: [String], output: [String]) {
        storage.withLock { ($0.readers.keys.sorted(), $0.writers.keys.sorted()) }
    }

    package static func reader(named name: String) -> RegisteredReader? {
        storage.withLock { $0.readers[name] }
    }

    package static func writer(named name: String) -> RegisteredWriter? {
        storage.withLock { $0.writers[name] }
    }

    /// The registered input format claiming `fileExtension` (lowercased, without dot); the
    /// alphabetically first name when several claim it.
    static func inputFormat(forExtension fileExtension: String) -> InputFormat? {
        storage.withLock { storage in
            storage.readers.keys.sorted().first { storage.readers[$0]?.fileExtensions.contains(fileExtension) == true }
        }.map { InputFormat(known: $0) }
    }

    private static func checkName(_ name: String, builtIn: [String]) throws {
        guard !name.isEmpty, !builtIn.contains(name) else {
            throw GalleyError(stage: .register, message: "'\(name)' cannot be registered: it is empty or a built-in format's name")
        }
    }
}

/// Stands in for a format whose reader or writer was unregistered: every call fails, saying so.
package struct UnregisteredFormat: DocumentReader, DocumentWriter {
    /// The format's name.
    let name: String

    /// The stand-in for the format called `name`.
    package init(name: String) {
        self.name = name
    }

    package func read(_ data: Data, options: ReadOptions) throws -> Document {
        throw GalleyError(stage: .read, message: "no reader is registered for format '\(name)'")
    }

    package func write(_ document: Document, options: WriteOptions) throws -> String {
        throw GalleyError(stage: .write, message: "no writer is registered for format '\(name)'")
    }
}
