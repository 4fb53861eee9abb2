/// How the figures of a sentence relate to each other and to the sentence's periods and words.
extension FigureAssembler {
    // MARK: Restatements and parts

    /// "2,1 трлн тенге ($6,1 млрд)" → the bracketed figure is `same_as` the one before;
    /// "более $26 млрд, из них примерно $4 млрд" → the second is `part_of` the first.
    func linkRestatementsAndParts(_ t: [Token], _ drafts: inout [FigureDraft]) {
        for k in drafts.indices {
            let d = drafts[k]
            if k > 0, d.start >= 1, t[d.start - 1].text == "(", drafts[k - 1].end == d.start - 1,
                d.unitKind == .money, drafts[k - 1].unitKind == .money
            {
                drafts[k].sameAs = k - 1
                // "more than 1.5 trillion rubles ($15.6 bln)": the conversion is bounded as the amount is.
                if d.qualifier == .exact, drafts[k - 1].qualifier != .range { drafts[k].qualifier = drafts[k - 1].qualifier }
                continue
            }
            let from = k > 0 ? drafts[k - 1].end : 0
            // English also puts the marker after the part: "about $4 billion of it".
            let trailing = d.end + 1 < t.count && t[d.end].text == "of" && ["it", "them", "this", "that"].contains(t[d.end + 1].text)
            guard trailing || partMarker(t, from: max(from, d.start - 7), to: d.start) else { continue }
            if k == 0 {
                drafts[k].partOfPreviousSentence = true
                continue
            }
            // The whole is the nearest earlier figure in the same unit that is not itself a part.
            let whole =
                drafts[..<k].lastIndex { $0.unit == d.unit && $0.partOf == nil && $0.sameAs == nil }
                ?? drafts[..<k].lastIndex { $0.sameAs == nil } ?? (k - 1)
            drafts[k].partOf = whole
        }
    }

    /// "порядка 950 млн долларов (по данным Белстата — 952,8 млн долларов)": an amount in the same
    /// unit and for the same period, inside brackets opened right after the figure before, is that
    /// figure again, as another source or rounding gives it — `same_as`, as a conversion in brackets
    /// is. Percentages in brackets are left alone: they are more often a list ("Китай (18,4 %)"), and
    /// so is an amount far from the one before: a breakdown ("198,4 млн долларов (экспорт — $11,2 млн,
    /// импорт — $187,2 млн)"), not the same amount again.
    func linkBracketedRestatements(_ t: [Token], _ drafts: inout [FigureDraft]) {
        for k in drafts.indices.dropFirst() where drafts[k].sameAs == nil && drafts[k].partOf == nil {
            let (d, previous) = (drafts[k], drafts[k - 1])
            guard d.unitKind == .money, d.unit == previous.unit, d.period == previous.period, previous.end < t.count,
                let value = d.value, let before = previous.value, abs(value - before) <= 0.05 * abs(before),
                t[previous.end].text == "(", !t[(previous.end + 1)..<d.start].contains(where: { $0.text == ")" })
            else { continue }
            drafts[k].sameAs = k - 1
        }
    }

    /// "из них", "из которых", "в том числе", "в т.ч.", "включая" between `from` and `to`.
    func partMarker(_ t: [Token], from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        var j = from
        while j < to {
            if isPartMarker(t, at: j) { return true }
            j += 1
        }
        return false
    }

    private func isPartMarker(_ t: [Token], at j: Int) -> Bool {
        let w = t[j].text
        let next = j + 1 < t.count ? t[j + 1].text : ""
        if w == "из" {
            return next == "них" || next == "которых" || next == "которой" || next == "этой" || next == "этого" || next == "этих"
                || next == "общего" || next == "общей" || next == "нее" || next == "него"
        }
        if w == "включая" || w == "including" || w == "incl" { return true }
        if w == "of" { return next == "which" || next == "them" || next == "this" || next == "that" || next == "these" || next == "it" }
        if w == "among", next == "them" { return true }
        if w == "в" {
            if next == "том", j + 2 < t.count, t[j + 2].text == "числе" { return true }
            if next == "т", j + 3 < t.count, t[j + 2].text == "." || t[j + 2].text == "ч" { return true }
        }
        return false
    }

    // MARK: Clauses

    /// A clause number per token. Periods and indicators bind within a clause first; clauses are
    /// cut at ";", at part markers, and at ", а", ", но", ", однако", ", тогда как", "против".
    func clauseIndexes(_ t: [Token]) -> [Int] {
        var out = [Int](repeating: 0, count: t.count)
        var clause = 0
        var lastComma: Int? = nil
        for j in t.indices {
            let w = t[j].text
            if w == "," { lastComma = j }
            // A marker after a figure ("…, about $4 billion of it in 2024") belongs to the part's
            // clause, which starts at the comma before the part.
            let trailing = w == "of" && j > 0 && (t[j - 1].kind == .number || t[j - 1].kind == .word)
            if trailing, isPartMarker(t, at: j), let comma = lastComma, j - comma <= 8, out[comma] == clause {
                clause += 1
                for m in comma..<j { out[m] = clause }
            }
            var cut = w == ";" || w == "против" || (isPartMarker(t, at: j) && !trailing)
            if !cut, j > 0, t[j - 1].text == ",", w == "а" || w == "но" || w == "однако" || w == "тогда" || w == "при" {
                cut = true
            }
            if cut { clause += 1 }
            out[j] = clause
        }
        return out
    }

    // MARK: Periods

    /// The period of each figure: the nearest time expression in its clause ("сейчас" being the
    /// publication date); else one earlier in the sentence; else the one carried from the previous
    /// sentence; for a trade flow, else the one an earlier sentence of the paragraph — or a line of
    /// one sentence just before — named (`continued`), unless the figure's sentence says "ранее",
    /// "ежегодно" or "в год"; else the publication date (the figure states a level as of publication).
    func assignPeriods(
        _ t: [Token], _ drafts: inout [FigureDraft], _ mentions: [PeriodMention], _ clauses: [Int], _ carried: Period?,
        continued: Period? = nil
    ) {
        let usable = mentions.filter { $0.role != .comparison }
        // "ранее отметил, что товарооборот достиг $5 млрд в год": said at another time, or a rate a
        // year — not of the period the paragraph goes on with.
        let words = t.lazy.filter(\.isWord).map(\.text)
        let ownTime =
            words.contains("ранее") || words.contains("ежегодно")
            || zip(words, words.dropFirst()).contains { $0 == "в" && $1 == "год" }
        /// Whether a period expression of the figure's clause starts right after it.
        func ownRightAfter(_ d: FigureDraft) -> Bool {
            usable.contains { m in
                m.start >= d.coreEnd && m.start - d.coreEnd <= 1 && m.start < clauses.count && d.coreStart < clauses.count
                    && clauses[m.start] == clauses[d.coreStart]
            }
        }
        for k in drafts.indices {
            let d = drafts[k]
            let clause = d.coreStart < clauses.count ? clauses[d.coreStart] : 0
            var best: (score: Int, mention: PeriodMention)? = nil
            for m in usable where m.start < clauses.count && clauses[m.start] == clause {
                var score = distance(m, d)
                if m.role == .deadline && !d.isTarget { score += 50 }
                // "from $4.7bn in 2017 to $9.9bn in 2023", "с $4,7 млрд в 2017 году до $9,9 млрд в
                // 2023 году": when this figure has an expression of its own right after it, one right
                // after another amount is that amount's ("rose 15% in 2023 to $5 billion from $4.3
                // billion in 2022" keeps 2023: the figure before is a rate, not another amount).
                // So is one right after a rate when this figure is a rate too ("rose 10% in 2023 and
                // 30% in 2022").
                if m.end <= d.coreStart, ownRightAfter(d),
                    drafts.contains(where: { o in
                        (o.unitKind != .percent || d.unitKind == .percent) && o.coreEnd <= m.start && m.start - o.coreEnd <= 1
                    })
                {
                    score += 8
                }
                if m.start >= d.coreEnd {
                    score += 1  // ties go to the expression before
                    // "В первом полугодии … превысил $8,3 млрд, превышая показатели за прошлый год":
                    // past a comma, an expression after the figure yields to one before it.
                    if t[d.coreEnd..<min(m.start, t.count)].contains(where: { $0.text == "," }) { score += 10 }
                }
                if score < (best?.score ?? Int.max) { best = (score, m) }
            }
            if best == nil, let m = usable.last(where: { $0.end <= d.coreStart && $0.role == .reference }) {
                best = (0, m)
            }
            if let best, best.mention.role == .present {
                drafts[k].period = date?.asOfPeriod
            } else if let best {
                drafts[k].period = best.mention.period
                // "reached US$127 billion by December 2023", "к декабрю 2023 года": a running total
                // from January through the month.
                if best.mention.role == .deadline, case .month(let year, let month)? = best.mention.period?.kind, month > 1 {
                    drafts[k].period = Period(.monthSpan(fromYear: year, fromMonth: 1, toYear: year, toMonth: month))
                }
                drafts[k].periodFromText = true
            } else if let carried {
                drafts[k].period = carried
                drafts[k].periodFromText = true
            } else if let continued, !ownTime, let kind = d.indicator, Self.flows.contains(kind) {
                drafts[k].period = continued
                drafts[k].periodFromText = true
            } else {
                drafts[k].period = date?.asOfPeriod
            }
            // "$3 billion in 2023 versus $3.5 billion the previous year", "против $3,5 млрд годом
            // ранее", "from $1.728 billion in the same period last year": an amount with a point of
            // comparison right after it is of the year before the period it would have had.
            // "вырос на 34,1 % по сравнению с 2020 годом (11,8 миллиарда долларов)": an amount in
            // brackets right after a point of comparison that names its period is of that period.
            if d.unitKind != .percent, d.coreStart >= 1,
                t[d.coreStart - 1].text == "(" || (d.coreStart >= 2 && t[d.coreStart - 2].text == "("),
                let compared = mentions.first(where: { m in
                    m.role == .comparison && m.period != nil && m.end <= d.coreStart && d.coreStart - m.end <= 2
                        && t[m.end..<d.coreStart].allSatisfy { $0.text == "(" || $0.kind == .symbol }
                })
            {
                drafts[k].period = compared.period
                drafts[k].periodFromText = true
                continue
            }
            if d.unitKind != .percent, drafts[k].periodFromText, let compared = comparedRightAfter(d, mentions, t),
                let period = drafts[k].period
            {
                drafts[k].period = compared.period.flatMap { p in p.kind.isYear && period.kind.isYear ? p : nil } ?? period.yearEarlier
                drafts[k].periodFromText = true
            }
        }
    }

    /// A point of comparison right after the figure ("$3,5 млрд годом ранее", "$12.55 billion a year
    /// earlier", "$3.5 billion the previous year", "$1.728 billion in the same period last year"), only
    /// words of a period between ("и увеличился к уровню 2020 года" is a change of its own).
    private func comparedRightAfter(_ d: FigureDraft, _ mentions: [PeriodMention], _ t: [Token]) -> PeriodMention? {
        mentions.first { m in
            m.role == .comparison && m.start >= d.coreEnd && m.start - d.coreEnd <= 4
                && t[d.coreEnd..<min(m.start, t.count)].allSatisfy { Self.periodFillers.contains($0.text) }
        }
    }
    private static let periodFillers: Set<Word> = ["in", "the", "same", "period", "of", "during", "в", "за", "том", "же", "тот"]

    /// Kinds of figure that are always flows over a period, which a period named before goes on to.
    static let flows: Set<String> = ["trade_turnover", "turnover", "exports", "imports", "supplies"]

    private func distance(_ m: PeriodMention, _ d: FigureDraft) -> Int {
        if m.end <= d.coreStart { return d.coreStart - m.end }
        if m.start >= d.coreEnd { return m.start - d.coreEnd }
        return 0
    }

    // MARK: Indicators

    /// A coarse indicator: the counted noun's own kind, else the nearest indicator word, preferring
    /// the figure's clause.
    func assignIndicators(_ t: [Token], _ drafts: inout [FigureDraft], _ clauses: [Int]) {
        var hints: [(Int, String)] = []
        for j in t.indices where t[j].kind == .word {
            if let indicator = Indicators.forWord(t[j].text) { hints.append((j, indicator)) }
        }
        for k in drafts.indices {
            if let own = Indicators.forUnit(drafts[k].unit) {
                drafts[k].indicator = own
                continue
            }
            let d = drafts[k]
            let clause = d.coreStart < clauses.count ? clauses[d.coreStart] : 0
            var best: (Int, String)? = nil
            for (j, indicator) in hints where j < d.start || j >= d.end {
                var score = j < d.start ? d.start - j : j - d.end + 2
                if clauses[j] != clause { score += 30 }
                if score < (best?.0 ?? Int.max) { best = (score, indicator) }
            }
            drafts[k].indicator = best?.1
        }
    }
}
