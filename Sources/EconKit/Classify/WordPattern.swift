/// Words of a sentence, lower-cased, with their offsets, and patterns matched against them.
struct SentenceWords {
    struct Word {
        /// Lower-cased, `ё` read as `е`.
        var text: [Unicode.Scalar]
        /// As written (for abbreviations, which match case-sensitively).
        var original: [Unicode.Scalar]
        /// Offset of the word's first scalar in the sentence.
        var start: Int
        /// Offset just past the word's last scalar.
        var end: Int
        var isNumber: Bool
        /// The scalar right after the word (`-` joins compound adjectives), or `nil` at the end.
        var next: Unicode.Scalar?
    }

    let words: [Word]

    /// Some words of a sentence, as they were.
    init(words: [Word]) { self.words = words }

    init(_ sentence: String) {
        var words: [Word] = []
        var current: [Unicode.Scalar] = []
        var original: [Unicode.Scalar] = []
        var start = 0
        var offset = 0
        func flush(next: Unicode.Scalar?) {
            if !current.isEmpty {
                let isNumber = current.allSatisfy(Self.isDigit)
                words.append(Word(text: current, original: original, start: start, end: offset, isNumber: isNumber, next: next))
            }
            current.removeAll()
            original.removeAll()
        }
        for scalar in sentence.unicodeScalars {
            if Self.isWordScalar(scalar) {
                if current.isEmpty { start = offset }
                original.append(scalar)
                current.append(Self.folded(scalar))
            } else if (scalar == "\u{00AD}" || scalar == "\u{0301}") && !current.isEmpty {
                // Soft hyphens and stress marks inside words are not word breaks.
            } else {
                flush(next: scalar)
            }
            offset += 1
        }
        flush(next: nil)
        self.words = words
    }

    /// A letter or a digit. ASCII and Russian letters are decided without Unicode's property tables,
    /// which tokenizing every sentence of a batch spent a tenth of its time in.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A) }
        if (0x0410...0x044F).contains(v) || v == 0x0401 || v == 0x0451 { return true }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value >= 0x30 && scalar.value <= 0x39 : scalar.properties.numericType != nil
    }

    /// A word's scalars folded as ``folded(_:)`` does.
    static func foldedScalars(_ word: String) -> [Unicode.Scalar] { word.unicodeScalars.map(folded) }

    /// One scalar lower-cased (so offsets stay those of the sentence), `ё` read as `е`.
    static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            return scalar.properties.isUppercase ? Unicode.Scalar(scalar.value + 32)! : scalar
        }
        if scalar == "ё" || scalar == "Ё" { return "е" }
        if (0x0410...0x042F).contains(scalar.value) { return Unicode.Scalar(scalar.value + 32)! }
        if (0x0430...0x044F).contains(scalar.value) { return scalar }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower[lower.startIndex] : scalar
    }

    /// Offsets (of the first word) where `pattern` matches.
    func matches(_ pattern: WordPattern) -> [Int] {
        guard !pattern.parts.isEmpty, words.count >= pattern.parts.count else { return [] }
        var found: [Int] = []
        for i in 0...(words.count - pattern.parts.count)
        where pattern.parts.indices.allSatisfy({ pattern.parts[$0].matches(words[i + $0]) }) {
            found.append(words[i].start)
        }
        return found
    }

    /// Whether `pattern` matches anywhere (stops at the first match).
    func contains(_ pattern: WordPattern) -> Bool {
        guard !pattern.parts.isEmpty, words.count >= pattern.parts.count else { return false }
        for i in 0...(words.count - pattern.parts.count)
        where pattern.parts.indices.allSatisfy({ pattern.parts[$0].matches(words[i + $0]) }) {
            return true
        }
        return false
    }

    /// Index of the word starting at or containing `offset`.
    func wordIndex(at offset: Int) -> Int? {
        words.lastIndex { $0.start <= offset }
    }
}

/// A rules-file pattern: words that must follow one another.
struct WordPattern {
    enum Part {
        case prefix([Unicode.Scalar])
        case whole([Unicode.Scalar])
        case number
        /// `*`: any one word that is not a number ("прям * инвест": "прямых корейских инвестиций").
        case anyWord

        func matches(_ word: SentenceWords.Word) -> Bool {
            switch self {
            case .number: return word.isNumber
            case .anyWord: return !word.isNumber
            case .whole(let text): return word.text == text
            case .prefix(let text):
                // Compared in place: classifying an article tries thousands of prefixes, and a
                // copied prefix per try was a measurable share of an import.
                guard word.text.count >= text.count else { return false }
                for k in text.indices where word.text[k] != text[k] { return false }
                return true
            }
        }
    }

    let parts: [Part]
    /// The pattern as written in the rules.
    let text: String

    init(_ text: String) {
        self.text = text
        parts = text.lowercased().replacingOccurrences(of: "ё", with: "е").split(separator: " ").map { word in
            if word == "#" { return .number }
            if word == "*" { return .anyWord }
            if word.hasPrefix("=") { return .whole(Array(word.dropFirst().unicodeScalars)) }
            return .prefix(Array(word.unicodeScalars))
        }
    }
}
