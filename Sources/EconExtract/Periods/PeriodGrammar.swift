/// Finds time expressions in a sentence and resolves them to ``Period``s.
///
/// Understands years (`в 2024 году`, `за 2023 год`, `в 2024-м`, `2024 г.`, `в 2020–2024 годах`),
/// quarters and halves (`в первом квартале`, `в III квартале 2024 г.`, `за 1-е полугодие`), spans
/// (`за девять месяцев 2025 года`, `в январе–сентябре`, `с января по май`), months, days
/// (`6 ноября`, `по состоянию на 1 октября 2025 года`, `01.10.2025`) and periods relative to the
/// publication date (`в прошлом году`, `с начала года`, `текущего года`). Without a publication
/// date a relative period is found but resolves to `nil`.
struct PeriodGrammar {
    let date: DocumentDate?

    /// The mentions in order; their token ranges do not overlap. `named` is the period the text
    /// named last before this sentence, which "за отчетный период" and "за указанный период" mean.
    func mentions(_ t: [Token], named: Period? = nil) -> [PeriodMention] {
        var out: [PeriodMention] = []
        var i = 0
        while i < t.count {
            if let m = match(t, at: i) ?? namedBefore(t, at: i, named) ?? (t[i].kind == .word ? present(t, at: i) : nil) {
                out.append(m)
                i = max(m.end, i + 1)
            } else {
                i += 1
            }
        }
        return out
    }

    private func match(_ t: [Token], at i: Int) -> PeriodMention? {
        let token = t[i]
        switch token.kind {
        case .number:
            return dottedDate(t, i) ?? dayAndMonth(t, i) ?? year(t, i) ?? monthCount(t, i, count: token.text.int, end: i + 1)
                ?? quarterOrHalf(t, i)
        case .word:
            if let m = MonthNames.month(token.text), token.text != "may" || Self.mayIsAMonth(t, i) { return monthOrSpan(t, i, m) }
            if let q = letterQuarter(t, i) { return q }
            if let spelled = SpelledNumbers.match(t, at: i), spelled.value == spelled.value.rounded(),
                let m = monthCount(t, i, count: Int(spelled.value), end: spelled.end)
            {
                return m
            }
            return quarterOrHalf(t, i) ?? relative(t, i)
        case .symbol:
            return nil
        }
    }

    // MARK: Days

    private func dottedDate(_ t: [Token], _ i: Int) -> PeriodMention? {
        guard i + 4 < t.count, t[i].text.utf8.count <= 2, t[i + 1].text == ".", t[i + 2].kind == .number,
            t[i + 2].text.utf8.count == 2, t[i + 3].text == ".", t[i + 4].kind == .number, t[i + 4].text.utf8.count == 4,
            t[i + 1].gap == 0, t[i + 2].gap == 0, t[i + 3].gap == 0, t[i + 4].gap == 0,
            let d = t[i].text.int, let m = t[i + 2].text.int, let y = t[i + 4].text.int
        else { return nil }
        let period = CivilDate(year: y, month: m, day: d).flatMap { Period(.day($0)) }
        return PeriodMention(start: i, end: i + 5, period: period, role: role(t, i))
    }

    /// `6 ноября`, `1 октября 2025 года`, `11-12 ноября` (a span of days has no period form).
    private func dayAndMonth(_ t: [Token], _ i: Int) -> PeriodMention? {
        guard t[i].text.utf8.count <= 2, let day = t[i].text.int, (1...31).contains(day) else { return nil }
        var j = i + 1
        // "1st October", "21st of May"
        if j < t.count, t[j].gap == 0, ["st", "nd", "rd", "th"].contains(t[j].text) {
            j += 1
            if j < t.count, t[j].text == "of" { j += 1 }
        }
        var isSpan = false
        if j + 1 < t.count, t[j].isDash, t[j + 1].kind == .number, t[j + 1].text.utf8.count <= 2 {
            isSpan = true
            j += 2
        }
        guard j < t.count, t[j].kind == .word, let month = MonthNames.month(t[j].text) else { return nil }
        j += 1
        var yearValue: Int? = date.map { $0.yearOf(month: month) }
        if let after = yearAfter(t, j) {
            yearValue = after.year
            j = after.end
        }
        var period: Period? = nil
        if !isSpan, let y = yearValue, let d = CivilDate(year: y, month: month, day: day) { period = Period(.day(d)) }
        return PeriodMention(start: i, end: j, period: period, role: role(t, i))
    }

    // MARK: Years

    private func year(_ t: [Token], _ i: Int) -> PeriodMention? {
        guard let y = yearNumber(t[i]) else { return nil }
        var j = i + 1
        // A year is never followed by a decimal part or another digit group.
        if j + 1 < t.count, t[j].gap == 0, t[j].text == "," || t[j].text == ".", t[j + 1].kind == .number, t[j + 1].gap == 0 {
            return nil
        }
        var last = y
        if j + 1 < t.count, t[j].isDash, let y2 = yearNumber(t[j + 1]), y2 > y {
            last = y2
            j += 2
        } else if j + 1 < t.count, t[j].text == "/", t[j].gap == 0, let y2 = yearNumber(t[j + 1]), y2 == y + 1 {
            last = y2
            j += 2
        } else if j + 1 < t.count, t[j].isDash || t[j].text == "/", t[j].gap == 0, t[j + 1].gap == 0, t[j + 1].kind == .number,
            t[j + 1].text.utf8.count == 2, let yy = t[j + 1].text.int, yy == (y + 1) % 100
        {
            // "2018-19", "2022/23": a season or fiscal year across two calendar years.
            last = y + 1
            j += 2
        }
        if let end = yearSuffix(t, j) {
            j = end
        } else {
            // A bare year only after a preposition and not followed by a unit ("в 2024 компания…"),
            // unless it opens its sentence or clause after "in", "в", "since": "In 2023 German
            // companies invested …" is a year, not 2023 companies.
            let opening =
                i > 0 && Self.openingYearPrepositions.contains(t[i - 1].text) && (i == 1 || t[i - 2].kind == .symbol)
                && (1990...2035).contains(y)
            guard i > 0, Self.yearPrepositions.contains(t[i - 1].text),
                opening || ((j >= t.count || Units.match(t, at: j) == nil) && (j >= t.count || Scales.match(t, at: j) == nil))
            else { return nil }
        }
        let period = last == y ? Period(.year(y)) : Period(.monthSpan(fromYear: y, fromMonth: 1, toYear: last, toMonth: 12))
        return PeriodMention(start: i, end: j, period: period, role: role(t, i))
    }

    private static let openingYearPrepositions: Set<Word> = ["in", "в", "во", "since", "during", "с"]
    private static let yearPrepositions: Set<Word> = [
        "в", "во", "за", "к", "до", "с", "по", "на", "от", "из", "между", "начиная",
        "in", "for", "by", "since", "until", "till", "through", "throughout", "during", "from", "to", "of", "between", "before",
        "after", "within", "fiscal", "year", "and",
    ]

    private func yearNumber(_ token: Token) -> Int? {
        guard token.kind == .number, token.text.utf8.count == 4, let y = token.text.int, (1900...2100).contains(y) else {
            return nil
        }
        return y
    }

    /// After a year: `году`, `г.`, `гг.`, `-м`, `-го`; the index after the suffix.
    private func yearSuffix(_ t: [Token], _ j: Int) -> Int? {
        guard j < t.count else { return nil }
        let w = t[j].text
        if t[j].kind == .word {
            if w == "г" || w == "гг" || w == "year" {
                return j + 1 < t.count && t[j + 1].text == "." && t[j + 1].gap == 0 ? j + 2 : j + 1
            }
            if Self.yearWords.contains(w) { return j + 1 }
            return nil
        }
        if t[j].isDash, t[j].gap == 0, j + 1 < t.count, t[j + 1].kind == .word, t[j + 1].gap == 0,
            ["м", "й", "го", "х", "ом", "е", "ый", "ой"].contains(t[j + 1].text)
        {
            return j + 2
        }
        return nil
    }

    private static let yearWords: Set<Word> = [
        "год", "года", "году", "годом", "годе", "годах", "годы", "годов", "годам", "годами",
        // Kazakh "жыл" (year) in the forms news use.
        "жыл", "жылы", "жылғы", "жылдың", "жылға", "жылдан", "жылдары", "жылдарда",
        "year",
    ]

    /// A year after a quarter, month or day: explicit (`2025 года`) or relative (`текущего года`).
    private func yearAfter(_ t: [Token], _ j0: Int) -> (year: Int?, end: Int)? {
        var j = j0
        // English: "the first half of 2025", "October 1, 2025", "of this year", "of the current year".
        if j + 1 < t.count, t[j].text == "of" || t[j].text == "," {
            j += 1
            if j + 1 < t.count, t[j].text == "the" { j += 1 }
            guard yearNumber(t[j]) != nil || Self.relativeYearOffset(t[j].text) != nil else { return nil }
        }
        guard j < t.count else { return nil }
        if let y = yearNumber(t[j]) { return (y, yearSuffix(t, j + 1) ?? j + 1) }
        if t[j].kind == .word, let offset = Self.relativeYearOffset(t[j].text), j + 1 < t.count,
            Self.yearWords.contains(t[j + 1].text)
        {
            return (date.map { $0.year + offset }, j + 2)
        }
        return nil
    }

    private static func relativeYearOffset(_ w: Word) -> Int? {
        if w.unicodeScalars.first?.isASCII == true {
            switch w {
            case "last", "previous", "past", "prior": return -1
            case "this", "current": return 0
            case "next", "coming": return 1
            default: return nil
            }
        }
        if w.hasPrefix("позапрошл") { return -2 }
        if w.hasPrefix("прошл") || w.hasPrefix("прошедш") || w.hasPrefix("минувш") { return -1 }
        if w.hasPrefix("текущ") || w.hasPrefix("нынешн") || w == "этот" || w == "этом" || w == "этого" || w == "сего" {
            return 0
        }
        if w.hasPrefix("следующ") || w.hasPrefix("будущ") || w.hasPrefix("предстоящ") { return 1 }
        return nil
    }

    // MARK: Months, quarters, halves

    /// `в январе`, `январь–сентябрь 2025 года`, `с января по май`.
    private func monthOrSpan(_ t: [Token], _ i: Int, _ first: Int) -> PeriodMention? {
        var j = skipDot(t, i + 1)
        var last = first
        if j + 1 < t.count, t[j].isDash || t[j].text == "по" || t[j].text == "to" || t[j].text == "through",
            let m2 = MonthNames.month(t[j + 1].text), m2 > first
        {
            last = m2
            j = skipDot(t, j + 2)
        } else if j + 1 < t.count, t[j].text == "и" || t[j].text == "and", let m2 = MonthNames.month(t[j + 1].text), m2 == first + 1 {
            // "за январь и февраль 2024 года": two months in a row are the span of both.
            last = m2
            j = skipDot(t, j + 2)
        }
        // English "October 1, 2025", "Oct. 1", "November 6th".
        if last == first, j < t.count, t[j].kind == .number, t[j].text.utf8.count <= 2, let day = t[j].text.int, (1...31).contains(day),
            j + 1 >= t.count || (Units.match(t, at: j + 1) == nil && Scales.match(t, at: j + 1) == nil)
        {
            var k = j + 1
            if k < t.count, t[k].gap == 0, ["st", "nd", "rd", "th"].contains(t[k].text) { k += 1 }
            var y: Int? = date.map { $0.yearOf(month: first) }
            if let after = yearAfter(t, k) {
                y = after.year
                k = after.end
            }
            let period = y.flatMap { CivilDate(year: $0, month: first, day: day) }.flatMap { Period(.day($0)) }
            return PeriodMention(start: i, end: k, period: period, role: role(t, i))
        }
        var y: Int? = date.map { $0.yearOf(month: last) }
        if let after = yearAfter(t, j) {
            y = after.year
            j = after.end
        }
        var period: Period? = nil
        if let y {
            period =
                last == first
                ? Period(.month(year: y, month: first)) : Period(.monthSpan(fromYear: y, fromMonth: first, toYear: y, toMonth: last))
        }
        return PeriodMention(start: i, end: j, period: period, role: role(t, i))
    }

    /// `за девять месяцев 2025 года`, `за 9 мес.`: January through the n-th month.
    private func monthCount(_ t: [Token], _ i: Int, count: Int?, end: Int) -> PeriodMention? {
        guard let count, (1...12).contains(count), end < t.count,
            t[end].text.hasPrefix("месяц") || t[end].text == "мес" || t[end].text == "months" || t[end].text == "month",
            i > 0,
            ["за", "первые", "первых", "течение", "итогам", "first", "the", "in", "for", "over"].contains(t[i - 1].text)
        else { return nil }
        var j = skipDot(t, end + 1)
        // "За 11 месяцев" said in February: last year's, the eleventh month of this one not yet begun
        // (a count of months is of months gone by).
        var y = date.map { $0.yearOf(month: count) }
        if let after = yearAfter(t, j) {
            y = after.year
            j = after.end
        }
        var period: Period? = nil
        if let y {
            switch count {
            case 1: period = Period(.month(year: y, month: 1))
            case 12: period = Period(.year(y))
            default: period = Period(.monthSpan(fromYear: y, fromMonth: 1, toYear: y, toMonth: count))
            }
        }
        return PeriodMention(start: i, end: j, period: period, role: role(t, i))
    }

    /// `в первом квартале`, `в III квартале 2024 г.`, `за 1-е полугодие текущего года`.
    private func quarterOrHalf(_ t: [Token], _ i: Int) -> PeriodMention? {
        guard let n = PeriodOrdinals.value(t[i]) else { return nil }
        if n == 1, let span = firstQuarters(t, i) { return span }
        var j = i + 1
        if t[i].kind == .number, j + 1 < t.count, t[j].isDash, t[j + 1].kind == .word, t[j + 1].text.utf8.count <= 4 {
            j += 2
        }
        guard j < t.count, t[j].kind == .word else { return nil }
        let isQuarter = t[j].text.hasPrefix("квартал") || t[j].text == "кв" || t[j].text == "quarter" || t[j].text == "q"
        // "за первую половину 2023 года", "за первые полгода": a half too, after an ordinal word.
        let isHalf =
            t[j].text.hasPrefix("полугоди") || t[j].text == "half" || t[j].text == "h"
            || (t[i].kind == .word && (t[j].text.hasPrefix("половин") || (n == 1 && t[j].text == "полгода")))
        guard isQuarter || (isHalf && n <= 2) else { return nil }
        j = skipDot(t, j + 1)
        // This year's even when it has not begun: "в третьем квартале … увеличится" said in May is a
        // forecast, which the classifier tells by its period starting after publication.
        var y = date?.year
        if let after = yearAfter(t, j) {
            y = after.year
            j = after.end
        }
        let period = y.flatMap { isQuarter ? Period(.quarter(year: $0, quarter: n)) : Period(.half(year: $0, half: n)) }
        return PeriodMention(start: i, end: j, period: period, role: role(t, i))
    }

    /// "за три первых квартала 2021 года", "первые три квартала": January through the last of them.
    private func firstQuarters(_ t: [Token], _ i: Int) -> PeriodMention? {
        guard t[i].kind == .word, t[i].text.hasPrefix("перв") || t[i].text == "first" else { return nil }
        let start: Int
        let count: Int
        var j: Int
        if i > 0, let c = Self.quarterCount(t[i - 1]), i + 1 < t.count, t[i + 1].text.hasPrefix("квартал") {
            (start, count, j) = (i - 1, c, i + 2)
        } else if i + 2 < t.count, let c = Self.quarterCount(t[i + 1]), t[i + 2].text.hasPrefix("квартал") || t[i + 2].text == "quarters" {
            (start, count, j) = (i, c, i + 3)
        } else {
            return nil
        }
        var y = date.map { $0.yearOf(month: count * 3) }
        if let after = yearAfter(t, j) {
            y = after.year
            j = after.end
        }
        let period = y.flatMap {
            count == 4 ? Period(.year($0)) : Period(.monthSpan(fromYear: $0, fromMonth: 1, toYear: $0, toMonth: count * 3))
        }
        return PeriodMention(start: start, end: j, period: period, role: role(t, start))
    }

    private static func quarterCount(_ token: Token) -> Int? {
        switch token.text {
        case "2", "два", "двух", "two": 2
        case "3", "три", "трех", "three": 3
        case "4", "четыре", "четырех", "four": 4
        default: nil
        }
    }

    // MARK: Relative periods

    private func relative(_ t: [Token], _ i: Int) -> PeriodMention? {
        let w = t[i].text
        let next = i + 1 < t.count ? t[i + 1].text : ""
        if let english = englishRelative(t, i) { return english }
        if w == "годом" && (next == "ранее" || next == "раньше") {
            return PeriodMention(start: i, end: i + 2, period: nil, role: .comparison)
        }
        if w.hasPrefix("аналогичн") && next.hasPrefix("период") {
            // "аналогичным периодом прошлого года" as a whole is the comparison.
            let end = yearAfter(t, i + 2)?.end ?? i + 2
            return PeriodMention(start: i, end: end, period: nil, role: .comparison)
        }
        if w == "начала" && i > 0 && t[i - 1].text == "с" {
            var j = i + 1
            if j < t.count, Self.relativeYearOffset(t[j].text) == 0 { j += 1 }
            guard j < t.count, t[j].text == "года" else { return nil }
            return PeriodMention(start: i - 1, end: j + 1, period: yearToDate(), role: .reference)
        }
        guard let offset = Self.relativeYearOffset(w), i + 1 < t.count else { return nil }
        if Self.yearWords.contains(next) {
            let period = date.flatMap { Period(.year($0.year + offset)) }
            return PeriodMention(start: i, end: i + 2, period: period, role: role(t, i))
        }
        if next.hasPrefix("месяц") {
            let period = date.flatMap { d in d.month.flatMap { Period(.month(year: d.year, month: $0))?.advanced(by: offset) } }
            return PeriodMention(start: i, end: i + 2, period: period, role: role(t, i))
        }
        return nil
    }

    /// "за отчетный период", "в отчетном периоде", "за указанный период", "за этот период": the
    /// period named before.
    private func namedBefore(_ t: [Token], at i: Int, _ named: Period?) -> PeriodMention? {
        guard t[i].kind == .word, i + 1 < t.count, t[i + 1].text.hasPrefix("период") else { return nil }
        let w = t[i].text
        let demonstrative =
            (w == "этот" || w == "этом" || w == "данный" || w == "данном") && i > 0 && (t[i - 1].text == "за" || t[i - 1].text == "в")
        guard w.hasPrefix("отчетн") || w.hasPrefix("указанн") || w.hasPrefix("рассматриваем") || w == "reporting" || demonstrative
        else { return nil }
        // "за тот же период прошлого года" is a comparison, read elsewhere; so is one with a year after it.
        if i + 2 < t.count, Self.relativeYearOffset(t[i + 2].text) != nil || yearNumber(t[i + 2]) != nil { return nil }
        return PeriodMention(start: i, end: i + 2, period: named, role: .reference)
    }

    /// "в настоящее время", "сейчас", "на сегодняшний день", "на данный момент", "currently".
    private func present(_ t: [Token], at i: Int) -> PeriodMention? {
        let w = t[i].text
        func text(_ k: Int) -> Word { k < t.count ? t[k].text : "" }
        var end: Int? = nil
        if w == "настоящее", text(i + 1) == "время" { end = i + 2 }
        if w == "сейчас" || w == "ныне" || w == "currently" { end = i + 1 }
        if w == "сегодняшний", text(i + 1) == "день" { end = i + 2 }
        if w == "данный" || w == "текущий", text(i + 1) == "момент" { end = i + 2 }
        guard let end else { return nil }
        return PeriodMention(start: i, end: end, period: date?.asOfPeriod, role: .present)
    }

    /// "year-to-date", "since the beginning of the year", "a year earlier", "year-on-year".
    private func englishRelative(_ t: [Token], _ i: Int) -> PeriodMention? {
        let w = t[i].text
        guard w.unicodeScalars.first?.isASCII == true else { return nil }
        func text(_ k: Int) -> Word { k < t.count ? t[k].text : "" }
        if w == "year", text(i + 1) == "-", text(i + 2) == "to", text(i + 3) == "-", text(i + 4) == "date" {
            return PeriodMention(start: i, end: i + 5, period: yearToDate(), role: .reference)
        }
        if w == "ytd" { return PeriodMention(start: i, end: i + 1, period: yearToDate(), role: .reference) }
        if w == "since", text(i + 1) == "the", text(i + 2) == "beginning" || text(i + 2) == "start", text(i + 3) == "of",
            text(i + 4) == "the" || text(i + 4) == "this", text(i + 5) == "year"
        {
            return PeriodMention(start: i, end: i + 6, period: yearToDate(), role: .reference)
        }
        if w == "year", text(i + 1) == "-", text(i + 2) == "on" || text(i + 2) == "over", text(i + 3) == "-", text(i + 4) == "year" {
            return PeriodMention(start: i, end: i + 5, period: nil, role: .comparison)
        }
        if w == "a" || w == "one", text(i + 1) == "year", text(i + 2) == "earlier" || text(i + 2) == "ago" || text(i + 2) == "before" {
            return PeriodMention(start: i, end: i + 3, period: nil, role: .comparison)
        }
        // "the previous year", "the prior year", "the preceding year", "the year before".
        if w == "the", ["previous", "prior", "preceding"].contains(text(i + 1)), text(i + 2) == "year" {
            return PeriodMention(start: i, end: i + 3, period: nil, role: .comparison)
        }
        if w == "the", text(i + 1) == "year", text(i + 2) == "before" || text(i + 2) == "earlier" {
            return PeriodMention(start: i, end: i + 3, period: nil, role: .comparison)
        }
        return nil
    }

    /// Whether "may" at `i` is the month: a day or year next to it, or a preposition of time before it.
    private static func mayIsAMonth(_ t: [Token], _ i: Int) -> Bool {
        if i + 1 < t.count, t[i + 1].kind == .number { return true }
        if i > 0, t[i - 1].kind == .number { return true }
        return i > 0 && ["in", "since", "until", "from", "of", "by", "end", "early", "late", "mid"].contains(t[i - 1].text)
    }

    /// "Q1 2025", "H1", "1Q25", "1H 2025": a quarter or half written with a letter.
    private func letterQuarter(_ t: [Token], _ i: Int) -> PeriodMention? {
        let w = t[i].text
        guard w == "q" || w == "h", i + 1 < t.count, t[i + 1].kind == .number, t[i + 1].gap == 0, t[i + 1].text.utf8.count == 1,
            let n = t[i + 1].text.int, (1...(w == "q" ? 4 : 2)).contains(n)
        else { return nil }
        var j = i + 2
        var y = date?.year
        if j < t.count, t[j].text == "/" || t[j].isDash, j + 1 < t.count, yearNumber(t[j + 1]) != nil { j += 1 }
        if let after = yearAfter(t, j) {
            y = after.year
            j = after.end
        }
        let period = y.flatMap { w == "q" ? Period(.quarter(year: $0, quarter: n)) : Period(.half(year: $0, half: n)) }
        return PeriodMention(start: i, end: j, period: period, role: role(t, i))
    }

    /// "с начала года": January through the publication month.
    private func yearToDate() -> Period? {
        guard let date else { return nil }
        guard let month = date.month else { return Period(.year(date.year)) }
        if month == 1 { return Period(.month(year: date.year, month: 1)) }
        return Period(.monthSpan(fromYear: date.year, fromMonth: 1, toYear: date.year, toMonth: month))
    }

    // MARK: Helpers

    /// "к 2030 году", "до 2028 года" name a deadline, not the period a figure was measured in.
    private func role(_ t: [Token], _ i: Int) -> PeriodMention.Role {
        guard i > 0 else { return .reference }
        let w = t[i - 1].text
        // "по сравнению с показателями января-сентября 2020 года", "по сравнению с аналогичным
        // месяцем 2022 года": a few words may stand between "с" and the period, none of them a
        // preposition or a number.
        for back in 1...min(4, i) {
            let b = t[i - back]
            if b.text == "с" || b.text == "со" {
                if i - back > 0, t[i - back - 1].text.hasPrefix("сравнени") { return .comparison }
                break
            }
            if b.kind != .word || Self.prepositions.contains(b.text) { break }
        }
        if w == "против" { return .comparison }
        // "на 6,9 % меньше показателя 2024 года": the figure a comparative measures against.
        if w.hasPrefix("показател"), i > 1, Self.comparatives.contains(where: { t[i - 2].text.hasPrefix($0) }) { return .comparison }
        if w == "относительно" { return .comparison }
        // "к уровню 2020 года", "выше уровня 2020 года", "чем в 2023 году", "чем за 2023 год".
        if w.hasPrefix("уровн") { return .comparison }
        for back in 1...min(3, i) where t[i - back].text == "чем" { return .comparison }
        // English: "by 2030", "until 2028"; "compared to 2023", "than in 2023", "versus last year".
        if w == "by" || w == "until" || w == "till" { return .deadline }
        // "increasing by 43.5 per cent from 2020", "rose 52.3 per cent to RM55.88 billion from 2020":
        // the year a change is measured from ("from 2020 to 2022" is a span).
        if w == "from", i + 1 >= t.count || !(t[i + 1].isDash || Self.spanEnds.contains(t[i + 1].text)) {
            // Back through the sentence, up to 30 tokens: a full stop with a space after it ends it.
            var k = i - 2
            while k >= 0, i - k <= 30, !(t[k].text == "." && k + 1 < t.count && t[k + 1].gap > 0) {
                if t[k].kind == .word, Self.changeStems.contains(where: { t[k].text.hasPrefix($0) }) { return .comparison }
                k -= 1
            }
        }
        for back in 1...min(3, i)
        where ["compared", "versus", "vs", "than", "against", "same", "ago", "earlier"].contains(t[i - back].text) {
            return .comparison
        }
        return w == "к" || w == "до" ? .deadline : .reference
    }

    private static let comparatives: [Word] = ["меньше", "больше", "выше", "ниже", "превыша", "уступа"]
    private static let spanEnds: Set<Word> = ["to", "through", "until", "till", "and"]
    /// English words of a change: "increase", "rose", "grew", "up", "declined", "fell", "dropped" …
    private static let changeStems: [Word] = [
        "increas", "rise", "rose", "risen", "rising", "grow", "grew", "growth", "up", "jump", "surg", "climb", "gain", "declin",
        "decreas", "fell", "fall", "drop", "down", "slid", "shrank", "shrunk", "contract",
    ]
    private static let prepositions: Set<Word> = ["в", "во", "за", "на", "по", "к", "до", "из", "от", "и"]

    private func skipDot(_ t: [Token], _ j: Int) -> Int {
        j < t.count && t[j].text == "." && t[j].gap == 0 ? j + 1 : j
    }
}
