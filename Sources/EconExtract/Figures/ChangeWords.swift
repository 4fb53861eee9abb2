/// Words that tell what "до" and "на" mean around a figure.
///
/// "до 19,6 млрд" after "сократились" is the new level (exact); after "довести" or "планируется
/// увеличить" it is a target (exact, marked as a target); with no such word it is a bound (at most).
enum ChangeWords {
    private static let changeStems: [Word] = [
        "сократ", "сокращ", "сниз", "сниж", "вырос", "выраст", "возрос", "возраст", "увелич", "упал", "упаст", "упад",
        "подня", "повыс", "повыш", "опуст", "нарас", "довест", "доведен", "довод", "достич", "достиг", "подскоч",
        "уменьш", "удво", "утро", "подорож", "подешев", "расшир", "поднима", "понизи", "пониз", "скорректир",
        "пересмотр", "сжал", "сжат", "прибав", "дорожа", "дешеве", "откатил", "обвал", "просел", "просяд",
    ]
    private static let growthNouns: Set<Word> = ["рост", "роста", "росту", "ростом", "приросте", "прирост", "прироста"]
    private static let targetStems: [Word] = [
        "довест", "доведен", "нарастить", "увеличить", "планир", "намер", "план", "цель", "целев", "задач", "ожида",
        "прогноз", "должн", "предполага", "рассчитыва", "стремит", "собира", "сможет", "достичь", "поставлен",
    ]

    static func isChange(_ w: Word) -> Bool {
        if growthNouns.contains(w) { return true }
        if w.unicodeScalars.first?.isASCII == true { return EnglishWords.isChange(w) }
        guard w.byteCount >= 8 else { return false }
        return changeStems.contains { w.hasPrefix($0) }
    }

    static func isTarget(_ w: Word) -> Bool {
        if w.unicodeScalars.first?.isASCII == true { return EnglishWords.isTarget(w) }
        guard w.utf8.count >= 8 else { return false }
        return targetStems.contains { w.hasPrefix($0) }
    }

    /// For "до" at token `k`: whether the figure after it is a level reached or aimed at
    /// (`isLevel`), and whether it is a target.
    static func meaningOfUpTo(_ t: [Token], at k: Int) -> (isLevel: Bool, isTarget: Bool) {
        var level = false
        var target = false
        var j = k - 1
        let limit = max(0, k - 25)
        while j >= limit {
            let w = t[j].text
            // The change must be in the same clause: "вырос на 5%, а кредиты — до 5 млн" is a bound.
            if w == ";" { break }
            if j > 0, t[j - 1].text == ",", w == "а" || w == "но" || w == "однако" || w == "but" || w == "while" { break }
            if t[j].kind == .word {
                if isChange(w) {
                    level = true
                    // An infinitive ("увеличить до", "снизить до") aims at the level rather than reports it.
                    if w.hasSuffix("ть") || w.hasSuffix("ти") || w.hasSuffix("ться") { target = true }
                    // "to increase to", "plans to bring … up to": an English infinitive.
                    if j > 0, t[j - 1].text == "to" { target = true }
                }
                if isTarget(w) { target = true }
            }
            j -= 1
        }
        return (level, level && target)
    }

    /// Words that show a count of people is about work or population, not an accident.
    static func hasEmploymentContext(_ t: [Token]) -> Bool {
        for token in t where token.kind == .word {
            let w = token.text
            if w.unicodeScalars.first?.isASCII == true {
                if EnglishWords.isEmployment(w) { return true }
                continue
            }
            guard w.byteCount >= 8 else { continue }
            if w.hasPrefix("работ") || w.hasPrefix("рабоч") || w.hasPrefix("занят") || w.hasPrefix("трудо")
                || w.hasPrefix("сотрудник") || w.hasPrefix("персонал") || w.hasPrefix("штат") || w.hasPrefix("кадр")
                || w.hasPrefix("населени") || w.hasPrefix("ваканс") || w.hasPrefix("наня") || w.hasPrefix("нанима")
                || w.hasPrefix("безработ") || w.hasPrefix("специалист") || w.hasPrefix("трудоустр")
            {
                return true
            }
        }
        return false
    }
}
