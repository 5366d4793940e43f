// `convert FILE --out -`: one named input, one format, written to standard output.
import ArgumentParser
import Foundation
import Galley

extension Convert {
    /// Converts the one file `path` into `format` on standard output (`--out -`); its warnings
    /// about front matter go to standard error. Exit 1 (naming the file) when it cannot be read.
    func convertFileToStandardOutput(_ path: String, to format: OutputFormat) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw UsageError("\(path): no such file")
        }
        guard !isDirectory.boolValue else {
            throw UsageError("--out - writes one file's conversion to standard output; \(path) is a folder (give --out FOLDER)")
        }
        let inputFormat = reading.from ?? InputFormat.detect(path: path) ?? .text
        var options = self.options
        options.read.source = (path as NSString).lastPathComponent
        do {
            let data = try BoundedFileReader.read(path, limit: try reading.maxInputBytes(), expecting: .document(inputFormat))
            let document = try Converter.document(from: data, format: inputFormat, options: options)
            let rendered = try Converter.render(document, as: [format], options: options.write)
            for warning in frontMatterWarnings(document.warnings + Converter.writeWarnings(document, formats: [format], options: options.write)) {
                FileHandle.standardError.write(Data("galley: warning: \(path): \(warning)\n".utf8))
            }
            FileHandle.standardOutput.write(Data((rendered[format] ?? "").utf8))
        } catch let error as GalleyError {
            FileHandle.standardError.write(Data("galley: \(error.path == nil ? error.at(path) : error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
