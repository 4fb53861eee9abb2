/// Words that hedge or bound a figure, written before it, after it, or carried by a verb.
///
/// | words | qualifier |
/// |---|---|
/// | более, свыше, больше, сверх, выше, превысил… | more-than |
/// | не менее, минимум, как минимум, по меньшей мере, от | at-least |
/// | около, примерно, порядка, почти, без малого, приближается к… | approx |
/// | менее, меньше, ниже | less-than |
/// | не более, максимум, до, в пределах | at-most |
enum Qualifiers {
    /// A qualifier found before a figure.
    struct Left: Sendable {
        enum Word: Sendable { case upTo, from, other }
        var qualifier: Qualifier
        /// Index of the first token of the phrase.
        var start: Int
        /// `до` and `от` need more context to decide what they mean.
        var word: Word
    }

    // Longer phrases first, so "не менее" wins over "менее".
    private static let phrases: [([Word], Qualifier)] = [
        (["по", "меньшей", "мере"], .atLeast), (["как", "минимум"], .atLeast), (["не", "менее"], .atLeast),
        (["не", "меньше"], .atLeast), (["не", "ниже"], .atLeast), (["не", "более"], .atMost),
        (["не", "больше"], .atMost), (["не", "выше"], .atMost), (["в", "пределах"], .atMost),
        (["без", "малого"], .approx), (["в", "районе"], .approx), (["где", "-", "то"], .approx),
        (["вплоть", "до"], .atMost),
        (["более"], .moreThan), (["боле"], .moreThan), (["свыше"], .moreThan), (["больше"], .moreThan), (["сверх"], .moreThan),
        (["дороже"], .moreThan), (["дешевле"], .lessThan),
        (["выше"], .moreThan), (["минимум"], .atLeast), (["около"], .approx), (["вблизи"], .approx), (["шамамен"], .approx),
        (["кем", "дегенде"], .atLeast), (["примерно"], .approx),
        (["порядка"], .approx), (["приблизительно"], .approx), (["почти"], .approx), (["ориентировочно"], .approx),
        (["практически"], .approx), (["менее"], .lessThan), (["меньше"], .lessThan),
        (["ниже"], .lessThan), (["максимум"], .atMost), (["~"], .approx), (["≈"], .approx), (["±"], .approx),
        ([">"], .moreThan), (["<"], .lessThan), (["≥"], .atLeast), (["≤"], .atMost),
        // English.
        (["no", "less", "than"], .atLeast), (["not", "less", "than"], .atLeast), (["no", "fewer", "than"], .atLeast),
        (["no", "more", "than"], .atMost), (["not", "more", "than"], .atMost), (["in", "excess", "of"], .moreThan),
        (["a", "minimum", "of"], .atLeast), (["a", "maximum", "of"], .atMost), (["as", "much", "as"], .atMost),
        (["as", "many", "as"], .atMost), (["as", "high", "as"], .atMost), (["upwards", "of"], .moreThan),
        (["more", "than"], .moreThan), (["greater", "than"], .moreThan), (["higher", "than"], .moreThan),
        (["less", "than"], .lessThan), (["fewer", "than"], .lessThan), (["lower", "than"], .lessThan),
        (["at", "least"], .atLeast), (["at", "most"], .atMost), (["close", "to"], .approx), (["an", "estimated"], .approx),
        (["just", "over"], .moreThan), (["just", "under"], .lessThan), (["just", "below"], .lessThan),
        (["just", "above"], .moreThan), (["well", "over"], .moreThan), (["well", "above"], .moreThan),
        (["over"], .moreThan), (["above"], .moreThan), (["exceeding"], .moreThan), (["exceeded"], .moreThan),
        (["exceeds"], .moreThan), (["exceed"], .moreThan), (["surpassed"], .moreThan), (["topped"], .moreThan),
        (["about"], .approx), (["around"], .approx), (["approximately"], .approx), (["approx"], .approx),
        (["roughly"], .approx), (["some"], .approx), (["nearly"], .approx), (["almost"], .approx), (["circa"], .approx),
        (["estimated"], .approx), (["under"], .lessThan), (["below"], .lessThan), (["minimum"], .atLeast),
        (["maximum"], .atMost),
    ]

    /// Words that may stand between a bounding verb and its figure: "превысил отметку в $10 млрд".
    private static let verbFillers: Set<Word> = [
        "отметку", "отметки", "отметке", "уровень", "уровня", "уровню", "планку", "порог", "рубеж", "в", "сумму",
        "показатель", "значение", "вплотную", "к", "the",
    ]

    /// English verbs that bound a figure past a filler: "surpassed the $2.8 billion mark", "neared the
    /// $400 million mark".
    private static let englishVerbs: [Word: Qualifier] = [
        "exceeded": .moreThan, "exceeds": .moreThan, "surpassed": .moreThan, "surpasses": .moreThan, "topped": .moreThan,
        "crossed": .moreThan, "neared": .approx, "nears": .approx, "approached": .approx, "approaches": .approx,
    ]

    /// The qualifier written just before token `i` (the start of a figure), if any.
    static func left(_ tokens: [Token], before i: Int) -> Left? {
        guard i > 0 else { return nil }
        var k = i - 1
        // "более чем", "не менее чем"
        if tokens[k].text == "чем", k > 0 { k -= 1 }
        if let found = phrase(tokens, endingAt: k) { return found }
        let w = tokens[k].text
        if w == "до" { return Left(qualifier: .atMost, start: k, word: .upTo) }
        if w == "to", k > 0, tokens[k - 1].text == "up" { return Left(qualifier: .atMost, start: k - 1, word: .upTo) }
        if w == "от" { return Left(qualifier: .atLeast, start: k, word: .from) }
        return verb(tokens, endingAt: i - 1)
    }

    private static func phrase(_ tokens: [Token], endingAt k: Int) -> Left? {
        for (words, qualifier) in phrases where words.count <= k + 1 {
            var ok = true
            for (offset, word) in words.reversed().enumerated() where tokens[k - offset].text != word {
                ok = false
                break
            }
            if ok { return Left(qualifier: qualifier, start: k - words.count + 1, word: .other) }
        }
        return nil
    }

    /// "превысил", "превышает", "приблизился к" — a verb, possibly with a filler before the figure.
    private static func verb(_ tokens: [Token], endingAt last: Int) -> Left? {
        var k = last
        var steps = 0
        while k >= 0, steps < 4 {
            let w = tokens[k].text
            if w.hasPrefix("превыс") || w.hasPrefix("превыша") {
                let negated = k > 0 && tokens[k - 1].text == "не"
                return Left(qualifier: negated ? .atMost : .moreThan, start: negated ? k - 1 : k, word: .other)
            }
            if w.hasPrefix("приблиз") || w.hasPrefix("приближ") {
                return Left(qualifier: .approx, start: k, word: .other)
            }
            if steps > 0, let qualifier = englishVerbs[w] { return Left(qualifier: qualifier, start: k, word: .other) }
            guard verbFillers.contains(w) else { return nil }
            k -= 1
            steps += 1
        }
        return nil
    }

    /// A qualifier written just after a figure ("$30 млрд с лишним", "100 и более"): the
    /// qualifier and the index after it.
    static func right(_ tokens: [Token], at j: Int) -> (qualifier: Qualifier, end: Int)? {
        // Kazakh puts the hedge after the amount: "125 миллион тоннадан астам", "15 мыңға жуық".
        if j < tokens.count {
            switch tokens[j].text {
            case "астам", "артық": return (.moreThan, j + 1)
            case "жуық": return (.approx, j + 1)
            case "дейін": return (.atMost, j + 1)
            default: break
            }
        }
        guard j + 1 < tokens.count else { return nil }
        let a = tokens[j].text
        let b = tokens[j + 1].text
        if a == "с" && (b == "лишним" || b == "небольшим" || b == "гаком") { return (.moreThan, j + 2) }
        if a == "с", b == "чем", j + 3 < tokens.count, tokens[j + 2].isDash, tokens[j + 3].text == "то" {
            return (.moreThan, j + 4)
        }
        if (a == "и" || a == "или") && (b == "более" || b == "больше" || b == "выше") { return (.atLeast, j + 2) }
        if (a == "и" || a == "или") && (b == "менее" || b == "меньше" || b == "ниже") { return (.atMost, j + 2) }
        if (a == "or" || a == "and") && (b == "more" || b == "above" || b == "over" || b == "higher") { return (.atLeast, j + 2) }
        if (a == "or" || a == "and") && (b == "less" || b == "below" || b == "under" || b == "fewer") { return (.atMost, j + 2) }
        return nil
    }
}
