/// Recognises units after a number: currencies, percent and counted nouns.
enum Units {
    /// A currency sign or code written before a number (`$17`, `USD 5`), or `nil`; `US$` is read by
    /// ``currencyPrefix(_:at:)``.
    static func currencyBefore(_ token: Token) -> String? {
        switch token.kind {
        case .symbol: Currencies.signs[token.text]
        case .word: token.text.byteCount == 3 && Currencies.codes.contains(token.text) ? token.text.string.uppercased() : nil
        case .number: nil
        }
    }

    /// A currency written before a number, starting at token `p`: its code and the index after it
    /// (`$`, `USD`, `US$`, `U.S.$`, `SR`).
    static func currencyPrefix(_ t: [Token], at p: Int) -> (code: String, end: Int)? {
        // "A$183 billion", "NZ$1.2 billion", "C$29.4 billion": letters glued before the dollar sign say
        // which dollar; unknown letters leave it unknown (no US dollar by default).
        if t[p].text == "$", p > 0, t[p].gap == 0, t[p - 1].kind == .word {
            guard let code = Currencies.dollarPrefixes[t[p - 1].text] else { return nil }
            return (code, p + 1)
        }
        if t[p].kind == .word, p + 1 < t.count, t[p + 1].text == "$", t[p + 1].gap == 0, let code = Currencies.dollarPrefixes[t[p].text],
            t[p].text != "us"
        {
            return (code, p + 2)
        }
        if let code = currencyBefore(t[p]) { return (code, p + 1) }
        // "SR45 billion", "QR 10 million": a capitalized letter sign right before the number.
        if t[p].kind == .word, t[p].capitalized, let code = Currencies.letterSigns[t[p].text], p + 1 < t.count, t[p + 1].isNumber,
            t[p + 1].gap <= 1
        {
            return (code, p + 1)
        }
        guard t[p].kind == .word, t[p].text == "us" || t[p].text == "u" else { return nil }
        var k = p + 1
        if t[p].text == "u" {
            guard p + 4 < t.count, t[p + 1].text == ".", t[p + 2].text == "s", t[p + 3].text == "." else { return nil }
            k = p + 4
        }
        guard k < t.count, t[k].text == "$", t[k].gap == 0 else { return nil }
        return ("USD", k + 1)
    }

    /// The unit starting at token `j`, or `nil`.
    static func match(_ tokens: [Token], at j: Int) -> UnitMatch? {
        guard j < tokens.count, tokens[j].gap <= 2 else { return nil }
        let t = tokens[j]
        if t.kind == .symbol {
            if t.text == "%" || t.text == "٪" { return UnitMatch(unit: "percent", kind: .percent, end: j + 1) }
            if let code = Currencies.signs[t.text] { return UnitMatch(unit: code, kind: .money, end: j + 1) }
            return nil
        }
        guard t.kind == .word else { return nil }
        if let money = currency(tokens, at: j) { return money }
        let w = t.text
        if w.hasPrefix("процентн") && j + 1 < tokens.count && tokens[j + 1].text.hasPrefix("пункт") {
            return UnitMatch(unit: "pp", kind: .percent, end: j + 2)
        }
        // Basis points: "100 базисных пунктов", "50 б.п.".
        if w.hasPrefix("базисн") && j + 1 < tokens.count && tokens[j + 1].text.hasPrefix("пункт") {
            return UnitMatch(unit: "bp", kind: .percent, end: j + 2)
        }
        if w == "б", j + 2 < tokens.count, tokens[j + 1].text == ".", tokens[j + 2].text == "п" {
            return UnitMatch(unit: "bp", kind: .percent, end: skipDot(tokens, j + 3))
        }
        if w.hasPrefix("процент") || w == "проц" || w == "pct" || w.hasPrefix("пайыз") || w == "percent" {
            return UnitMatch(unit: "percent", kind: .percent, end: skipDot(tokens, j + 1))
        }
        if let english = englishPercent(tokens, at: j) { return english }
        if (w == "п" || w == "пп"), let end = percentagePoints(tokens, j) {
            return UnitMatch(unit: "pp", kind: .percent, end: end)
        }
        return countedNoun(tokens, at: j)
    }

    /// "per cent", "percentage points", "pp", "p.p.", "basis points", "bps".
    private static func englishPercent(_ tokens: [Token], at j: Int) -> UnitMatch? {
        let w = tokens[j].text
        let next = j + 1 < tokens.count ? tokens[j + 1].text : ""
        switch w {
        case "per" where next == "cent": return UnitMatch(unit: "percent", kind: .percent, end: j + 2)
        case "percentage" where next == "point" || next == "points": return UnitMatch(unit: "pp", kind: .percent, end: j + 2)
        case "pp", "ppt", "ppts": return UnitMatch(unit: "pp", kind: .percent, end: skipDot(tokens, j + 1))
        case "p" where next == "." && j + 2 < tokens.count && tokens[j + 2].text == "p":
            return UnitMatch(unit: "pp", kind: .percent, end: skipDot(tokens, j + 3))
        case "basis" where next == "point" || next == "points": return UnitMatch(unit: "bp", kind: .percent, end: j + 2)
        case "bp", "bps": return UnitMatch(unit: "bp", kind: .percent, end: skipDot(tokens, j + 1))
        default: return nil
        }
    }

    /// Phrases that name the currency without its name: "19 млрд в американской валюте".
    private static let currencyPhrases: [([Word], String)] = [
        (["в", "американской", "валюте"], "USD"), (["в", "долларовом", "эквиваленте"], "USD"),
        (["в", "долларовом", "выражении"], "USD"), (["в", "долларах"], "USD"), (["в", "рублевом", "эквиваленте"], "RUB"),
        (["в", "рублевом", "выражении"], "RUB"), (["в", "тенговом", "эквиваленте"], "KZT"),
    ]

    /// A currency word, possibly after an adjective that names which one ("белорусских рублей").
    private static func currency(_ tokens: [Token], at j: Int) -> UnitMatch? {
        let w = tokens[j].text
        if w == "в" {
            for (words, code) in currencyPhrases where j + words.count <= tokens.count {
                if words.indices.allSatisfy({ tokens[j + $0].text == words[$0] }) {
                    return UnitMatch(unit: code, kind: .money, end: j + words.count)
                }
            }
            return nil
        }
        // "U.S. dollars"
        if w == "u", j + 4 < tokens.count, tokens[j + 1].text == ".", tokens[j + 2].text == "s", tokens[j + 3].text == ".",
            let code = Currencies.code(forWord: tokens[j + 4].text)
        {
            return UnitMatch(unit: code, kind: .money, end: afterCurrencyWord(tokens, j + 5, code))
        }
        if let code = Currencies.code(forWord: w) {
            if w == "р" || w == "бел" {
                // "р." only with its dot; "бел. руб." is the Belarusian rouble.
                guard j + 1 < tokens.count, tokens[j + 1].text == ".", tokens[j + 1].gap == 0 else { return nil }
                if w == "бел" {
                    guard j + 2 < tokens.count, Currencies.code(forWord: tokens[j + 2].text) == "RUB" else { return nil }
                    return UnitMatch(unit: code, kind: .money, end: skipDot(tokens, j + 3))
                }
            }
            return UnitMatch(unit: code, kind: .money, end: afterCurrencyWord(tokens, j + 1, code))
        }
        // "Swedish kronor", "South African rand": one or two adjectives, the last of which decides.
        guard var adjective = Currencies.adjective(w) else { return nil }
        var k = j + 1
        if k + 1 < tokens.count, tokens[k].kind == .word, Currencies.code(forWord: tokens[k].text) == nil,
            let second = Currencies.adjective(tokens[k].text)
        {
            adjective = second
            k += 1
        }
        guard k < tokens.count, tokens[k].kind == .word, let base = Currencies.code(forWord: tokens[k].text) else { return nil }
        var code = base
        if let replaces = adjective.replaces, let with = adjective.with, replaces == base { code = with }
        return UnitMatch(unit: code, kind: .money, end: afterCurrencyWord(tokens, k + 1, code))
    }

    /// Past an abbreviation dot and a trailing "США" / "стерлингов" / "(долларов – ред.)" note.
    private static func afterCurrencyWord(_ tokens: [Token], _ j: Int, _ code: String) -> Int {
        var end = skipDot(tokens, j)
        if end < tokens.count, tokens[end].kind == .word,
            tokens[end].text == "сша" || tokens[end].text.hasPrefix("стерлинг") || tokens[end].text == "usd"
                || tokens[end].text == "sterling"
        {
            end = skipDot(tokens, end + 1)
        }
        return end
    }

    private static func skipDot(_ tokens: [Token], _ j: Int) -> Int {
        j < tokens.count && tokens[j].text == "." && tokens[j].gap == 0 ? j + 1 : j
    }

    /// `п.п.`, `п. п.`, `пп` — percentage points.
    private static func percentagePoints(_ tokens: [Token], _ j: Int) -> Int? {
        if tokens[j].text == "пп" { return skipDot(tokens, j + 1) }
        guard j + 2 < tokens.count, tokens[j + 1].text == ".", tokens[j + 2].text == "п" else { return nil }
        return skipDot(tokens, j + 3)
    }

    /// A counted noun or physical unit, allowing up to three adjectives before it.
    private static func countedNoun(_ tokens: [Token], at j: Int) -> UnitMatch? {
        var p = j
        var adjectives = 0
        while p < tokens.count, tokens[p].kind == .word {
            if let m = nounEntry(tokens, at: p) { return m }
            // "бизнес-проектов", "инвест-проектов": the noun is the second half of the compound.
            if p + 2 < tokens.count, tokens[p + 1].text == "-", tokens[p + 1].gap == 0, tokens[p + 2].gap == 0,
                tokens[p + 2].kind == .word, let m = nounEntry(tokens, at: p + 2)
            {
                return m
            }
            // "казахстанско-китайских": the first half of a compound adjective ends in -о.
            if adjectives < 3, tokens[p].text.hasSuffix("о"), p + 2 < tokens.count, tokens[p + 1].text == "-",
                tokens[p + 1].gap == 0, tokens[p + 2].gap == 0, CountedNouns.looksLikeAdjective(tokens[p + 2].text)
            {
                adjectives += 1
                p += 3
                continue
            }
            guard adjectives < 3, CountedNouns.looksLikeAdjective(tokens[p].text) else { return nil }
            adjectives += 1
            p += 1
        }
        return nil
    }

    private static func nounEntry(_ tokens: [Token], at p: Int) -> UnitMatch? {
        let word = tokens[p].text
        if word == "т" {
            // "т" is tonnes unless it starts "т.е.", "т.д.", "т.ч.".
            if p + 2 < tokens.count, tokens[p + 1].text == ".", tokens[p + 2].kind == .word, tokens[p + 2].gap == 0 {
                return nil
            }
            return UnitMatch(unit: "t", kind: .count, end: skipDot(tokens, p + 1))
        }
        if word == "м", p + 1 < tokens.count, tokens[p + 1].gap == 0,
            tokens[p + 1].text == "3" || tokens[p + 1].text == "³"
        {
            return UnitMatch(unit: "m3", kind: .count, end: p + 2)
        }
        if word == "м", p + 1 < tokens.count, tokens[p + 1].gap == 0, tokens[p + 1].text == "2" || tokens[p + 1].text == "²" {
            return UnitMatch(unit: "m2", kind: .count, end: p + 2)
        }
        guard let first = word.unicodeScalars.first, let candidates = CountedNouns.byFirstScalar[first] else { return nil }
        for entry in candidates {
            var q = p
            var ok = true
            for (k, pattern) in entry.patterns.enumerated() {
                if k > 0 {
                    // Dots and middle dots between parts: "куб. м", "кВт·ч".
                    while q < tokens.count, tokens[q].kind == .symbol,
                        tokens[q].text == "." || tokens[q].text == "·" || tokens[q].text == "*"
                    {
                        q += 1
                    }
                }
                guard q < tokens.count, tokens[q].kind == .word || tokens[q].text == pattern,
                    CountedNouns.matches(pattern, tokens[q].text)
                else {
                    ok = false
                    break
                }
                q += 1
            }
            if ok {
                return UnitMatch(
                    unit: entry.unit, kind: .count, end: skipDot(tokens, q), needsEmploymentContext: entry.needsEmploymentContext)
            }
        }
        return nil
    }
}
