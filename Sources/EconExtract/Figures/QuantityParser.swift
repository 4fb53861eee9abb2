/// Reads one ``Quantity`` at a token position.
enum QuantityParser {
    static func parse(_ t: [Token], at i: Int, language: ExtractionLanguage = .russian) -> Quantity? {
        let n = t.count
        var p = i
        var prefixUnit: UnitMatch? = nil
        // "4.3818 somoni/$1": the dollar after a slash is the unit of an exchange rate, not an amount.
        if p > 0, t[p - 1].text == "/", t[p].gap == 0, Units.currencyBefore(t[p]) != nil { return nil }
        if let (code, after) = Units.currencyPrefix(t, at: p), after < n, t[after].gap <= 1,
            t[after].kind == .number || SpelledNumbers.isNumberWord(t[after].text)
        {
            prefixUnit = UnitMatch(unit: code, kind: .money, end: after)
            p = after
        }
        var negative = false
        // A minus glued to the digits: "-0,5 %", "−0,5 %", and the en dash some editors use, "(–28,8 %)".
        if p + 1 < n, t[p].text == "-" || t[p].text == "−" || t[p].text == "–", t[p + 1].kind == .number, t[p + 1].gap == 0,
            p == 0 || ((t[p].gap > 0 || t[p - 1].text == "(") && t[p - 1].kind != .number)
        {
            negative = true
            p += 1
        }
        // "минус 0,5 %" in words.
        if p + 1 < n, t[p].text == "минус", t[p + 1].kind == .number {
            negative = true
            p += 1
        }
        let numberStart = p
        var number: Double
        var q: Int
        var spelled = false
        var yearLike = false
        var digits: NumberGrammar.Match? = nil
        var halfScale: Double? = nil
        if t[p].kind == .number {
            // "KZT444bn": a currency code glued to the digits is not a name like "G20".
            guard prefixUnit != nil || !isInsideName(t, p) else { return nil }
            guard let m = NumberGrammar.match(t, at: p, language: language) else { return nil }
            digits = m
            number = m.value
            q = m.end
            yearLike = !m.hasFraction && !m.grouped && m.integerDigits == 4 && (1900...2100).contains(Int(m.value))
            if q < n, t[q].gap == 0 {
                // "5-й", "2024-м": an ordinal. "5G", "3D": a name. A glued scale or unit is fine: "5млрд".
                if t[q].isDash, q + 1 < n, t[q + 1].kind == .word, t[q + 1].gap == 0, Scales.match(t, at: q + 1) != nil {
                    // "R13.9-billion", "$21-billion": the scale hyphenated to the digits.
                    q += 1
                } else if t[q].isDash, q + 1 < n, t[q + 1].kind == .word, t[q + 1].gap == 0 {
                    // "5-ти миллиардов", "2-х млн": a case ending of the cardinal, not an ordinal.
                    guard Self.cardinalEndings.contains(t[q + 1].text),
                        Scales.match(t, at: q + 2) != nil || Units.match(t, at: q + 2) != nil
                    else { return nil }
                    q += 2
                }
                if t[q].kind == .word, Scales.match(t, at: q) == nil, Units.match(t, at: q) == nil { return nil }
            }
        } else if let s = SpelledNumbers.match(t, at: p) {
            number = s.value
            q = s.end
            spelled = true
        } else if t[p].kind == .word, t[p].text.hasPrefix("полпроцент") {
            // "на полпроцента": half a percent, unit included.
            return Quantity(
                start: i, numberStart: p, numberEnd: p + 1, end: p + 1, number: 0.5, value: 0.5, scale: nil,
                unit: UnitMatch(unit: "percent", kind: .percent, end: p + 1), unitBefore: false, rightQualifier: nil,
                spelled: true, yearLike: false)
        } else if t[p].kind == .word, let half = Scales.half(t[p].text) {
            // "полмиллиарда долларов"
            number = 0.5
            q = p + 1
            spelled = true
            halfScale = half
        } else if t[p].kind == .word, Scales.meansOne(t[p].text), Scales.multiplier(t[p].text) != nil,
            t[p].text != "тысячи" || Qualifiers.left(t, before: p) != nil
        {
            number = 1
            q = p
            spelled = true
        } else {
            return nil
        }
        var value = number
        var scale: Double? = nil
        var right: Qualifier? = nil
        if let r = Qualifiers.right(t, at: q), Scales.match(t, at: r.end) != nil {
            right = r.qualifier
            q = r.end
        }
        if let half = halfScale {
            value = number * half
            scale = half
        } else if let s = Scales.match(t, at: q) {
            value = digits?.scaled(byPowerOfTen: Scales.exponent(s.multiplier)) ?? number * s.multiplier
            scale = s.multiplier
            q = s.end
            var current = s.multiplier
            // Compound amounts: "39 трлн 533,7 млрд", "$2 млрд 842 млн".
            while q < n, t[q].kind == .number, t[q].gap == 1, let m2 = NumberGrammar.match(t, at: q, language: language),
                let s2 = Scales.match(t, at: m2.end), s2.multiplier < current
            {
                value += m2.scaled(byPowerOfTen: Scales.exponent(s2.multiplier))
                current = s2.multiplier
                q = s2.end
            }
        }
        let numberEnd = q
        if right == nil, let r = Qualifiers.right(t, at: q), Units.match(t, at: r.end) != nil {
            right = r.qualifier
            q = r.end
        }
        var unit = prefixUnit
        if unit == nil {
            if let u = Units.match(t, at: q) {
                unit = u
                q = u.end
            } else if let note = editorNote(t, at: q) {
                unit = note.unit
                q = note.unit.end
                if let m = note.scale, scale == nil {
                    value = digits?.scaled(byPowerOfTen: Scales.exponent(m)) ?? number * m
                    scale = m
                }
            }
        } else if let u = Units.match(t, at: q), u.kind == .money, u.unit == prefixUnit?.unit {
            q = u.end  // "$5 млрд долларов" says it twice
        }
        // "71 рубль 15 копеек": the minor unit adds hundredths.
        if let u = unit, u.kind == .money, prefixUnit == nil, let minor = Self.minorUnits(t, at: q) {
            // Through decimal text, so that 71 rubles 15 kopecks is exactly 71.15.
            let cents = minor.hundredths < 10 ? "0\(Int(minor.hundredths))" : "\(Int(minor.hundredths))"
            if value == value.rounded(), abs(value) < 1e15, let exact = Double("\(Int(value)).\(cents)") {
                value = exact
            } else {
                value += minor.hundredths / 100
            }
            q = minor.end
        }
        if right == nil, let r = Qualifiers.right(t, at: q) {
            right = r.qualifier
            q = r.end
        }
        // "стоимость одного доллара": a spelled "one" with no scale names a unit of account, not an amount.
        if spelled && scale == nil && number == 1 && halfScale == nil { return nil }
        if negative { value = -value; number = -number }
        return Quantity(
            start: i, numberStart: numberStart, numberEnd: numberEnd, end: q, number: number, value: value, scale: scale,
            unit: unit, unitBefore: prefixUnit != nil, rightQualifier: right, spelled: spelled, yearLike: yearLike,
            fractionDigits: digits.map { $0.text.split(separator: ".", maxSplits: 1).dropFirst().first?.count ?? 0 })
    }

    /// Kopecks, cents or tiyn after a whole amount: their count and the index after them.
    private static func minorUnits(_ t: [Token], at q: Int) -> (hundredths: Double, end: Int)? {
        guard q + 1 < t.count, t[q].kind == .number, t[q].text.byteCount <= 2, let n = t[q].text.int,
            t[q + 1].kind == .word
        else { return nil }
        let w = t[q + 1].text
        guard w.hasPrefix("копе") || w == "коп" || w.hasPrefix("цент") || w.hasPrefix("тиын") else { return nil }
        var end = q + 2
        if end < t.count, t[end].text == ".", t[end].gap == 0 { end += 1 }
        return (Double(n), end)
    }

    private static let cardinalEndings: Set<Word> = ["ти", "ми", "ю", "х", "ух", "ех", "ех", "и"]

    /// "(долларов – ред.)", "(миллиардов долларов – ред.)": the editor names the currency, and
    /// perhaps the scale, in brackets.
    private static func editorNote(_ t: [Token], at j: Int) -> (unit: UnitMatch, scale: Double?)? {
        guard j + 2 < t.count, t[j].text == "(" else { return nil }
        var c = j + 1
        var scale: Double? = nil
        if let s = Scales.match(t, at: c) {
            scale = s.multiplier
            c = s.end
        }
        guard c < t.count, t[c].kind == .word, let code = Currencies.code(forWord: t[c].text) else { return nil }
        var k = c + 1
        while k < t.count, k < j + 9 {
            if t[k].text == ")" { return (UnitMatch(unit: code, kind: .money, end: k + 1), scale) }
            k += 1
        }
        return nil
    }

    /// Digits glued to a word or a hyphenated name are part of a name: "G20", "Су-35", "COVID-19", "№5".
    private static func isInsideName(_ t: [Token], _ p: Int) -> Bool {
        guard p > 0, t[p].gap == 0 else {
            return p > 0 && (t[p - 1].text == "№" || t[p - 1].text == "#")
        }
        let before = t[p - 1]
        if before.kind == .word { return true }
        // "(Zz80.7 billion)": digits right after a point or comma glued to digits are that number's
        // fraction (its whole was not read, being a name's), never a number of their own.
        if before.text == "." || before.text == ",", p > 1, before.gap == 0, t[p - 2].kind == .number { return true }
        if before.isDash, p > 1, before.gap == 0, t[p - 2].kind == .word { return true }
        return before.text == "№" || before.text == "#"
    }
}
