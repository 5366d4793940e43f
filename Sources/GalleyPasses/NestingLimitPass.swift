// The nesting limit as the pipeline's first pass.
import GalleyModel
import GalleySupport

/// Caps block and inline nesting (`NestingLimit`) before any other pass walks the tree.
public enum NestingLimitPass {
    /// The pass.
    public static let pass = Pass(name: "nesting-limit", summary: "flatten nesting deeper than \(NestingLimit.maxBlockDepth) levels (text kept)") { document in
        NestingLimit.apply(to: document)
    }
}
