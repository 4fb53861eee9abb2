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

        /// The month the word names ("декабрем", "May", "Dec"), by the extractor's ``MonthNames``, or `nil`.
        var month: Int? { MonthNames.month(String(String.UnicodeScalarView(text))) }
    }

    /// The "s" of an English possessive ("China's"), a word of its own once the apostrophe is a break.
    static let possessiveS = Array("s".unicodeScalars)

    /// The index of the possessive "s" right after the words ending at `end` ("Uganda**'s**"), or `nil`.
    static func possessiveS(after end: Int, in words: [Word]) -> Int? {
        guard let k = words.firstIndex(where: { $0.start >= end }), k > 0, words[k].text == possessiveS,
            words[k - 1].next == "'" || words[k - 1].next == "’"
        else { return nil }
        return k
    }

    let words: [Word]
    /// What the words begin with (``WordPattern/Start``): a pattern whose first word begins
    /// otherwise is not looked for. Most of the rules' patterns are absent from any one sentence,
    /// and classifying a figure tries each of them on several runs of its sentence's words.
    private let starts: WordPattern.Start

    /// Some words of a sentence, as they were.
    init(words: [Word]) {
        self.words = words
        starts = WordPattern.Start(of: words)
    }

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
        starts = WordPattern.Start(of: words)
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
        guard !pattern.parts.isEmpty, words.count >= pattern.parts.count, starts.admits(pattern.start) else { return [] }
        var found: [Int] = []
        for i in 0...(words.count - pattern.parts.count)
        where pattern.parts.indices.allSatisfy({ pattern.parts[$0].matches(words[i + $0]) }) {
            found.append(words[i].start)
        }
        return found
    }

    /// Whether `pattern` matches anywhere (stops at the first match).
    func contains(_ pattern: WordPattern) -> Bool {
        guard !pattern.parts.isEmpty, words.count >= pattern.parts.count, starts.admits(pattern.start) else { return false }
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
        /// `####`: a year, four digits from 1900 to 2099 ("by ####": "by 2030", not "by 34 %").
        case year
        /// `*`: any one word that is not a number ("прям * инвест": "прямых корейских инвестиций").
        case anyWord

        func matches(_ word: SentenceWords.Word) -> Bool {
            switch self {
            case .number: return word.isNumber
            case .year:
                guard word.isNumber, word.text.count == 4 else { return false }
                return word.text[0] == "1" && word.text[1] == "9" || word.text[0] == "2" && word.text[1] == "0"
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
    /// What a word must begin with for the pattern to start there.
    let start: Start

    init(_ text: String) {
        self.text = text
        parts = text.lowercased().replacingOccurrences(of: "ё", with: "е").split(separator: " ").map { word in
            if word == "#" { return .number }
            if word == "####" { return .year }
            if word == "*" { return .anyWord }
            if word.hasPrefix("=") { return .whole(Array(word.dropFirst().unicodeScalars)) }
            return .prefix(Array(word.unicodeScalars))
        }
        switch parts.first {
        case .prefix(let letters)?, .whole(let letters)?: start = Start(beginning: letters)
        default: start = Start.any
        }
    }

    /// Word beginnings as bits: one bit per first letter, one per first two letters (hashed into
    /// 64 and 128 bits). A word's beginning sets its bits; a pattern's first word needs its own.
    struct Start: Sendable {
        var first: UInt64 = 0
        var pairs: (UInt64, UInt64) = (0, 0)
        /// A pattern that starts with a number or any word: every sentence may hold it.
        var everything = false

        static let any = Start(everything: true)

        /// What the words of a sentence begin with.
        init(of words: [SentenceWords.Word]) {
            for word in words where !word.text.isEmpty {
                first |= Self.letterBit(word.text[0])
                if word.text.count >= 2 { set(pair: Self.pairBit(word.text[0], word.text[1])) }
            }
        }

        /// What a word must begin with to start with `letters`.
        init(beginning letters: [Unicode.Scalar]) {
            guard let head = letters.first else {
                everything = true
                return
            }
            first = Self.letterBit(head)
            if letters.count >= 2 { set(pair: Self.pairBit(head, letters[1])) }
        }

        private init(everything: Bool) { self.everything = everything }

        /// Whether a pattern starting as `pattern` says may begin at one of these words.
        func admits(_ pattern: Start) -> Bool {
            if pattern.everything { return true }
            return first & pattern.first == pattern.first && pairs.0 & pattern.pairs.0 == pattern.pairs.0
                && pairs.1 & pattern.pairs.1 == pattern.pairs.1
        }

        private mutating func set(pair bit: (UInt64, UInt64)) {
            pairs.0 |= bit.0
            pairs.1 |= bit.1
        }

        private static func letterBit(_ a: Unicode.Scalar) -> UInt64 {
            1 << ((UInt64(a.value) &* 0x9E37_79B9_7F4A_7C15) >> 58)
        }

        private static func pairBit(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> (UInt64, UInt64) {
            let index = ((UInt64(a.value) &* 0x9E37_79B9_7F4A_7C15) ^ (UInt64(b.value) &* 0xC2B2_AE3D_27D4_EB4F)) >> 57
            return index < 64 ? (1 << index, 0) : (0, 1 << (index - 64))
        }
    }
}
