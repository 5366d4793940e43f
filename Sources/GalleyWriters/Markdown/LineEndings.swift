// Line-ending normalization shared by the Markdown writer.
import GalleyModel
import GalleySupport

extension String {
    /// The string with `\r\n` and lone `\r` turned into `\n`.
    func replacingLineEndings() -> String {
        guard unicodeScalars.contains("\r") else { return self }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for c in unicodeScalars {
            if c == "\r" { out.append("\n"); previousCR = true; continue }
            if c == "\n" && previousCR { previousCR = false; continue }
            previousCR = false
            out.append(c)
        }
        return String(out)
    }
}
