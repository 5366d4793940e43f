// A normalization pass and the ordered lists of passes Galley runs.
import GalleyModel
import GalleySupport

/// One named transformation of a whole document. Passes are plain functions; the order they
/// run in is data (`Passes.normalization`), so a caller or a test can see and change it.
public struct Pass: Sendable {
    /// A short stable name, used in removal records and `--explain` output.
    public let name: String
    /// What the pass does, in one line.
    public let summary: String
    /// The transformation.
    public let transform: @Sendable (Document) -> Document

    /// Creates a pass.
    public init(name: String, summary: String, transform: @escaping @Sendable (Document) -> Document) {
        self.name = name
        self.summary = summary
        self.transform = transform
    }
}

/// The ordered pass lists.
public enum Passes {
    /// The default normalization, in order: clean artifacts, then fix the outline, then build structure.
    public static let normalization: [Pass] = [
        NavigationArtifactPass.pass,
        RepeatedBlockPass.pass,
        TitlePass.pass,
        LanguagePass.pass,
        HeadingLevelPass.pass,
        HeadingIDPass.pass,
    ]

    /// The normalization for HTML pages: the passes written for copied text (collapsing repeated
    /// lines, inserting the metadata title as a heading) are left out, because a page's markup
    /// already says what is a heading and a page may repeat a line on purpose (a pull quote, a
    /// refrain, a caption); the title pass only fixes levels there.
    public static let htmlNormalization: [Pass] = [
        NavigationArtifactPass.pass,
        TitlePass.levelsOnlyPass,
        LanguagePass.pass,
        HeadingLevelPass.pass,
        HeadingIDPass.pass,
    ]

    /// The normalization for input of `format`: `htmlNormalization` for HTML, else `normalization`.
    public static func normalization(for format: InputFormat) -> [Pass] {
        format == .html ? htmlNormalization : normalization
    }

    /// The passes that only add structure (heading ids) without changing any content; they run
    /// even with `--no-normalize`, because the XHTML and JSON writers rely on them. No pass nests
    /// sections: the block list stays flat and writers that nest call `makeSections`.
    public static let structural: [Pass] = [
        HeadingIDPass.pass,
    ]

    /// Runs `passes` in order.
    public static func run(_ passes: [Pass], on document: Document) -> Document {
        passes.reduce(document) { doc, pass in pass.transform(doc) }
    }
}
