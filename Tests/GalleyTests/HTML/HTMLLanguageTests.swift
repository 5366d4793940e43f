// The page language comes from `<html lang>`, or from `xml:lang` when `lang` is missing.
import Foundation
import Testing
@testable import Galley

@Test func languageFromXMLLangWhenLangIsMissing() throws {
    func language(_ html: String) throws -> String? { try HTMLReader().read(Data(html.utf8), options: ReadOptions()).metadata.language }
    #expect(try language("<html xml:lang=\"fr\"><p>x</p></html>") == "fr")
    #expect(try language("<html lang=\"de\" xml:lang=\"fr\"><p>x</p></html>") == "de")
}
