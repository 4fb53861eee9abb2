/// Words of a sentence, lower-cased, with their offsets, and patterns matched against them.
struct SentenceWords {
    struct Word {
        var text: [Unicode.Scalar]
        /// Offset of the word's first scalar in the sentence.
        var start: Int
        var isNumber: Bool
    }

    let words: [Word]

    init(_ sentence: String) {
        var words: [Word] = []
        var current: [Unicode.Scalar] = []
        var start = 0
        var offset = 0
        func flush() {
            if !current.isEmpty {
                let isNumber = current.allSatisfy { $0.properties.numericType != nil }
                words.append(Word(text: current, start: start, isNumber: isNumber))
            }
            current.removeAll()
        }
        for scalar in sentence.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if current.isEmpty { start = offset }
                // Lower-case one scalar at a time so offsets stay those of the sentence.
                let lower = String(scalar).lowercased().unicodeScalars
                current.append(lower.count == 1 ? lower[lower.startIndex] : scalar)
                if scalar == "ё" || scalar == "Ё" { current[current.count - 1] = "е" }
            } else if (scalar == "\u{00AD}" || scalar == "\u{0301}") && !current.isEmpty {
                // Soft hyphens and stress marks inside words are not word breaks.
            } else {
                flush()
            }
            offset += 1
        }
        flush()
        self.words = words
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

        func matches(_ word: SentenceWords.Word) -> Bool {
            switch self {
            case .number: word.isNumber
            case .whole(let text): word.text == text
            case .prefix(let text): word.text.count >= text.count && Array(word.text.prefix(text.count)) == text
            }
        }
    }

    let parts: [Part]

    init(_ text: String) {
        parts = text.lowercased().replacingOccurrences(of: "ё", with: "е").split(separator: " ").map { word in
            if word == "#" { return .number }
            if word.hasPrefix("=") { return .whole(Array(word.dropFirst().unicodeScalars)) }
            return .prefix(Array(word.unicodeScalars))
        }
    }
}
