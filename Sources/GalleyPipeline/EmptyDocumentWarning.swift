// The warning a conversion adds when its document ends with no blocks, saying why.
import GalleyModel
import GalleySupport
import GalleyReaders
import GalleyPasses
import GalleyWriters

/// The warning for a document without blocks: every output would hold metadata only, which a
/// batch's user should see named in the report rather than find later.
package enum EmptyDocumentWarning {
    /// The common start of these warnings.
    package static let prefix = "empty: "

    /// The warning for input of `format`; `readAnyBlock` tells whether the reader found blocks
    /// that the passes then removed, `readerRemovedAny` whether the reader itself removed text
    /// (an HTML page's navigation, chrome, or everything the extraction judged not content).
    package static func text(format: InputFormat, readAnyBlock: Bool, readerRemovedAny: Bool = false) -> String {
        if readAnyBlock { return prefix + "the normalization passes removed every block (each is listed in removals; --no-normalize keeps them)" }
        if readerRemovedAny {
            let keep = format == .html ? "; --whole-page keeps the whole page" : ""
            return prefix + "the reader removed all the text it found (each part is listed in removals\(keep))"
        }
        if format == .html {
            return prefix + "the page shows no text (a page whose content is built by scripts must be rendered by a browser first)"
        }
        return prefix + "the input holds no text"
    }
}
