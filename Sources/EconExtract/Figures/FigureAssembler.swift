/// Turns the quantities of one sentence into figures: ranges, changes from one value to another,
/// bounds, currencies and scales carried from a parallel figure, restatements, parts and periods.
struct FigureAssembler {
    let periods: PeriodGrammar
    let date: DocumentDate?
    var language: ExtractionLanguage = .russian

    /// What one sentence yields.
    struct SentenceResult: Sendable {
        var drafts: [FigureDraft]
        var mentions: [PeriodMention]
    }

    /// A draft still being built, with what carrying a unit needs to know.
    struct Pending {
        var draft: FigureDraft
        var number: Double
        var hasUnit: Bool
        var bare: Bool
        var yearLike: Bool
    }

    /// The figures of one sentence's tokens. `carriedPeriod` is the period the previous sentence of
    /// the paragraph set without figures of its own ("Саммит состоялся 6 ноября. На нем подписаны…").
    /// `previousMoney` is the last money figure of the sentence just before, if it had one: a part
    /// of it named without a currency takes its currency ("…более $26 млрд. Из них около 4 млрд…").
    ///
    /// `named` is the last period the text named before the sentence (for "за отчетный период").
    /// `continued` is the period a sentence before it in the paragraph named along with figures of
    /// its own: trade flows that name no period take it ("В прошлом году товарооборот составил
    /// $5 млрд. Экспорт вырос до $3 млрд."); other figures do not, as a count of projects "under way"
    /// after a sentence about last year is as of now.
    func assemble(
        _ t: [Token], carriedPeriod: Period?, continued: Period? = nil, previousMoney: FigureDraft? = nil, named: Period? = nil
    ) -> SentenceResult {
        let mentions = periods.mentions(t, named: named)
        var consumed = [Bool](repeating: false, count: t.count)
        for m in mentions { for k in m.start..<min(m.end, t.count) { consumed[k] = true } }
        let quantities = findQuantities(t, consumed)
        guard !quantities.isEmpty else { return SentenceResult(drafts: [], mentions: mentions) }
        var pending = combine(t, quantities, consumed)
        carryUnits(t, &pending, previousMoney: previousMoney)
        var drafts = pending.filter(\.hasUnit).map(\.draft)
        guard !drafts.isEmpty else { return SentenceResult(drafts: [], mentions: mentions) }
        let clauses = clauseIndexes(t)
        linkRestatementsAndParts(t, &drafts)
        assignIndicators(t, &drafts, clauses)
        assignPeriods(t, &drafts, mentions, clauses, carriedPeriod, continued: continued)
        linkBracketedRestatements(t, &drafts)
        return SentenceResult(drafts: drafts, mentions: mentions)
    }

    // MARK: Quantities

    private func findQuantities(_ t: [Token], _ consumed: [Bool]) -> [Quantity] {
        var out: [Quantity] = []
        var employment: Bool? = nil
        var i = 0
        while i < t.count {
            guard !consumed[i],
                t[i].kind != .symbol || Currencies.signs[t[i].text] != nil || t[i].text == "-" || t[i].text == "−" || t[i].text == "–",
                var q = QuantityParser.parse(t, at: i, language: language)
            else {
                i += 1
                continue
            }
            if (q.numberStart..<q.numberEnd).contains(where: { consumed[$0] }) {
                i += 1
                continue
            }
            if let u = q.unit, u.needsEmploymentContext {
                if employment == nil { employment = ChangeWords.hasEmploymentContext(t) }
                if employment == false {
                    q.unit = nil
                    q.end = q.numberEnd
                }
            }
            // A unit reaching into a period ("5 млрд в 2024 году" has none) is cut at the period.
            if let k = (q.numberEnd..<q.end).first(where: { consumed[$0] }) {
                q.unit = nil
                q.end = k
            }
            out.append(q)
            i = max(q.end, i + 1)
        }
        return out
    }

    // MARK: Ranges, changes, bounds

    private enum Pair {
        /// One figure from `low` to `high`.
        case range(start: Int)
        /// Two figures sharing the scale and unit written after the second: a change from one
        /// value to another ("с 120,9 до 228,3 млрд тенге") or a pair ("38,3 и 18,7 трлн долларов").
        case twoFigures
    }

    private func pair(_ t: [Token], _ a: Quantity, _ b: Quantity) -> Pair? {
        guard a.rightQualifier == nil, b.start >= a.end else { return nil }
        if let ua = a.unit, let ub = b.unit, ua.unit != ub.unit { return nil }
        if a.unit != nil && b.unit == nil && !a.unitBefore { return nil }
        let between = a.end..<b.start
        let before = a.start > 0 ? t[a.start - 1].text : ""
        if between.count == 1 {
            let w = t[a.end].text
            if w == "до" && before == "от" { return .range(start: a.start - 1) }
            if w == "и" && before == "между" { return .range(start: a.start - 1) }
            if (w == "до" || w == "по") && (before == "с" || before == "со") { return .twoFigures }
            // English: "between $3 and $5 billion"; "from 3 to 5 percent" (a range) but "rose from
            // $3 billion to $5 billion" (two figures); "3 to 5 percent".
            if w == "and" && before == "between" { return .range(start: a.start - 1) }
            if w == "to" && before == "from" {
                let changed = t[max(0, a.start - 6)..<(a.start - 1)].contains { $0.kind == .word && ChangeWords.isChange($0.text) }
                return changed ? .twoFigures : .range(start: a.start - 1)
            }
            // "around R21 to 22 billion": the sign before the first end, the scale after the second.
            if w == "to", a.unit == nil || a.unitBefore, a.scale == nil || b.scale != nil,
                b.unit != nil || (a.unitBefore && b.scale != nil),
                !t[max(0, a.start - 4)..<a.start].contains(where: { $0.kind == .word && ChangeWords.isChange($0.text) })
            {
                return .range(start: a.start)
            }
            // "38,3 и 18,7 трлн долларов": the first of a pair takes the scale and unit written once.
            if (w == "и" || w == "или" || w == "and" || w == "or"), a.unit == nil, a.scale == nil, !a.spelled, !a.yearLike,
                b.scale != nil, b.unit != nil
            {
                return .twoFigures
            }
            // "$60–70 млрд", "4,5–5,5 %"; a spaced long dash only when the first end is a bare number
            // ("четыре — пять процентов"), since "Турция — 6,2 %" style lists use it between items.
            let tight = t[a.end].gap == 0 && b.start < t.count && t[b.start].gap == 0
            if t[a.end].isDash, w != "—" || tight || (a.unit == nil && a.scale == nil && b.unit != nil) {
                if a.scale != nil && b.scale == nil { return nil }
                return .range(start: a.start)
            }
        }
        return nil
    }

    private func combine(_ t: [Token], _ qs: [Quantity], _ consumed: [Bool]) -> [Pending] {
        var out: [Pending] = []
        var k = 0
        while k < qs.count {
            let a = qs[k]
            if k + 1 < qs.count, let kind = pair(t, a, qs[k + 1]) {
                let b = qs[k + 1]
                let low = a.scale != nil ? a.value : a.number * (b.scale ?? 1)
                let unit = a.unit ?? b.unit
                switch kind {
                case .range(let start) where low < b.value:
                    var d = draft(start: start, end: b.end, core: a.start..<b.end, unit: unit, scale: b.scale ?? a.scale)
                    d.qualifier = .range
                    d.low = low
                    d.high = b.value
                    out.append(Pending(draft: d, number: low, hasUnit: unit != nil, bare: false, yearLike: false))
                    k += 2
                    continue
                case .twoFigures:
                    var first = draft(start: a.start, end: a.end, core: a.start..<a.end, unit: unit, scale: b.scale ?? a.scale)
                    first.value = low
                    out.append(Pending(draft: first, number: low, hasUnit: unit != nil, bare: false, yearLike: false))
                    var second = draft(start: b.start, end: b.end, core: b.start..<b.end, unit: unit, scale: b.scale)
                    second.value = b.value
                    second.roundingHalf = b.roundingHalf
                    out.append(Pending(draft: second, number: b.value, hasUnit: unit != nil, bare: false, yearLike: false))
                    k += 2
                    continue
                default:
                    break
                }
            }
            out.append(single(t, a, consumed))
            k += 1
        }
        return out
    }

    private func draft(start: Int, end: Int, core: Range<Int>, unit: UnitMatch?, scale: Double?) -> FigureDraft {
        FigureDraft(
            start: start, end: end, coreStart: core.lowerBound, coreEnd: core.upperBound, value: nil, low: nil, high: nil,
            qualifier: .exact, unit: unit?.unit ?? "", unitKind: unit?.kind ?? .count, scale: scale)
    }

    private func single(_ t: [Token], _ q: Quantity, _ consumed: [Bool]) -> Pending {
        var d = draft(start: q.start, end: q.end, core: q.start..<q.end, unit: q.unit, scale: q.scale)
        d.value = q.value
        d.roundingHalf = q.roundingHalf
        if let right = q.rightQualifier {
            d.qualifier = right
        } else if let left = Qualifiers.left(t, before: q.start), !(left.start..<q.start).contains(where: { consumed[$0] }) {
            d.start = left.start
            switch left.word {
            case .upTo:
                let meaning = ChangeWords.meaningOfUpTo(t, at: left.start)
                d.qualifier = meaning.isLevel ? .exact : .atMost
                d.isTarget = meaning.isTarget
            case .from:
                d.qualifier = .atLeast
            case .other:
                d.qualifier = left.qualifier
            }
        } else if q.start > 1, t[q.start - 1].text == "на" || t[q.start - 1].text == "в",
            let left = Qualifiers.left(t, before: q.start - 1),
            left.word == .other, !Self.isVerb(t[left.start].text), !Self.isComparative(t, left.start..<q.start - 1)
        {
            // "почти на 10 %", "более чем на 5 %": the change itself is hedged; "примерно в 46 млн тонн".
            d.qualifier = left.qualifier
            d.start = left.start
        }
        if !d.isTarget, EnglishWords.aimsAt(t, before: d.start) { d.isTarget = true }
        return Pending(
            draft: d, number: q.number, hasUnit: q.unit != nil, bare: q.scale == nil && !q.spelled && q.unit == nil,
            yearLike: q.yearLike)
    }

    /// "20 млн жителей": a scaled number followed by a noun counts that noun, which is no unit we
    /// know; only an indicator noun ("5 млрд товарооборота") or no noun at all lets it borrow a currency.
    private static func countsSomethingElse(_ t: [Token], after end: Int) -> Bool {
        guard end < t.count, t[end].kind == .word, t[end].text.byteCount >= 6 else { return false }
        let w = t[end].text
        return Indicators.forWord(w) == nil && !Self.functionWords.contains(w) && !Self.looksLikeVerb(w)
    }

    /// A past-tense or reflexive verb ("4 млрд пришлось на 2024 год", "5 млрд поступило"): what
    /// follows a number then says what happened to it, not what it counts, whose noun would be in
    /// the genitive ("5 млрд кубометров") and end otherwise.
    private static func looksLikeVerb(_ w: Word) -> Bool {
        Self.verbEndings.contains { w.hasSuffix($0) }
    }

    private static let verbEndings: [Word] = ["лось", "лась", "лись", "лся", "ется", "ится", "ются", "ятся", "ло", "ли", "ла"]

    /// Words after a number that are not what it counts: "на 4,1 млн больше", "5 млрд или".
    private static let functionWords: Set<Word> = [
        "больше", "меньше", "более", "менее", "выше", "ниже", "чем", "или", "что", "как", "при", "для", "это", "так",
        "уже", "еще", "всего", "против", "соответственно", "однако", "тогда", "после", "которые", "который",
    ]

    /// "меньше на $2 млрд": a comparative before "на" says which way the change goes, not how
    /// exact it is; "более чем на", "почти на" do hedge it.
    private static func isComparative(_ t: [Token], _ phrase: Range<Int>) -> Bool {
        guard phrase.count == 1, let k = phrase.first else { return false }
        let w = t[k].text
        return w == "больше" || w == "меньше" || w == "выше" || w == "ниже" || w == "более" || w == "менее"
    }

    private static func isVerb(_ w: Word) -> Bool {
        w.hasPrefix("превыс") || w.hasPrefix("превыша") || w.hasPrefix("приблиз") || w.hasPrefix("приближ") || w == "не"
    }

    // MARK: Carrying a unit or scale from a parallel figure

    /// "US$50 billion (Zz 700 trillion)": a short capitalized word right before the amount that is
    /// no common word is a currency sign the lexicon does not know; the amount takes no currency
    /// from a figure near it.
    private static func unknownSign(_ t: [Token], before start: Int) -> Bool {
        guard start > 0, case let w = t[start - 1], w.kind == .word, w.capitalized, w.text.byteCount <= 3,
            w.text.unicodeScalars.allSatisfy(\.isASCII)
        else { return false }
        return !Self.shortWords.contains(w.text)
    }

    private static let shortWords: Set<Word> = [
        "a", "an", "as", "at", "by", "in", "is", "it", "of", "on", "or", "to", "up", "we", "and", "are", "but", "for", "its", "the",
        "was", "has", "had", "all", "nor", "yet", "so", "us", "eu", "un",
    ]

    /// "до 30 млрд долл. с промежуточным результатом до 20 млрд": the second figure is in dollars too.
    /// A bare number ("импорт — 3,2") takes both scale and unit from the figure just before it.
    /// "5 млрд товарооборота, … достиг $13 млрд": with no figure before it, a scaled amount
    /// takes the currency of the money figure after it. "…более $26 млрд. Из них около 4 млрд…":
    /// a scaled amount named as a part ("из них", "в том числе") of the previous sentence's money
    /// figure takes its currency.
    private func carryUnits(_ t: [Token], _ pending: inout [Pending], previousMoney: FigureDraft?) {
        for k in pending.indices where !pending[k].hasUnit {
            var d = pending[k].draft
            let from: FigureDraft
            if !pending[k].bare {
                guard d.scale != nil, !Self.countsSomethingElse(t, after: d.end), !Self.unknownSign(t, before: d.start) else { continue }
                let donor =
                    pending[..<k].lastIndex { $0.hasUnit && $0.draft.unitKind == .money }
                    ?? pending[..<k].lastIndex { $0.hasUnit && $0.draft.unitKind == .count && $0.draft.scale != nil }
                    ?? pending[(k + 1)...].firstIndex { $0.hasUnit && $0.draft.unitKind == .money }
                if let donor {
                    from = pending[donor].draft
                } else if let previousMoney, !pending[..<k].contains(where: \.hasUnit), partMarker(t, from: 0, to: d.start) {
                    from = previousMoney
                } else {
                    continue
                }
            } else {
                guard let donor = pending[..<k].lastIndex(where: { $0.hasUnit }) else { continue }
                from = pending[donor].draft
                let closeEnough = d.coreStart - from.end <= 8
                let endsClause = d.coreEnd >= t.count || t[d.coreEnd].kind == .symbol
                guard closeEnough, endsClause, !pending[k].yearLike, abs(pending[k].number) < 1000 else { continue }
                if from.unitKind == .percent || (from.unitKind == .count && from.scale == nil) {
                    // nothing to scale: "7,5 % и 8", "298 инвестпроектов, а … еще 326"
                } else if let scale = from.scale {
                    if d.qualifier == .range {
                        d.low = d.low.map { $0 * scale }
                        d.high = d.high.map { $0 * scale }
                    } else {
                        d.value = d.value.map { $0 * scale }
                        d.roundingHalf *= scale
                    }
                    d.scale = scale
                } else {
                    continue
                }
            }
            d.unit = from.unit
            d.unitKind = from.unitKind
            pending[k].draft = d
            pending[k].hasUnit = true
        }
    }
}
