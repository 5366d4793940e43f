// META-INF/container.xml: tells reading systems where the package document is.
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// The OCF container document.
enum ContainerDocument {
    /// The path of the package document inside the ZIP.
    static let packagePath = "EPUB/package.opf"

    /// The XML of `META-INF/container.xml`.
    static let xml = """
    <?xml version="1.0" encoding="UTF-8"?>
    <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
    <rootfiles>
    <rootfile full-path="\(packagePath)" media-type="application/oebps-package+xml"/>
    </rootfiles>
    </container>

    """
}
