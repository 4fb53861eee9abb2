/// The language a document is written in, told from its letters: enough to refuse text econ cannot
/// read rather than misread it.
///
/// econ reads Russian and English. Kazakh is written in the same Cyrillic alphabet plus ә ғ қ ң ө ұ ү һ і; a text
/// where the letters only Kazakh has are more than 3 in 100 Cyrillic letters is Kazakh (a Russian
/// article naming «Қазақстан» stays Russian); likewise і ї є ґ ў for Ukrainian and Belarusian. A text with more Latin than Cyrillic letters is not Russian
/// (English, German, Kazakh in Latin script …): it is English when at least one word in eight is one of
/// English's commonest words (the, of, and, to, in, is …), which German, French or Kazakh text never
/// reaches. One with more Chinese, Japanese or Korean characters than Cyrillic letters is neither.
public enum TextLanguage: Equatable, Sendable, CustomStringConvertible {
    case russian
    case kazakh
    /// Cyrillic with ї є ґ ў: Ukrainian or Belarusian.
    case otherCyrillic
    case english
    /// Mostly Latin letters, not English: German, French, Kazakh in Latin script …
    case latin
    /// Mostly Chinese, Japanese or Korean characters.
    case cjk
    /// Too few letters to tell (a table, a list of numbers).
    case unknown

    public var description: String {
        switch self {
        case .russian: "Russian"
        case .kazakh: "Kazakh (Cyrillic with ә ғ қ ң ө ұ ү һ і)"
        case .otherCyrillic: "Ukrainian or Belarusian (Cyrillic with ї є ґ ў)"
        case .english: "English"
        case .latin: "a language in the Latin alphabet other than English (German, French, Kazakh in Latin …)"
        case .cjk: "Chinese, Japanese or Korean"
        case .unknown: "no language (too few letters)"
        }
    }

    /// The language econ reads this one as: Russian (also for text with too few letters to tell),
    /// English, or `nil` for a language econ cannot read.
    public var readAs: ExtractionLanguage? {
        switch self {
        case .russian, .unknown: .russian
        case .english: .english
        case .kazakh, .otherCyrillic, .latin, .cjk: nil
        }
    }

    /// The language of `text`, from the first 20,000 letters.
    public static func detect(_ text: String) -> TextLanguage {
        var cyrillic = 0, kazakh = 0, other = 0, latin = 0, cjk = 0, letters = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
            case 0x410...0x44F:
                // Russian's letters (and Kazakh's, Ukrainian's …): no set to look in.
                cyrillic += 1
            case 0x400...0x4FF:
                cyrillic += 1
                if kazakhLetters.contains(v) { kazakh += 1 } else if otherLetters.contains(v) { other += 1 }
            case 0x3040...0x30FF, 0x3400...0x9FFF, 0xAC00...0xD7AF: cjk += 1
            default: continue
            }
            letters += 1
            if letters >= 20_000 { break }
        }
        if letters < 20 { return .unknown }
        if cjk > cyrillic && cjk >= latin { return .cjk }
        if latin > cyrillic { return isEnglish(text) ? .english : .latin }
        if kazakh >= 3, kazakh * 100 > 3 * cyrillic { return .kazakh }
        if other >= 3, other * 100 > 3 * cyrillic { return .otherCyrillic }
        return .russian
    }

    /// Whether at least one Latin word in eight (of the first 3,000) is one of English's commonest words.
    static func isEnglish(_ text: String) -> Bool {
        var words = 0, common = 0
        var word = ""
        func finish() {
            guard !word.isEmpty else { return }
            words += 1
            if englishWords.contains(word) { common += 1 }
            word = ""
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                word.unicodeScalars.append(scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar)
            } else {
                finish()
                if words >= 3_000 { break }
            }
        }
        finish()
        return words > 0 && common * 8 >= words
    }

    static let englishWords: Set<String> = [
        "the", "of", "and", "to", "in", "a", "is", "was", "for", "that", "with", "on", "by", "as", "from", "has", "have", "it",
        "its", "are", "were", "be", "will", "at", "this", "said", "which", "an", "than", "more", "their", "been", "also",
    ]

    /// і ї є ґ ў, both cases: Ukrainian and Belarusian (Kazakh has і too, with its own letters beside).
    static let otherLetters: Set<UInt32> = [0x406, 0x456, 0x407, 0x457, 0x404, 0x454, 0x490, 0x491, 0x40E, 0x45E]

    /// ә ғ қ ң ө ұ ү һ, both cases: letters only Kazakh has.
    static let kazakhLetters: Set<UInt32> = [
        0x4D8, 0x4D9, 0x492, 0x493, 0x49A, 0x49B, 0x4A2, 0x4A3, 0x4E8, 0x4E9, 0x4B0, 0x4B1, 0x4AE, 0x4AF, 0x4BA, 0x4BB,
    ]
}
