// Galley's version, recorded in batch manifests so a new release rebuilds stale outputs.
import GalleyModel
import GalleySupport
import GalleyReaders
import GalleyPasses
import GalleyWriters

/// The version of Galley.
public enum GalleyVersion {
    /// Semantic version string.
    public static let string = "0.2.0"
}
