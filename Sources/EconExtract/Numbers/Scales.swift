/// Scale words: Russian (тысяча, миллион, миллиард, триллион) in every case and abbreviation, and
/// English (thousand, million, billion, trillion; mln, mn, bn, bln, tn, trln).
enum Scales {
    private static let abbreviations: [Word: Double] = [
        "тыс": 1e3, "млн": 1e6, "млрд": 1e9, "трлн": 1e12, "mln": 1e6, "bn": 1e9, "млр": 1e9,
        "тысч": 1e3, "мың": 1e3, "сотни": 1e2, "сотен": 1e2, "сотню": 1e2, "сотня": 1e2,
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mn": 1e6, "mil": 1e6, "bln": 1e9,
        "tn": 1e12, "trn": 1e12, "trln": 1e12, "trl": 1e12, "hundred": 1e2,
    ]
    /// Letters that are a scale only glued to the digits or written right after them with a
    /// currency: "$500k", "$5m", "14M tons", "$4b".
    private static let gluedAbbreviations: [Word: Double] = ["k": 1e3, "m": 1e6, "b": 1e9]
    private static let stems: [(Word, Double)] = [
        ("тысяч", 1e3), ("миллион", 1e6), ("миллиард", 1e9), ("триллион", 1e12),
        // Kazakh "мың" with its case endings: "мыңға", "мыңнан".
        ("мың", 1e3),
    ]

    /// The multiplier a word stands for, or `nil`. Adjectives built on a scale word
    /// ("миллиардный контракт", "тысячный") are not scales.
    static func multiplier(_ word: Word) -> Double? {
        if let m = abbreviations[word] { return m }
        guard let first = word.unicodeScalars.first, first == "т" || first == "м" else { return nil }
        for (stem, m) in stems where word.hasPrefix(stem) {
            let rest = word.byteCount - stem.byteCount
            if rest >= 2, stem != "мың", word.hasPrefix(Word(stem.string + "н")) { return nil }
            return m
        }
        return nil
    }

    /// For "полмиллиарда", "полмиллиона", "полтриллиона": the scale of which the word is one half.
    static func half(_ word: Word) -> Double? {
        guard word.hasPrefix("пол"), word.byteCount > 8 else { return nil }
        let rest = Word(String(word.string.unicodeScalars.dropFirst(3)))
        guard meansOne(rest) || rest == "миллиона" || rest == "миллиарда" || rest == "триллиона" else { return nil }
        return multiplier(rest)
    }

    /// Whether a scale word without a number still means exactly one of it: "миллиард долларов",
    /// "более миллиона тонн". Plurals ("миллиарды", "тысячи") are vague and excluded.
    static func meansOne(_ word: Word) -> Bool {
        switch word {
        case "тысяча", "тысячу", "тысячи", "миллион", "миллиона", "миллиард", "миллиарда", "триллион", "триллиона": true
        default: false
        }
    }

    /// The power of ten a multiplier stands for.
    static func exponent(_ multiplier: Double) -> Int {
        switch multiplier {
        case 1e2: 2
        case 1e3: 3
        case 1e6: 6
        case 1e9: 9
        case 1e12: 12
        default: 0
        }
    }

    /// A scale at token `j` (a dot glued to an abbreviation belongs to it): the multiplier and the
    /// index after it.
    static func match(_ tokens: [Token], at j: Int) -> (multiplier: Double, end: Int)? {
        guard j < tokens.count, tokens[j].kind == .word, tokens[j].gap <= 1 else { return nil }
        if tokens[j].gap == 0, j > 0, tokens[j - 1].kind == .number, let m = gluedAbbreviations[tokens[j].text] {
            return (m, j + 1)
        }
        guard let m = multiplier(tokens[j].text) else { return nil }
        var end = j + 1
        if end < tokens.count, tokens[end].text == ".", tokens[end].gap == 0, abbreviations[tokens[j].text] != nil {
            end += 1
        }
        return (m, end)
    }
}
