// The most frequent function words of common languages, for `LanguageGuess`.
import GalleyModel

/// Stop-word lists: short, frequent words that say which language a text is in.
package enum StopWords {
    /// A language and its words.
    package struct Language {
        let tag: String
        let words: [String]
    }

    /// The languages, in a fixed order (ties go to the earlier one).
    package static let languages: [Language] = [
        Language(tag: "en", words: ["the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "was", "on", "as", "are", "be", "this", "by", "have", "from", "at", "not", "but", "they", "his", "her", "which", "you", "he", "she", "will", "has", "were", "been", "their", "said", "would", "an", "or", "we", "who"]),
        Language(tag: "es", words: ["el", "la", "los", "las", "de", "que", "y", "en", "del", "se", "por", "un", "una", "para", "con", "no", "es", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ya", "este", "fue", "muy", "también", "está", "han", "desde", "entre", "cuando"]),
        Language(tag: "fr", words: ["le", "la", "les", "de", "des", "et", "est", "un", "une", "du", "en", "que", "qui", "dans", "pour", "pas", "sur", "au", "avec", "il", "elle", "ne", "se", "ce", "sont", "par", "plus", "mais", "nous", "vous", "été", "aux", "cette", "leur", "ont"]),
        Language(tag: "de", words: ["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit", "sich", "des", "auf", "für", "im", "dem", "auch", "es", "als", "nach", "wird", "bei", "einer", "um", "noch", "wie", "oder", "aber", "sind", "wurde", "sie", "ich", "hat"]),
        Language(tag: "it", words: ["il", "di", "che", "e", "la", "per", "un", "una", "in", "non", "con", "si", "da", "sono", "del", "della", "le", "gli", "lo", "ma", "anche", "più", "come", "nel", "alla", "questo", "è", "ha", "dei", "delle", "nella", "stato", "essere"]),
        Language(tag: "pt", words: ["o", "a", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "no", "na", "por", "mais", "dos", "das", "se", "ao", "como", "mas", "foi", "ele", "ela", "são", "é", "também", "muito", "seu", "sua", "pelo", "pela"]),
        Language(tag: "nl", words: ["de", "het", "een", "en", "van", "is", "dat", "op", "te", "in", "zijn", "met", "voor", "niet", "aan", "er", "ook", "als", "bij", "door", "maar", "om", "dan", "nog", "wordt", "worden", "deze", "naar", "heeft", "hij", "ze", "wij"]),
        Language(tag: "sv", words: ["och", "att", "det", "som", "en", "är", "på", "för", "med", "av", "den", "till", "inte", "har", "de", "ett", "om", "var", "men", "så", "jag", "vi", "sig", "från", "eller", "kan", "också"]),
        Language(tag: "da", words: ["og", "at", "det", "er", "en", "til", "på", "som", "med", "for", "af", "ikke", "har", "de", "den", "var", "jeg", "vi", "han", "men", "fra", "også", "kan", "et", "blev", "eller"]),
        Language(tag: "no", words: ["og", "i", "det", "er", "som", "en", "til", "på", "med", "for", "av", "ikke", "har", "de", "den", "var", "jeg", "vi", "han", "men", "fra", "også", "kan", "et", "ble", "eller", "seg"]),
        Language(tag: "pl", words: ["i", "w", "na", "z", "się", "nie", "do", "to", "że", "jest", "o", "jak", "po", "od", "za", "co", "ale", "tak", "przez", "jego", "już", "są", "dla", "tym", "oraz", "może"]),
        Language(tag: "cs", words: ["a", "se", "na", "v", "je", "že", "to", "s", "z", "do", "o", "jako", "ale", "i", "by", "pro", "jsou", "jeho", "tak", "který", "které", "po", "už", "jak", "také", "byl", "bylo"]),
        Language(tag: "tr", words: ["ve", "bir", "bu", "da", "de", "için", "ile", "çok", "daha", "olarak", "olan", "gibi", "en", "ne", "o", "kadar", "sonra", "ancak", "her", "ama", "değil", "var", "mi", "ise"]),
        Language(tag: "id", words: ["yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "tidak", "dalam", "akan", "pada", "adalah", "juga", "oleh", "ada", "atau", "saya", "kita", "mereka", "sudah", "karena", "bisa", "telah"]),
        Language(tag: "ro", words: ["și", "de", "la", "în", "a", "cu", "pe", "că", "nu", "o", "un", "din", "se", "este", "care", "mai", "pentru", "sunt", "au", "fost", "ca", "dar", "sau", "lui", "acest"]),
        Language(tag: "hu", words: ["a", "az", "és", "hogy", "nem", "is", "egy", "van", "meg", "de", "ezt", "ez", "el", "már", "csak", "mint", "még", "volt", "vagy", "kell", "lesz", "után"]),
        Language(tag: "fi", words: ["ja", "on", "ei", "että", "se", "oli", "hän", "mutta", "kun", "ovat", "myös", "tai", "jo", "kuin", "niin", "ole", "sen", "mukaan", "joka", "jotka", "hänen"]),
        Language(tag: "ru", words: ["и", "в", "не", "на", "что", "с", "по", "это", "как", "он", "к", "но", "из", "у", "за", "от", "о", "так", "же", "для", "все", "она", "был", "было", "его", "только", "или", "её", "уже", "если", "мы", "при"]),
        Language(tag: "uk", words: ["і", "в", "не", "на", "що", "з", "по", "це", "як", "він", "до", "але", "із", "у", "за", "від", "так", "же", "для", "все", "вона", "був", "було", "його", "тільки", "або", "її", "вже", "якщо", "ми", "та", "й"]),
        Language(tag: "bg", words: ["и", "в", "не", "на", "че", "с", "по", "това", "как", "той", "към", "но", "от", "за", "да", "се", "е", "са", "ще", "като", "след", "има", "още", "бъде"]),
        Language(tag: "ar", words: ["في", "من", "على", "أن", "إلى", "التي", "الذي", "عن", "مع", "هذا", "هذه", "كان", "ما", "لا", "قد", "ذلك", "بين", "كما"]),
        Language(tag: "fa", words: ["و", "در", "به", "از", "که", "این", "را", "با", "است", "برای", "آن", "یک", "تا", "شده", "می", "بر", "هم"]),
        Language(tag: "ur", words: ["کے", "میں", "کی", "ہے", "اور", "سے", "کو", "نے", "کا", "یہ", "ہیں", "پر", "بھی", "تھا", "گیا"]),
        Language(tag: "hi", words: ["के", "में", "की", "है", "और", "से", "को", "का", "एक", "यह", "ने", "पर", "भी", "हैं", "था", "कि", "लिए"]),
    ]

    /// The languages using each word, as a bit mask over `languages`, keyed by the word's hash.
    package static let masks: [UInt64: UInt32] = {
        var masks: [UInt64: UInt32] = [:]
        for (i, language) in languages.enumerated() {
            for word in language.words {
                let key = word.unicodeScalars.reduce(hashSeed) { hash($0, $1.value) }
                masks[key, default: 0] |= 1 << UInt32(i)
            }
        }
        return masks
    }()

    /// FNV-1a over scalar values: the start value.
    package static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a over scalar values: one more scalar.
    @inline(__always)
    package static func hash(_ hash: UInt64, _ scalar: UInt32) -> UInt64 {
        (hash ^ UInt64(scalar)) &* 0x100_0000_01b3
    }
}
