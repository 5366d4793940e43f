// The named fields of a WARC record header or an HTTP message header (case-insensitive names).
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// Header fields in order, looked up without regard to case.
struct HeaderFields: Sendable, Equatable {
    /// The fields as read, names as written.
    var fields: [(name: String, value: String)] = []

    static func == (a: HeaderFields, b: HeaderFields) -> Bool {
        a.fields.elementsEqual(b.fields) { $0.name == $1.name && $0.value == $1.value }
    }

    /// The first value of `name`, trimmed; nil when absent.
    subscript(_ name: String) -> String? {
        let lower = name.lowercased()
        return fields.first { $0.name.lowercased() == lower }?.value
    }

    /// Parses `Name: value` lines (CRLF or LF; folded continuation lines joined), from `bytes`
    /// up to the first empty line. Returns the fields and the offset just past the empty line,
    /// or nil when no empty line ends the header within `bytes`.
    static func parse(_ bytes: UnsafeRawBufferPointer, from start: Int) -> (HeaderFields, Int)? {
        var headers = HeaderFields()
        var lineStart = start
        var index = start
        while index < bytes.count {
            guard bytes[index] == 0x0A else { index += 1; continue }
            var lineEnd = index
            if lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let next = index + 1
            if lineEnd == lineStart { return (headers, next) }
            let line = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[lineStart..<lineEnd]), as: UTF8.self)
            if line.first == " " || line.first == "\t", !headers.fields.isEmpty {
                headers.fields[headers.fields.count - 1].value += " " + line.trimmingBlanks
            } else if let colon = line.firstIndex(of: ":") {
                headers.fields.append((String(line[..<colon]).trimmingBlanks, String(line[line.index(after: colon)...]).trimmingBlanks))
            }
            lineStart = next
            index = next
        }
        return nil
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingBlanks: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
