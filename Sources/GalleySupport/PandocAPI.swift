// The pandoc JSON AST versions Galley writes and reads (shared by the pandoc JSON reader and writer).
import GalleyModel

/// The pandoc API versions Galley writes and reads.
public enum PandocAPI {
    /// The version written: what Debian's pandoc 2.17 prints with `-t json`.
    public static let version = [1, 22, 2, 1]
    /// The major versions read (`[1, 22]`: pandoc 2.11–2.19; `[1, 23]`: pandoc 3.x, with `Figure`).
    public static let readable: [[Int]] = [[1, 22], [1, 23]]
}
