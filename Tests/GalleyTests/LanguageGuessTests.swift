// The language guess: scripts, stop words, unsure texts left alone, and contradicted declarations.
import Testing
@testable import Galley
@testable import GalleyModel
@testable import GalleySupport
@testable import GalleyReaders
@testable import GalleyPasses
@testable import GalleyWriters
@testable import GalleyPipeline
@testable import GalleyBook
@testable import GalleyBatch

private let english = String(repeating: "The committee said that it would publish the report on Monday, and that the members of the board were not in favour of the plan. ", count: 5)
private let german = String(repeating: "Der Ausschuss sagte, dass er den Bericht am Montag veröffentlichen wird und dass die Mitglieder nicht für den Plan sind. ", count: 5)
private let russian = String(repeating: "Комитет сказал, что он опубликует доклад в понедельник, и что члены совета не поддерживают этот план. ", count: 5)
private let japanese = String(repeating: "委員会は月曜日に報告書を公表すると述べ、理事会のメンバーはその計画に賛成していないと語った。", count: 5)

@Test func languagesAreGuessedFromScriptAndStopWords() {
    #expect(LanguageGuess.guess(english) == "en")
    #expect(LanguageGuess.guess(german) == "de")
    #expect(LanguageGuess.guess(russian) == "ru")
    #expect(LanguageGuess.guess(japanese) == "ja")
    #expect(LanguageGuess.guess("Short text.") == nil, "too few words to tell")
    #expect(LanguageGuess.guess(String(repeating: "Lorem ipsum dolor sit amet consectetur. ", count: 10)) == nil, "no known stop words")
}

@Test func languagePassFillsGapsAndCorrectsPlainContradictions() {
    func run(_ declared: String?, _ text: String) -> Document {
        LanguagePass.pass.transform(Document(metadata: Metadata(language: declared), blocks: [Block(.paragraph([.text(text)]))]))
    }
    #expect(run(nil, english).metadata.language == "en")
    #expect(run("en-GB", english).metadata.language == "en-GB", "a matching declaration keeps its region")
    let contradicted = run("en", german)
    #expect(contradicted.metadata.language == "de")
    #expect(contradicted.warnings.contains { $0.contains("declares the language 'en'") })
    #expect(run("uk", russian).metadata.language == "uk", "close relatives are not overruled")
    #expect(run("fr", "Bonjour.").metadata.language == "fr", "too little text to overrule anything")
}

@Test func stopWordMasksHoldEveryLanguage() {
    #expect(StopWords.languages.count <= 32, "language sets are 32-bit masks")
    #expect(LanguageGuess.guess(String(repeating: "Że się nie da, to jest jasne i w tym nie ma nic dziwnego, ale po co. ", count: 4)) == "pl")
    #expect(LanguageGuess.guess(String(repeating: "ЭТО ТАК, И ОН НЕ БЫЛ ТАМ, НО ВСЕ ЖЕ ЧТО-ТО БЫЛО ДЛЯ НАС. ", count: 4)) == "ru")
}
