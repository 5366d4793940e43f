// A usage problem found while running (a missing path, an output folder that is a file): exit 2.

/// A usage error found after parsing; `main` prints `galley: message` and exits 2.
struct UsageError: Error {
    /// What is wrong and what to do.
    let message: String

    init(_ message: String) { self.message = message }
}
