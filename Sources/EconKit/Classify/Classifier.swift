/// Decides which series each figure of an article belongs to — or sends it to review with the reason.
///
/// For each figure it reads, in its sentence:
/// 1. the **indicator**: the counted noun itself (`projects`, `agreements`), else the nearest
///    indicator word before the figure (the longest pattern ending there: "прямых инвестиций" is
///    direct investment), else after it, else the indicator of the whole it is part of;
/// 2. the **areas**, from the gazetteer, each with its part: origin ("из России", "российские
///    инвестиции"), destination ("в Казахстан", "в экономику Узбекистана"), partner ("с Китаем"),
///    pair ("между Россией и Киргизией", "российско-казахстанских"). A sentence that names too few
///    takes them from the nearest preceding sentence that names any, then from the title — but one
///    area named without a part ("экспорт Казахстана") is a total, never completed from context;
/// 3. **stock or flow** (a whole with parts, an as-of figure or a stock cue make a stock; a period in
///    the text or a flow cue make a flow), and growth or a share for a percentage.
///
/// A user's series rules (matched by indicator, unit and areas) are tried first; then the family's
/// code template makes the code (``SeriesFamily``), and a series the rules name keeps its metadata.
/// Too few or too many areas, no part for a directional figure, or a period the family has no
/// series for: review, with the reason. A wrong series is worse than review.
///
/// Immutable once built, and a class: a batch shares one, and the per-sentence readers that ask it
/// for areas and indicators hold a reference instead of copying its forty-odd pattern lists.
public final class Classifier: Sendable {
    public let rules: ClassificationRules
    public let gazetteer: Gazetteer
    private let indicatorPatterns: [(String, WordPattern)]
    private let ruleAreaPatterns: [(String, WordPattern)]
    private let stockCues: [WordPattern]
    private let flowCues: [WordPattern]
    /// Groups of three or more members, the largest first: naming every member names the group.
    private let groups: [(code: String, members: Set<String>)]
    private let growthCues: [WordPattern]
    private let declineCues: [WordPattern]
    private let shareCues: [WordPattern]
    private let shareOfTotalCues: [WordPattern]
    private let targetCues: [WordPattern]
    private let lossCues: [WordPattern]
    private let additionCues: [WordPattern]
    private let aidCues: [WordPattern]
    private let revenueCues: [WordPattern]
    private let worldCues: [WordPattern]
    private let habitualCues: [WordPattern]
    private let previousPeriodCues: [WordPattern]
    private let narrowingCues: [WordPattern]
    private let rankCues: [WordPattern]
    private let yearOnYearCues: [WordPattern]
    private let goalNouns: [WordPattern]
    private let fundNouns: [WordPattern]
    private let capitalCues: [WordPattern]
    private let disbursedCues: [WordPattern]
    private let volumeCues: [WordPattern]
    private let regionCues: [WordPattern]
    private let pendingCues: [WordPattern]
    private let pairCues: [WordPattern]
    /// Pair cues that point back at two countries named before ("двух стран", "между странами").
    private let pairAnaphora: [WordPattern]
    private let totalCues: [WordPattern]
    private let productCues: [WordPattern]
    private let familyCues: [[WordPattern]]
    private let roleReader: RoleReader

    /// A classifier over `rules` and the bundled gazetteer.
    public convenience init(rules: ClassificationRules) throws {
        self.init(rules: rules, gazetteer: try Gazetteer.bundled())
    }

    public init(rules: ClassificationRules, gazetteer: Gazetteer) {
        self.rules = rules
        var gazetteer = gazetteer
        for area in rules.areas { gazetteer.addAreaIfMissing(area.code) }
        for rule in rules.series {
            gazetteer.addAreaIfMissing(rule.area)
            gazetteer.addAreaIfMissing(rule.counterpart)
        }
        self.gazetteer = gazetteer
        groups = gazetteer.areas.filter { $0.kind == .group && $0.members.count >= 3 }.sorted { $0.members.count > $1.members.count }
            .map { ($0.code, Set($0.members)) }
        ruleAreaPatterns = rules.areas.flatMap { area in area.patterns.map { (area.code, WordPattern($0)) } }
        indicatorPatterns = rules.indicators.flatMap { indicator in indicator.patterns.map { (indicator.name, WordPattern($0)) } }
        stockCues = rules.stockCues.map(WordPattern.init)
        flowCues = rules.flowCues.map(WordPattern.init)
        growthCues = rules.growthCues.map(WordPattern.init)
        declineCues = rules.declineCues.map(WordPattern.init)
        shareCues = rules.shareCues.map(WordPattern.init)
        shareOfTotalCues = rules.shareOfTotalCues.map(WordPattern.init)
        targetCues = rules.targetCues.map(WordPattern.init)
        lossCues = rules.lossCues.map(WordPattern.init)
        additionCues = rules.additionCues.map(WordPattern.init)
        aidCues = rules.aidCues.map(WordPattern.init)
        revenueCues = rules.revenueCues.map(WordPattern.init)
        worldCues = rules.worldCues.map(WordPattern.init)
        habitualCues = rules.habitualCues.map(WordPattern.init)
        previousPeriodCues = rules.previousPeriodCues.map(WordPattern.init)
        narrowingCues = rules.narrowingCues.map(WordPattern.init)
        rankCues = rules.rankCues.map(WordPattern.init)
        yearOnYearCues = rules.yearOnYearCues.map(WordPattern.init)
        goalNouns = rules.goalNouns.map(WordPattern.init)
        fundNouns = rules.fundNouns.map(WordPattern.init)
        capitalCues = rules.capitalCues.map(WordPattern.init)
        disbursedCues = rules.disbursedCues.map(WordPattern.init)
        volumeCues = rules.volumeCues.map(WordPattern.init)
        regionCues = rules.regionCues.map(WordPattern.init)
        pendingCues = rules.pendingCues.map(WordPattern.init)
        pairCues = rules.pairCues.map(WordPattern.init)
        pairAnaphora = pairCues.filter { cue in ["стран", "государств", "countr", "states"].contains { cue.text.contains($0) } }
        totalCues = rules.totalCues.map(WordPattern.init)
        productCues = rules.productCues.map(WordPattern.init)
        familyCues = rules.families.map { ($0.cues ?? []).map(WordPattern.init) }
        roleReader = RoleReader(
            targetPrepositions: Self.wholeWords(rules.targetPrepositions), sourcePrepositions: Self.wholeWords(rules.sourcePrepositions),
            nouns: rules.targetNouns.map(WordPattern.init), sourceOfDataCues: rules.sourceOfDataCues.map(WordPattern.init),
            sourceOfDataNouns: rules.sourceOfDataNouns.map(WordPattern.init), speakerCues: rules.speakerCues.map(WordPattern.init),
            groupCodes: Set(gazetteer.areas.filter { $0.kind == .group }.map(\.code)))
    }

    /// Where a figure goes.
    public enum Decision: Sendable, Equatable {
        case series(String)
        /// No rule fits, or several fit equally: a person decides (`econ review`).
        case review(reason: String)
        /// The same amount told again (`same_as`): in another currency or by another source in
        /// brackets, or rounded in a headline. Only the figure it restates is stored (or reviewed).
        case restatement(of: Int)
    }

    /// A decision with what it needs and how it was reached.
    public struct Placement: Sendable {
        public var decision: Decision
        /// The series to create when the store lacks them, a flow before the stock that accumulates it.
        public var newSeries: [Series] = []
        /// A fall stated in percent ("снизился на 5 %"): stored as negative growth.
        public var negated = false
        /// The period to store when it is not the figure's own: January to December is the year.
        public var period: Period?
        /// The indicator the figure was read as measuring, when one was found.
        public var indicator: String?
        /// Each step, for `econ rules --explain`.
        public var trace: [String] = []
    }

    /// One decision per figure of `extraction`; `text` is the whole document, `title` its title.
    public func classify(_ extraction: Extraction, text: String, title: String? = nil, published: PublicationTime? = nil) -> [Decision] {
        place(extraction, text: text, title: title, published: published).map(\.decision)
    }

    /// One placement per figure of `extraction`, with the series to create and the reasons.
    ///
    /// `published` tells a year still under way (its figures go to the year-to-date series).
    public func place(_ extraction: Extraction, text: String, title: String? = nil, published: PublicationTime? = nil) -> [Placement] {
        let context = ContextReader(text: text, sentences: extraction.sentences, title: title)
        var indicators: [String?] = []
        var placements: [Placement] = []
        // Figures that have parts, found once (asked per figure, it made a long article quadratic).
        let wholes = Set(extraction.figures.compactMap(\.partOf))
        let sentenceIndex = Dictionary(extraction.sentences.enumerated().map { ($1.lowerBound, $0) }, uniquingKeysWith: { a, _ in a })
        // What the figure before was read as (growth, a share), placed or not.
        var previousRead: FamilySeries.Derived?
        // Headline figures that restate a body figure, as read on their own.
        var headlines: [Int: Decision] = [:]
        for (i, figure) in extraction.figures.enumerated() {
            var trace: [String] = []
            var read: FamilySeries.Derived?
            defer { previousRead = read }
            // "2,1 трлн тенге ($6,1 млрд)" in a headline that the body restates: the conversion
            // restates the figure the tenge restate, the one that is stored.
            if let first = figure.sameAs {
                var main = first
                var seen: Set<Int> = [i]
                while let next = extraction.figures.indices.contains(main) ? extraction.figures[main].sameAs : nil,
                    seen.insert(main).inserted
                {
                    main = next
                }
                indicators.append(nil)
                placements.append(Placement(decision: .restatement(of: main), trace: ["restates figure #\(main)"]))
                // A headline's figure is read on its own too, to see that it says what the body says.
                if extraction.figures.indices.contains(main), extraction.figures[main].sentenceStart != figure.sentenceStart {
                    var unused: FamilySeries.Derived?
                    headlines[i] =
                        place(
                            figure, hasParts: false, context: context, wholeIndicator: nil, following: nil, earlier: Earlier(),
                            published: published, read: &unused, trace: &trace
                        ).1.decision
                }
                continue
            }
            let whole = figure.partOf.flatMap { $0 < indicators.count ? indicators[$0] : nil }
            // The figure right before, when it stands in the same sentence; the figures before it in
            // its sentence are the ones right before it.
            let previous = i > 0 && extraction.figures[i - 1].sentenceStart == figure.sentenceStart ? extraction.figures[i - 1] : nil
            let earlier = Earlier(
                inSentence: previous, indicator: indicators.last { $0 != nil } ?? nil,
                inReview: previous != nil && placements.last.map { if case .review = $0.decision { true } else { false } } == true,
                sameUnit: extraction.figures[..<i].reversed().prefix { $0.sentenceStart == figure.sentenceStart }.contains {
                    $0.unit == figure.unit
                },
                growth: previous != nil && previousRead == .growth,
                inSentenceBefore: i > 0
                    && sentenceIndex[extraction.figures[i - 1].sentenceStart].map { $0 + 1 } == sentenceIndex[figure.sentenceStart],
                whole: figure.partOf.flatMap { extraction.figures.indices.contains($0) ? extraction.figures[$0] : nil })
            let (indicator, placement) = place(
                figure, hasParts: wholes.contains(i), context: context, wholeIndicator: whole,
                following: i + 1 < extraction.figures.count ? extraction.figures[i + 1] : nil, earlier: earlier,
                published: published,
                read: &read,
                trace: &trace)
            indicators.append(indicator)
            var result = placement
            result.trace = trace + result.trace
            result.indicator = indicator
            placements.append(result)
        }
        // "Экспорт из Грузии в Россию вырос на 38 %" over "экспорт из России в Грузию вырос на 38,3 %":
        // a headline whose own reading names other areas than the body's figure it rounds contradicts
        // it, and neither is sure.
        for (i, own) in headlines {
            guard case .restatement(let main) = placements[i].decision, case .series(let headline) = own,
                case .series(let body) = placements[main].decision,
                headline.prefix(while: { $0 != "." }) != body.prefix(while: { $0 != "." })
            else { continue }
            let why = review("the headline (\(headline)) and the text (\(body)) say different things").decision
            placements[i].decision = why
            placements[main].decision = why
            placements[main].newSeries = []
        }
        settleClashesWithinSentences(extraction.figures, context: context, &placements)
        return placements
    }

    /// The values a figure allows, rounding included: "exceeded $100 billion" and "$108.3 billion"
    /// agree, "$16 Bln" and "$16.04 billion" too; `nil` when it has no value.
    static func bounds(_ figure: ExtractedFigure) -> ClosedRange<Double>? {
        let v = figure.value ?? figure.low ?? figure.high
        guard let v, v.isFinite else { return nil }
        let magnitude = Swift.abs(v)
        switch figure.qualifier {
        case .exact: return (v - magnitude * 0.02)...(v + magnitude * 0.02)
        case .approx: return (v - magnitude * 0.1)...(v + magnitude * 0.1)
        case .moreThan, .atLeast: return (figure.low ?? v)...Double.greatestFiniteMagnitude
        case .lessThan, .atMost: return -Double.greatestFiniteMagnitude...(figure.high ?? v)
        case .range:
            guard let low = figure.low, let high = figure.high, low <= high else { return nil }
            return low...high
        }
    }

    /// "Australia's two way trade with Indonesia was valued at $14.9b, where $11.2b was in goods":
    /// two figures of one sentence placed in the same series for the same period with values that
    /// cannot both hold are a whole and its part, or a level and the one it is compared with whose
    /// period was misread. The one said after "from", "с", "против" … goes to review (the value
    /// compared with); else the later one (a part told after its whole).
    private func settleClashesWithinSentences(_ figures: [ExtractedFigure], context: ContextReader, _ placements: inout [Placement]) {
        /// Whether the word right before the figure says it is the value compared with.
        func compared(_ figure: ExtractedFigure) -> Bool {
            let view = context.sentence(of: figure)
            return view.words(from: 0, to: view.start).words.last.map { Self.comparedWith.contains($0.text) } ?? false
        }
        var first: [String: Int] = [:]
        var demoted: [Int: Int] = [:]
        for (i, figure) in figures.enumerated() {
            guard case .series(let code) = placements[i].decision, let period = figure.period else { continue }
            let key = "\(figure.sentenceStart) \(code) \(period.description)"
            guard let j = first[key] else {
                first[key] = i
                continue
            }
            guard let a = Self.bounds(figures[j]), let b = Self.bounds(figure), a.upperBound < b.lowerBound || b.upperBound < a.lowerBound
            else { continue }
            if compared(figures[j]) && !compared(figure) {
                demoted[j] = i
                first[key] = i
            } else {
                demoted[i] = j
            }
        }
        for (i, other) in demoted {
            guard case .series(let code) = placements[i].decision else { continue }
            placements[i].decision = .review(
                reason:
                    "\(code) for the same period as «\(figures[other].surface)» in its sentence, with another value: a part of it, or the value it is compared with?"
            )
            placements[i].newSeries = []
        }
    }
    /// Words that begin a figure's parts told after it: "including", "of which", "в том числе", "из них".
    private static let partMarkers = ["=including", "=of =which", "most of it", "в том числе", "=из =них", "=из =которых"].map(
        WordPattern.init)
    private static let toWords: Set<[Unicode.Scalar]> = Set(["to", "до"].map { Array($0.unicodeScalars) })
    private static let worthWords: Set<[Unicode.Scalar]> = Set(["worth"].map { Array($0.unicodeScalars) })
    private static let comparedWith: Set<[Unicode.Scalar]> = Set(
        ["from", "с", "со", "против", "versus", "vs", "against"].map { Array($0.unicodeScalars) })

    /// The series an annotation belongs to: that of the nearest placed figure before it (for a
    /// stock that accumulates a flow, the flow), when the annotation's period fits it.
    public func series(for annotation: ExtractedAnnotation, figures: [ExtractedFigure], placements: [Placement]) -> String? {
        guard let period = annotation.period else { return nil }
        for (figure, placement) in zip(figures, placements).reversed() where figure.start < annotation.start {
            guard case .series(let code) = placement.decision, let series = placement.newSeries.last(where: { $0.code == code }) else {
                continue
            }
            let target = series.accumulates.flatMap { flow in placement.newSeries.first { $0.code == flow } } ?? series
            return period.fits(target.frequency) ? target.code : nil
        }
        return nil
    }

    /// Prepositions are whole words, lower-cased: "=to" (the cue lists' mark of a whole word) is "to".
    private static func wholeWords(_ words: [String]) -> Set<[Unicode.Scalar]> {
        Set(words.map { word in SentenceWords.foldedScalars(word.hasPrefix("=") ? String(word.dropFirst()) : word) })
    }

    // MARK: One figure

    private func review(_ reason: String) -> Placement { Placement(decision: .review(reason: reason)) }

    /// What came before a figure in the article, as far as placing it needs.
    private struct Earlier {
        /// The figure right before it, when it stands in the same sentence.
        var inSentence: ExtractedFigure?
        /// The indicator of the last figure before it that had one.
        var indicator: String?
        /// The figure right before it in its sentence went to review.
        var inReview = false
        /// A figure before it in its sentence has its unit.
        var sameUnit = false
        /// The figure right before it in its sentence was read as growth (placed or not).
        var growth = false
        /// The figure right before it stands in the sentence right before its own.
        var inSentenceBefore = false
        /// The figure it is a part of ("более $26 млрд, из них $4 млрд в 2024 году").
        var whole: ExtractedFigure?
    }

    private func place(
        _ figure: ExtractedFigure, hasParts: Bool, context: ContextReader, wholeIndicator: String?, following: ExtractedFigure?,
        earlier: Earlier, published: PublicationTime?,
        read: inout FamilySeries.Derived?,
        trace: inout [String]
    ) -> (String?, Placement) {
        if figure.isTarget {
            return (nil, review("a goal or forecast, not a figure reached (assign it by hand to keep it)"))
        }
        let view = context.sentence(of: figure)
        let sentence = view.words
        let position = view.start
        let endPosition = view.end
        // "более 90 % монгольского экспорта", "36 % от всех прямых инвестиций": a percentage of
        // the indicator named after it is a share of that indicator — unless it restates a figure
        // before it as a share ("$105 млрд, что превышает 40 % от общей суммы инвестиций").
        let whole = figure.unit == "percent" ? wholeAfter(view) : nil
        let shareOfNamedWhole = whole.map { $0.adjacent || earlier.inSentence == nil } ?? false
        let shareOfTotal = whole?.cued ?? false
        // "about 40% increase of Indian exports": what a change's noun after the figure says changed.
        let change = figure.unit == "percent" ? changeNamedAfter(view) : nil
        let changed: IndicatorWord? = if case .indicator(let word)? = change { word } else { nil }
        // Brackets closed before the figure, and those of them that explain an indicator's word before
        // them ("во внешнем обороте Украины (экспорт и импорт …)"), read once for the indicator and a
        // percentage's share scope.
        let closed = view.bracketsClosedBefore
        let hits = indicatorHits(ofSentenceOf: figure, context)
        let explained = explanatoryBrackets(closed, view: view, hits: hits)
        let nearest = shareOfNamedWhole ? whole?.word : changed ?? nearestIndicator(view, hits: hits, explained: explained)
        let found = readIndicator(
            figure, view: view, nearest: nearest, wholeIndicator: wholeIndicator, previousIndicator: earlier.indicator,
            previousInSentenceBefore: earlier.inSentenceBefore, context: context)
        guard let found else {
            return (
                nil, review("no indicator word near the figure (\(Set(rules.indicators.map(\.name)).sorted().joined(separator: ", ")))")
            )
        }
        if case .other(let cue)? = change {
            return (found.name, review("a change of something else than the flow («\(cue)» after the change's noun)"))
        }
        let indicator = found.name
        trace.append("indicator: \(indicator) (from \(found.why))")
        if shareOfNamedWhole, let goods = whole?.partGoods {
            return (indicator, review("a share of one group of goods («\(goods)»), not of all \(indicator)"))
        }

        // "Приток прямых инвестиций из КНР составил $109 млн … КНР инвестировала $220,8 млн": after a
        // figure of direct investment (the last figure before with an indicator), investment said in
        // general may be the same direct investment.
        // So after a title or a sentence right before on direct investment ("German direct investment
        // in China shrank … German investment in China fell to 10.31 billion euros").
        func directBefore() -> Bool {
            [context.titleWords, context.wordsOfSentence(before: figure.sentenceStart)].contains { words in
                words.map { indicatorHits($0).contains { $0.name == "direct_investment" } } ?? false
            }
        }
        if indicator == "investment", earlier.indicator == "direct_investment" || directBefore() {
            return (
                indicator,
                review(
                    "investment after direct investment (a figure of it, the title or the sentence before): direct investment again, or all of it?"
                )
            )
        }

        guard var period = figure.period else {
            return (indicator, review("no period: the text gives none and the document has no date (use --published)"))
        }
        // "Since 2010, Japan has invested $15 billion in Indonesia", "From 2015 to 2020, Chinese
        // investment in Ethiopia amounted to $4 billion", "с 2018 года вырос на 40% до $2,5 млрд": an
        // amount told since a year or over a span of years is a sum over those years (or a level
        // reached after them), not that year's.
        if figure.unit != "percent", case let scope = view.words(from: view.contrastStart(before: position), to: view.clauseEnd) {
            if let year = Self.sinceYear(in: scope), case .year(let y) = period.kind, y == year,
                !scope.words.contains(where: { Self.whenWords.contains($0.text) })
            {
                return (
                    indicator, review("an amount told since \(year): a sum over the years since or a level reached since, not \(year)'s")
                )
            }
            // Unless the figure names its own period after the span ("с 2006 по 2012 годы … увеличился в
            // 6 раз и по итогам прошлого года составил 223,3 млн").
            // Nor when it is the level reached at the span's end ("increased by 78 per cent to $91
            // billion", "вырос … до $2,5 млрд").
            let changedBefore = view.words(from: view.clauseStart, to: position)
            let reached =
                ((view.words(from: 0, to: position).words.last.map { Self.toWords.contains($0.text) } ?? false)
                    || (view.words(from: position, to: endPosition).words.first.map { Self.toWords.contains($0.text) } ?? false))
                && (growthCues.contains(where: { changedBefore.contains($0) })
                    || declineCues.contains(where: { changedBefore.contains($0) }))
            if !reached, let span = Self.yearSpan(in: scope, apart: 1), !Self.ownPeriodAfterSpan(scope, before: position) {
                return (indicator, review("an amount over «\(span)»: a sum over several years, not one year's"))
            }
        }
        // January to December is the year ("в январе-декабре 2020 года").
        var storedPeriod: Period?
        if case .monthSpan(let year, 1, let toYear, 12) = period.kind, year == toYear, let whole = Period(.year(year)) {
            period = whole
            storedPeriod = whole
        }
        // "Annual goods imports … 12.3 billion NZ dollars in the October 2018 year": a year's figure
        // told by the month it ends is no month's.
        if case .month = period.kind, view.words(from: 0, to: view.start).words.contains(where: { Self.annualWords.contains($0.text) }) {
            return (indicator, review("an annual figure told by the month its year ends (\(period)), not the month's"))
        }
        if let rival = nearest?.rival, rival != indicator {
            return (
                indicator,
                review("two indicators before the figure in its clause (\(indicator) and \(rival)): which one it measures is not clear")
            )
        }
        // Stock and flow cues up to the end of the figure's clause: "…, а к концу 2025 года этот объём
        // планируется удвоить" speaks of another figure.
        // "За последние 20 лет приток … превысил 6,3 млрд, в том числе около 210 млн в 2025 году": a
        // part with a period of its own, not its whole's, is not measured by the whole's words.
        // Not one said as of a date ("из них $3 млрд по состоянию на конец 2015 года" is a stock too).
        let ownPeriod =
            earlier.whole.map { figure.periodFromText && $0.period != figure.period } ?? false
            && !Self.asOf.contains { view.words(from: view.clauseStart, to: view.clauseEnd).contains($0) }
        let measure = measureHint(
            figure, hasParts: hasParts, sentence: view.words(from: ownPeriod ? view.clauseStart : 0, to: view.clauseEnd))
        trace.append("measure: \(measure.map(\.rawValue) ?? "not stated") for period \(period)")

        var inSentence = context.roles(inSentenceOf: figure, classifier: self)
        // "Kazakhstan's exports fell 6% to $78 billion in 2023, including $15 billion to China": areas
        // named after a word that begins the figure's parts are the parts'.
        let restOfSentence = view.words(from: endPosition, to: view.scalars.count)
        // After a comma: "16 миллиардов из них – экспорт" is itself the part of the figure before.
        if let marker = Self.partMarkers.flatMap({ restOfSentence.matches($0) }).filter({ offset in
            view.scalars[..<offset].last(where: { !$0.properties.isWhitespace }) == ","
        }).min() {
            inSentence.removeAll { $0.place == "sentence" && $0.mention.start >= marker }
        }
        trace.append("areas in the sentence: " + Self.describe(inSentence))
        // "товарооборот составил $20 млрд, Россия ввезла в Китай товаров на $10 млрд": the figure's
        // clause has areas of its own but not the indicator word, which belongs to another clause.
        // "…, which is 14.6% of the total volume of Ukrainian foreign trade": areas after a share of a
        // total name the whole, whose part the figure before is.
        let ownClause = inSentence.filter { $0.mention.start >= view.clauseStart && $0.mention.end <= view.clauseEnd }
        let namesTheWhole = figure.unit == "percent" && shareOfTotal && ownClause.allSatisfy { $0.mention.start >= endPosition }
        if let nearest, let start = nearest.start, let end = nearest.end, end <= view.clauseStart,
            !view.clauseGoesOnAnEnumeration(inSentence), !ownClause.isEmpty, !namesTheWhole
        {
            guard let parallel = Self.parallelClause(inSentence, view: view, indicatorAt: start, to: end) else {
                return (indicator, review("its clause names areas of its own but no indicator word (\(indicator) is in the clause before)"))
            }
            trace.append("a clause parallel to the indicator's: " + Self.describe(parallel))
            inSentence = parallel
        }

        // "поставки индийских товаров в РФ": supplies named by their goods' origin, not "из Индии",
        // are as often the receiver's imports in its own statistics as the sender's exports.
        if let start = nearest?.start, let i = sentence.wordIndex(at: start), sentence.words[i].text.starts(with: Self.supplies),
            !inSentence.contains(where: { $0.role == .origin && $0.wordIndex > 0 && sentence.words[$0.wordIndex - 1].text == Self.from })
        {
            return (indicator, review("supplies with no «из»: the sender's exports, or the receiver's imports?"))
        }
        // "the third largest exporter to Korea after China (US$76.93 billion)": a rank among the
        // exporters to (or suppliers of) a country is as often its imports in its own statistics.
        if let start = nearest?.start, let i = sentence.wordIndex(at: start), Self.traderNouns.contains(sentence.words[i].text) {
            return (
                indicator,
                review(
                    "«\(String(String.UnicodeScalarView(sentence.words[i].original)))»: a trader's rank, the sender's exports or the receiver's imports?"
                )
            )
        }
        // "exports to countries other than the United States": an area named as excluded.
        if let excluded = inSentence.first(where: { m in
            guard m.place == "sentence", sentence.words.indices.contains(m.wordIndex) else { return false }
            // Past "the": "other than the United States".
            var k = m.wordIndex
            if k > 0, sentence.words[k - 1].text == Self.the { k -= 1 }
            return Self.exclusions.contains { phrase in
                k >= phrase.count && zip(sentence.words[(k - phrase.count)..<k], phrase).allSatisfy { $0.text == $1 }
            }
        }) {
            return (indicator, review("\(excluded.area) named as left out («other than», «кроме»): the rest of the partners"))
        }
        // "In Georgia China mainly exports computing machines. Their imports … made up 14 million
        // USD": a flow of "their", in a sentence that names no area, may be of goods as well as of
        // the countries before.
        if isFlow(indicator), inSentence.isEmpty, let start = nearest?.start,
            let i = sentence.wordIndex(at: start), i > 0, Self.theirs.contains(sentence.words[i - 1].text)
        {
            return (
                indicator,
                review(
                    "«\(String(String.UnicodeScalarView(sentence.words[i - 1].original))) \(indicator)»: of the goods or of the countries before?"
                )
            )
        }
        // "22 projects worth $4.3 billion, signed following the visit": projects are not signed,
        // agreements on them are — the package's, or the projects'?
        if indicator == "projects",
            view.words(from: endPosition, to: view.scalars.count).words.prefix(8).contains(where: { w in
                Self.signed.contains { $0.matches(w) }
            })
        {
            return (indicator, review("projects said to be signed: the agreements on them, or the projects?"))
        }
        if let legacy = legacyRule(figure, indicator: indicator, period: period, measure: measure, sentence: inSentence, context: context) {
            trace.append("user rule: \(legacy.code)")
            return (indicator, Placement(decision: .series(legacy.code), newSeries: seriesChain(legacy.code)))
        }

        // "Товарооборот Туркестанской области с Узбекистаном": one region's figure, for which there is
        // no series (a region named by a capitalized adjective before "области", "края" …; "в области
        // энергетики" is a field, not a region).
        let regionScope =
            regionCues.contains(where: { sentence.contains($0) })
            ? view.words(from: min(view.clauseStart, nearest?.start ?? view.clauseStart), to: view.clauseEnd) : SentenceWords(words: [])
        if let name = regionNamed(in: regionScope) {
            return (indicator, review("one region's figure («\(name)»), not a country's"))
        }
        // "инвестиции Китайской национальной машиностроительной корпорации составили $1,7 млрд": an
        // area's adjective capitalized inside the sentence begins a name — one company's or fund's
        // figure, not the country's.
        let nameScopeStart = min(view.clauseStart, nearest?.start ?? view.clauseStart)
        if let named = inSentence.first(where: { m in
            guard m.mention.kind == .adjective, m.place == "sentence", m.wordIndex > 0, m.mention.start >= nameScopeStart,
                m.mention.end <= position, sentence.words.indices.contains(m.wordIndex)
            else { return false }
            func titleCase(_ word: SentenceWords.Word) -> Bool {
                word.original.first?.properties.isUppercase == true && word.original.dropFirst().first?.properties.isLowercase == true
            }
            let word = sentence.words[m.wordIndex]
            guard titleCase(word), let first = word.original.first else { return false }
            // English capitalizes every area adjective: there a name is a run of capitalized words
            // after it ("the Russian Direct Investment Fund"), not the adjective alone.
            guard first.isASCII else { return true }
            let next = sentence.words.dropFirst(m.wordIndex + 1).prefix(2)
            return next.count == 2 && next.allSatisfy(titleCase)
        }) {
            let name = String(String.UnicodeScalarView(sentence.words[named.wordIndex].original))
            return (indicator, review("an organization's figure («\(name) …» begins a name), not the country's"))
        }
        // "экспорт зерна", "импорт сельхозпродукции": one group of goods, not the indicator's whole;
        // also named between the indicator and the figure ("экспортировано 51 тыс. тонн нефти на
        // сумму $24 млн"). Agreements and projects in some industries are still all the agreements
        // or projects counted ("соглашений … проектов в текстильной, фармацевтической отраслях").
        if let end = nearest?.end, ["trade", "investment"].contains(Self.kind(indicator)) {
            let following = SentenceWords(words: Array(view.words(from: end, to: view.scalars.count).words.prefix(3)))
            let between = end <= view.start ? view.words(from: end, to: view.start) : SentenceWords(words: [])
            // "экспорт таджикской продукции": a country's goods, all of them, not one group.
            let countrysGoods = Set(inSentence.filter { $0.mention.kind == .adjective && $0.role == .origin }.map(\.mention.end))
            /// A Cyrillic word right after the goods word, with no break between, that is no
            /// preposition nor verb of the figure: the goods' kind ("продукции машиностроения").
            func namesAGroupAfter(_ i: Int) -> Bool {
                guard i + 1 < sentence.words.count, sentence.words[i].next == " ", case let next = sentence.words[i + 1],
                    let first = next.text.first, !first.isASCII, next.text.count > 2
                else { return false }
                let verb = SentenceWords(words: [next])
                return roleReader.prepositionRole(next.text) == nil && !growthCues.contains(where: { verb.contains($0) })
                    && !declineCues.contains(where: { verb.contains($0) }) && !Self.levelVerbs.contains(where: { verb.contains($0) })
            }
            func names(_ cue: WordPattern, _ words: SentenceWords) -> Bool {
                words.matches(cue).contains { offset in
                    // A country's goods in general ("таджикской продукции"), not a named group of
                    // them ("российских продуктов питания").
                    guard cue.parts.count == 1, let i = sentence.wordIndex(at: offset), i > 0 else { return true }
                    // "exports of goods and services", "товаров и услуг": the whole, goods with services.
                    if i >= 2, RoleReader.and.contains(sentence.words[i - 1].text),
                        Self.goodsInGeneral.contains(where: { sentence.words[i - 2].text.starts(with: $0) })
                    {
                        return false
                    }
                    // "trade in all categories", "во всех секторах": every kind, not one.
                    if Self.allWords.contains(sentence.words[i - 1].text) { return false }
                    // Only goods in general ("таджикской продукции"): "украинской агропродукции" is one
                    // group, and so is a noun after the goods ("белорусской продукции машиностроения").
                    return
                        !(countrysGoods.contains(sentence.words[i - 1].end)
                        && Self.goodsInGeneral.contains { sentence.words[i].text.starts(with: $0) }
                        && !namesAGroupAfter(i))
                }
            }
            // "Textiles exports to the US", "a major item of India's exports": named in the five words
            // before the indicator's word too, in its clause, or as the sentence's first words ("Iron &
            // Steel products which account for 5.3 percent of India's exports … fell").
            // Tied to the goods: right before the flow's word, or before "of", "and", "&", "products"
            // ("Oil-rich Kazakhstan", "Condoleezza Rice said", "uranium producer" are none).
            let preceding: SentenceWords = {
                guard let start = nearest?.start else { return SentenceWords(words: []) }
                let clauseStart = view.clause(around: start, to: end).start
                let opening = Array(view.words(from: 0, to: start).words.prefix(3))
                let window = Array(view.words(from: clauseStart, to: start).words.suffix(5))
                func tied(_ words: [SentenceWords.Word], last: Bool) -> [SentenceWords.Word] {
                    words.indices.filter { (i: Int) -> Bool in
                        (last && i + 1 == words.count) || (i + 1 < words.count && Self.goodsTies.contains(words[i + 1].text))
                    }.map { words[$0] }
                }
                return SentenceWords(words: tied(opening, last: false) + tied(window, last: true))
            }()
            // "imported $3.1 billion worth of fertilizers", "exported $1.2 billion of beef": goods right
            // after the figure, past "worth of" or "of".
            let goodsAfter: SentenceWords = {
                var rest = view.words(from: view.end, to: view.clauseEnd).words[...]
                if rest.first.map({ Self.worthWords.contains($0.text) }) == true { rest = rest.dropFirst() }
                guard rest.first.map({ Self.fromOf.contains($0.text) }) == true else { return SentenceWords(words: []) }
                return SentenceWords(words: Array(rest.dropFirst().prefix(2)))
            }()
            if let cue = productCues.first(where: {
                names($0, following) || names($0, between) || names($0, preceding) || goodsAfter.contains($0)
            }) {
                return (indicator, review("one group of goods or services («\(cue.text)»), not all \(indicator)"))
            }
            // "Бразилия значительно уменьшила объем закупок российских удобрений в феврале. … объем
            // импорта составил 152,4 млн долларов": a flow whose sentence names no area goes on with
            // the goods the sentence before or the title tied to a flow.
            // (Trade turnover told plainly is the whole: "a record trade turnover was recorded between the
            // countries" after "the main supplier of fertilizers".)
            if isFlow(indicator), !inSentence.contains(where: { $0.place == "sentence" }),
                let cue = context.goodsOfAFlow(before: figure.sentenceStart, classifier: self)
            {
                return (indicator, review("the sentence before or the title speaks of one group of goods («\(cue)»), not all \(indicator)"))
            }
            // "Argentine sales to Brazil" are exports; "arms sales to India", "retail sales to consumers"
            // one kind: a word of "sales" or "shipments" counts only after an area or an owner's word.
            if let start = nearest?.start, let i = sentence.wordIndex(at: start),
                Self.salesWords.contains(sentence.words[i].text), i > 0,
                case let previous = sentence.words[i - 1],
                !inSentence.contains(where: { $0.place == "sentence" && $0.mention.end == previous.end }),
                !Self.salesOwners.contains(previous.text)
            {
                let words =
                    "\(String(String.UnicodeScalarView(previous.original))) \(String(String.UnicodeScalarView(sentence.words[i].original)))"
                return (indicator, review("«\(words)»: one kind of sales or goods, not all \(indicator)"))
            }
            // "China bought products worth $4.08 billion from Russia" is China's imports; "bought
            // shares", "bought Treasuries" are none: a purchase counts only when the seller is an area
            // named after it in its clause ("from Russia").
            if let start = nearest?.start, let i = sentence.wordIndex(at: start), Self.purchaseWords.contains(sentence.words[i].text),
                !inSentence.contains(where: { m in
                    m.place == "sentence" && m.role == .origin && m.mention.start > start && m.mention.end <= view.clauseEnd
                })
            {
                let word = String(String.UnicodeScalarView(sentence.words[i].original))
                return (indicator, review("«\(word)» with no area it is bought from: a purchase, not all \(indicator)"))
            }
        }
        // "43 403,2 тонны вина на сумму $120,2 млн", "43,4 тыс. тонн вина, что на 19,1 % меньше": the
        // value or the growth of a quantity of goods is one good's.
        if let previous = earlier.inSentence, Self.physicalUnits.contains(previous.unit), figure.start - previous.end <= 30 {
            return (indicator, review("the value or growth of a quantity («\(previous.surface)»): one good's, not all \(indicator)"))
        }
        // "ещё два проекта на 19 млн долларов": the value of a count that went to review goes with it.
        if let previous = earlier.inSentence, earlier.inReview, Self.countedUnits.contains(previous.unit),
            SeriesFamily.isMoney(figure.unit),
            figure.start - previous.end <= 25
        {
            return (indicator, review("the value of the \(previous.unit) before it («\(previous.surface)»), which went to review"))
        }
        // "достиг 1,759 млрд долларов (ненефтяная торговля)": a group named in brackets after the figure.
        let bracketed = view.bracketedWords(after: endPosition)
        if let cue = productCues.first(where: { bracketed.contains($0) }) {
            return (indicator, review("one group of goods or services («\(cue.text)» in brackets), not all \(indicator)"))
        }

        // The figure's clause: the words from the last break before it up to it.
        let clause = view.words(from: view.clauseStart, to: position)
        let before = view.words(from: 0, to: position)
        // "Ожидается, что … достигнет $12 млрд": a goal word anywhere before the figure — but not
        // across "…, а", "…, но", ";": "Задача в $1 млрд была достигнута, а в 2022 году оборот вырос на 19 %".
        let contrast = view.contrastStart(before: position)
        let goalScope = contrast == 0 ? before : view.words(from: contrast, to: position)
        // "Saudi Arabia announced $15 billion of investments in Egypt": a verb of telling right before
        // the amount tells a pledge ("announced that trade reached $5 billion" tells a level).
        if let last = before.words.last, Self.pledgeVerbs.contains(last.text) {
            return (
                indicator, review("a pledge («\(String(String.UnicodeScalarView(last.original)))» right before it), not a figure reached")
            )
        }
        // "In January-May 2018, … 38.6 percent": the month is no modal "may". The figure's own first
        // word counts too ("превысит $7 млрд", whose verb the extractor keeps as its qualifier).
        let ownFirst = SentenceWords(words: Array(view.words(from: position, to: endPosition).words.prefix(1)))
        if let cue = targetCues.first(where: { cue in
            (goalScope.contains(cue) && goalScope.matches(cue).contains { offset in !isMonth(goalScope, at: offset) })
                || (cue.parts.count == 1 && ownFirst.contains(cue))
        }) {
            return (indicator, review("a goal or forecast («\(cue.text)» before it), not a figure reached"))
        }
        // "Около 20 документов сейчас прорабатывается": documents not signed yet, whatever side of the
        // figure it is said (projects "прорабатываются" are a portfolio, and placed).
        if indicator == "agreements", case let wholeClause = view.words(from: view.clauseStart, to: view.clauseEnd),
            let cue = pendingCues.first(where: { wholeClause.contains($0) })
        {
            return (indicator, review("still being prepared («\(cue.text)»), not reached"))
        }
        // "торговля недосчиталась $2 млрд": a loss or a shortfall, not a level.
        if figure.unit != "percent", let cue = lossCues.first(where: { clause.contains($0) }) {
            return (indicator, review("a loss or shortfall («\(cue.text)» before it), not a level"))
        }
        // "Кроме того, ещё на $2 млн были закреплены договорённости": an addition to a figure before
        // (the cue right before the figure, or before "на" right before it).
        let lead = clause.words.suffix(2)
        let additionLead = SentenceWords(
            words: Array(
                lead.last.map { ["на", "в", "on"].contains(String(String.UnicodeScalarView($0.text))) } == true ? lead : lead.suffix(1)))
        if figure.unit != "percent", let cue = additionCues.first(where: { additionLead.contains($0) }) {
            return (indicator, review("an addition («\(cue.text)» before it) to a figure before, not a level"))
        }
        // "up 27.4% ($2.6 billion) from 2009", "a 38.2% increase ($4.3 billion)": an amount in brackets
        // right after a growth rate is the change in money, not a level.
        if figure.unit != "percent", earlier.growth, let previous = earlier.inSentence, previous.unit == "percent",
            let open = view.openingBracket, case let previousEnd = previous.end - figure.sentenceStart, (0...open).contains(previousEnd),
            case let between = view.words(from: previousEnd, to: open), between.words.count <= 1,
            between.words.isEmpty || growthCues.contains(where: { between.contains($0) })
                || declineCues.contains(where: { between.contains($0) })
        {
            return (indicator, review("a change in money («\(previous.surface)» right before the bracket), not a level"))
        }
        // "from CFA298 billion (about €454.3 million) in 2012", "832 million dinars, about ($1.2
        // billion)", "compared to 772 million in 2022 ($1.1 billion)": an amount alone in brackets right
        // after another amount (only a year, a currency's name or "about" between) restates that one.
        if figure.unit != "percent", let restated = restatedAmount(view, earlier: earlier.inSentence, sentenceStart: figure.sentenceStart) {
            return (indicator, review("restates the amount before the bracket («\(restated)»)"))
        }
        // "Cumulative Chinese investment … amounted to $1.53 billion, with major allocations in power
        // ($868.06m), textiles and apparel ($346.18m) …": an amount in brackets after a word that names
        // no area, in a list of two or more such, is one item of a breakdown of the whole before it.
        /// A word naming an item: no amount nor area, nor an indicator's, nor the unit of an amount
        /// right before it ("1,6 млрд долларов (+35,8 %)"; "($868.06m), textiles" is past a bracket).
        func namesAnItem(_ i: Int) -> Bool {
            let w = sentence.words[i]
            guard !w.text.contains(where: SentenceWords.isDigit), !inSentence.contains(where: { $0.mention.end == w.end }),
                !hits.contains(where: { $0.end == w.end })
            else { return false }
            guard let amount = sentence.words[max(0, i - 2)..<i].last(where: { $0.text.contains(where: SentenceWords.isDigit) }) else {
                return true
            }
            return view.scalars[amount.end..<w.start].contains(")")
        }
        if SeriesFamily.isMoney(figure.unit), earlier.inSentence != nil, let open = view.openingBracket,
            let i = sentence.words.lastIndex(where: { $0.end <= open }), namesAnItem(i),
            sentence.words.indices.filter({ view.amountInBrackets(after: sentence.words[$0].end) && namesAnItem($0) }).count >= 2
        {
            let item = sentence.words[i]
            let name = String(String.UnicodeScalarView(item.original))
            return (indicator, review("one item («\(name)») of a breakdown of the figure before it"))
        }
        // "объем предоставленной помощи через агентство TIKA для внедрения 350 проектов составил $33
        // млн": aid or a grant is neither investment nor joint projects.
        if let cue = aidCues.first(where: { clause.contains($0) }) {
            return (indicator, review("aid or a grant («\(cue.text)» before it), which no family takes"))
        }
        if let cue = revenueCues.first(where: { clause.contains($0) }) {
            return (indicator, review("a tax, revenue or profit («\(cue.text)» before it), which no family takes"))
        }
        // "фонд с капиталом в $500 млн": what a fund or a company holds, not the indicator's figure.
        if figure.unit != "percent", let cue = capitalCues.first(where: { clause.contains($0) }) {
            return (indicator, review("the capital of a fund or company («\(cue.text)» before it), not \(indicator)"))
        }
        // "the 16 million dollar fund will ensure credit … for investments", "a HUF 10 bln grant to
        // support Hungarian investments": the size of a fund, a grant or a loan named right after the amount.
        if figure.unit != "percent", let noun = view.words(from: endPosition, to: view.clauseEnd).words.first,
            case let word = SentenceWords(words: [noun]), fundNouns.contains(where: { word.contains($0) })
        {
            return (
                indicator,
                review("the size of a fund («\(String(String.UnicodeScalarView(noun.original)))» right after it), not \(indicator)")
            )
        }
        // "превысил $5 млрд, из которых освоено $2 млрд": a whole of which only a part was spent
        // is what was committed.
        if hasParts, figure.unit != "percent",
            let cue = disbursedCues.first(where: { view.words(from: endPosition, to: view.scalars.count).contains($0) })
        {
            return (indicator, review("committed, not reached: a part of it is said to be spent («\(cue.text)» after it)"))
        }
        // "достижение объёма торговли в $10 млрд к 2030 году": a period that begins after the text
        // was written is a goal or forecast, whatever words say so.
        if figure.periodFromText, let published, period.start.description > String(published.endText.prefix(10)) {
            return (
                indicator,
                review(
                    "its period (\(period)) begins after the text was published (\(published)): a goal or forecast, not a figure reached")
            )
        }
        // "to elevate their mutual trade volume to $1 billion by 2025": a deadline right after the
        // figure (past brackets restating it: "US$50 billion (Rp 700 trillion) by 2025"), whose year
        // is the figure's period, makes it a goal even when the text is undated.
        let afterFigure = view.pastBrackets(after: endPosition)
        let deadlineEnd = afterFigure > endPosition ? view.scalars.count : view.clauseEnd
        let deadline = SentenceWords(words: Array(view.words(from: afterFigure, to: deadlineEnd).words.prefix(2)))
        if Self.deadlines.contains(where: { deadline.contains($0) }), let year = deadline.words.last, year.isNumber,
            period.description == String(String.UnicodeScalarView(year.text))
        {
            let words = deadline.words.map { String(String.UnicodeScalarView($0.original)) }.joined(separator: " ")
            return (indicator, review("a goal («\(words)» right after it), not a figure reached"))
        }
        // "the ambitious $1 billion goal", "the coveted $1 billion benchmark".
        if let noun = deadline.words.first, case let word = SentenceWords(words: [noun]), goalNouns.contains(where: { word.contains($0) }) {
            return (indicator, review("a goal («\(String(String.UnicodeScalarView(noun.text)))» right after it), not a figure reached"))
        }
        let justBefore = before.words.last.map { String(String.UnicodeScalarView($0.text)) }
        let after = sentence.words.first { $0.start >= endPosition }.map { String(String.UnicodeScalarView($0.text)) } ?? ""
        let twoBefore = before.words.dropLast().last.map { String(String.UnicodeScalarView($0.text)) } ?? ""
        // "вырос на", "rose by": the figure is by how much.
        // "почти на 20 %": the qualifier's words are the figure's own, "на" among them.
        let ownWords = view.words(from: position, to: endPosition).words.prefix { !$0.isNumber }
        // "на 6,1 млн долларов или 3,4 процента больше": the same change told twice, "на" before the first.
        let byAgain: Bool = {
            // "на $1,2 млрд, или 15 % казахстанского экспорта" is a share of a whole named after it.
            guard let justBefore, Self.orWords.contains(justBefore), whole == nil else { return false }
            let window = before.words.dropLast().suffix(5)
            return window.indices.contains { k in
                k + 1 < window.endIndex && window[k + 1].isNumber && Self.byWords.contains(String(String.UnicodeScalarView(window[k].text)))
            }
        }()
        // "increased 6.1 billion NZ dollars since 2008 to 12.3 billion", "rose 242 million NZ dollars
        // to 1.2 billion": an amount right after a verb of change, with "to" and another amount after
        // it, is by how much.
        let changeThenLevel: Bool = {
            guard figure.unit != "percent", let last = before.words.last, case let verb = SentenceWords(words: [last]),
                growthCues.contains(where: { verb.contains($0) }) || declineCues.contains(where: { verb.contains($0) })
            else { return false }
            let rest = view.words(from: endPosition, to: view.clauseEnd).words.prefix(6)
            return rest.indices.contains { i in
                rest[i].text == Self.englishTo && i + 1 < rest.endIndex
                    && rest[rest.index(after: i)].text.contains(where: SentenceWords.isDigit)
            }
        }()
        let by =
            (justBefore.map { Self.byWords.contains($0) } ?? false) || byAgain || changeThenLevel
            || ownWords.contains { Self.byWords.contains(String(String.UnicodeScalarView($0.text))) }
        // "больше на 15 %", "на 15 % больше": a comparison with the period before.
        let next = view.words(from: endPosition, to: view.clauseEnd)
        // "$2 billion more than in 2023": a comparison too, in English after the figure.
        // "some 16 percent above the 2009 balance": a percentage above or below a period's level.
        // Only against the year before: the year itself or "last year", "the previous year" in the
        // next few words ("10 percent below the $5 billion target", "above the 2019 level" in 2023 are not).
        let aboveBelow: Bool? = {
            guard figure.unit == "percent", let up = Self.aboveBelow[after] else { return nil }
            let year = Int(period.start.description.prefix(4)).map { String($0 - 1) }
            let following = next.words.dropFirst().prefix(5).map { String(String.UnicodeScalarView($0.text)) }
            return following.contains { $0 == year || Self.yearBefore.contains($0) } ? up : nil
        }()
        // "approximately €50 million more in comparison to 2014", "higher compared with 2022".
        let comparedAfter = next.words.dropFirst().prefix(3).contains { w in
            w.text == Self.than || Self.comparisonWords.contains(w.text) || Self.comparisonStems.contains { w.text.starts(with: $0) }
        }
        let than = next.words.count >= 2 && comparedAfter ? Self.englishComparatives[after] : aboveBelow
        // "на 6,1 млн долларов или 3,4 процента больше": the comparative later in the clause.
        func laterComparative() -> Bool? {
            next.words.lazy.compactMap { Self.comparatives[String(String.UnicodeScalarView($0.text))] }.first
        }
        // "что выше уровня 2020 года на 32 %": the comparative a few words before "на", when those
        // words compare with a period ("ниже плана на 12 %" compares with a plan, not growth).
        func earlierComparative() -> Bool? {
            // Without the "на" before the figure, when it is not among the figure's own words ("почти на 35 %").
            let words =
                clause.words.last.map { Self.byWords.contains(String(String.UnicodeScalarView($0.text))) } == true
                ? clause.words.dropLast() : clause.words[...]
            let window = words.suffix(7)
            guard window.contains(where: { w in Self.periodComparands.contains { w.text.starts(with: $0) } || w.isNumber }) else {
                return nil
            }
            return window.reversed().lazy.compactMap { Self.comparatives[String(String.UnicodeScalarView($0.text))] }.first
        }
        // "почти на 24 процента меньше": "на" among the figure's own words counts as before it.
        let comparative =
            (justBefore == "на" || by
                ? Self.comparatives[after] ?? Self.comparatives[twoBefore] ?? laterComparative() ?? earlierComparative() : nil) ?? than
        // "На 33 % вырос товарооборот": the verb right after the figure.
        // "17 % роста": for a percentage, the noun right after it too.
        // "свыше 7 % был рост": a copula between.
        // "a 21% y/y increase", "a 5% year-on-year rise": past the words that say against when.
        let afterYearOnYear = next.words.drop { Self.yearOnYear.contains($0.text) }
        let verbAfter =
            by || figure.unit == "percent" ? SentenceWords(words: Array(afterYearOnYear.prefix(by ? 1 : 2))) : SentenceWords(words: [])
        // "up 97.7%", "down by 5 percent": English says the direction with an adverb right before
        // the figure or its "by" ("up to 30 %" is a bound, its "to" right before the figure; "made
        // up $374.2 billion" a level).
        // Only after a break ("$896 million (up 30%", "…, up 37.2 percent") or a verb of being or
        // going ("was up 5%", "went down by 3 percent"): "took up 35%", "set up" are no direction.
        // "totaled nearly $3 billion, or up 42 percent": an "or" after a break restates the figure
        // before as its change.
        let adverb: Bool? = {
            let words = before.words.dropLast(justBefore == "by" ? 1 : 0)
            guard let word = words.last, let up = Self.directionAdverbs[word.text] else { return nil }
            func afterBreak(_ word: SentenceWords.Word) -> Bool {
                var i = word.start - 1
                while i >= 0, view.scalars[i] == " " || view.scalars[i] == "\u{00A0}" { i -= 1 }
                return i < 0 || FigureSentence.isClauseBreak(view.scalars[i])
            }
            if afterBreak(word) { return up }
            guard let previous = words.dropLast().last else { return nil }
            // "Kazakhstan – Tajikistan Bilateral Trade Up 16.5%": a headline's direction right after
            // the indicator's word.
            let afterIndicator = hits.contains { $0.end == previous.end }
            return Self.beingOrGoing.contains(previous.text) || (previous.text == Self.or && afterBreak(previous)) || afterIndicator
                ? up : nil
        }()
        let rises = growthCues.contains { clause.contains($0) || verbAfter.contains($0) } || comparative == true || adverb == true
        let falls = declineCues.contains { clause.contains($0) || verbAfter.contains($0) } || comparative == false || adverb == false
        // "вырос на $200 млн", "больше на $200 млн", "$2 billion more than", "up $200 million": a change, not a level.
        if figure.unit != "percent", by || than != nil || adverb != nil, rises || falls {
            return (indicator, review("a change (\(rises ? "up" : "down") by the figure), not a level"))
        }

        // Percentages: growth or a share of the family's figure.
        var derived = FamilySeries.Derived.level
        var negated = false
        var shareWordBefore = false
        if figure.unit == "percent" {
            /// Where the next figure starts when it stands in this sentence.
            let nextFigureStart = following.flatMap { $0.sentenceStart == figure.sentenceStart ? $0.start - figure.sentenceStart : nil }
            // "доля России — 36 %", and "…, что составляет 23,6 % от общего объема".
            // "with a 31% share in its total trade": the noun right after the figure too.
            let nounAfter = SentenceWords(words: Array(verbAfter.words.prefix(1)))
            // Not across a contrast: "China's share … reached 18% of the total while exports to China
            // grew 20%" (an "и" in brackets that explain an indicator's word is none).
            let joiner = before.words.lastIndex { w in Self.contrastJoiners.contains(w.text) && !explained.contains { $0.contains(w.start) }
            }
            // Nor a share word in brackets closed before the figure: "exports to China (whose share was
            // 18 % in 2022) rose 10 %".
            let scoped = joiner.map { Array(before.words[($0 + 1)...]) } ?? before.words
            let asides = closed.filter { r in view.scalars[r].contains(where: SentenceWords.isDigit) }
            let shareScope = SentenceWords(words: scoped.filter { w in !asides.contains { $0.contains(w.start) } })
            // Nor one before the figure's clause when that clause says by how much it changed: "Доля
            // Китая … составила 35 %, импорт из Китая вырос на 20 %" ("доля … выросла до 36 %" is one).
            let changedBy =
                by
                || before.words.last.map { w in
                    let word = SentenceWords(words: [w])
                    return growthCues.contains { word.contains($0) } || declineCues.contains { word.contains($0) }
                } == true
            // Only when that clause names what changed ("импорт из Китая вырос"): "Доля экспорта …, которая
            // в 2022 году составляла 18 %, в 2023 году выросла на 3 %" is the share's own change.
            let namesItsOwn = !indicatorHits(view.words(from: view.clauseStart, to: position)).isEmpty
            let ownClause =
                changedBy && namesItsOwn ? SentenceWords(words: shareScope.words.filter { $0.start >= view.clauseStart }) : shareScope
            shareWordBefore = shareCues.contains { ownClause.contains($0) || nounAfter.contains($0) }
            // "доля … выросла на 3 %": a change of a share, in points or of itself, is no share.
            if shareWordBefore, by, !shareOfTotal {
                return (indicator, review("a change of a share (by the figure), not a share"))
            }
            if shareWordBefore || shareOfTotal || (shareOfNamedWhole && !by) {
                derived = .share
            } else if let sign = figure.surface.unicodeScalars.first, Self.signs.contains(sign) {
                // "41,1 млрд долларов (-9,3 % за год)": a signed percentage is a change, its sign its direction.
                derived = .growth
            } else if view.plusBefore {
                // "свыше $657 млн (+2,2 %)": a plus right before the figure, outside its surface.
                derived = .growth
            } else if falls {
                derived = .growth
                negated = true
            } else if rises {
                derived = .growth
            } else if by, let last = Self.lastCue(growthCues, declineCues, in: before) {
                // "вырос на 13 %, а за полгода — уже на 14 %", "сокращение китайского импорта (более
                // чем на 10 %)": the nearest verb before decides the direction.
                derived = .growth
                negated = !last
            } else if earlier.growth, view.contrastStart(before: position) > 0 {
                // "свыше 7 % был рост …, а за семь месяцев — 17 с лишним процентов": a clause that
                // goes on from a growth rate with none of its own words is another growth rate.
                derived = .growth
            } else {
                return (indicator, review("a percentage that is neither growth nor a share of \(indicator)"))
            }
            read = derived
            // "$220,8 млн, что составило 27,7 % от общего объема вложений": the share of a figure
            // that went to review is no surer than that figure.
            if derived == .share, shareOfTotal, earlier.inReview {
                return (indicator, review("the share of the figure before it, which went to review"))
            }
            trace.append(derived == .share ? "a share" : negated ? "a fall (stored as negative growth)" : "growth")
            // "до 1254,9 млн долл., что на 5,2 % больше, чем за весь 2017 год": part of a year
            // against a whole year (said after the figure, before the next) is no growth over the
            // same period.
            if derived == .growth, case let rest = view.words(from: endPosition, to: nextFigureStart ?? view.scalars.count),
                Self.wholeYear.contains(where: { rest.contains($0) })
            {
                return (indicator, review("a change against a whole year, not over the same period"))
            }
            // "Товарооборот между Украиной и Турцией ежегодно увеличивается на 20 %", "growing 7% a year
            // on average": a rate said of every year is no one period's change.
            // ("вырос на 5,5 % в год к году" is year-on-year).
            let yearToYear = next.words.count > 2 && next.words[2].text == Self.toWord
            if derived == .growth, case let afterTwo = SentenceWords(words: yearToYear ? [] : Array(next.words.prefix(2))),
                let cue = habitualCues.first(where: { clause.contains($0) || afterTwo.contains($0) })
            {
                return (indicator, review("a rate said of every year («\(cue.text)»), not one period's change"))
            }
            // "a 9.2% surge over the last month after an 8.5% rise in imports", "к предыдущему месяцу": a
            // change against the period just before, said in the figure's clause or for the whole
            // sentence (which says nothing of a year-on-year change), is no change over a year.
            // The words right after the figure decide first ("up 4% month on month and 38% year on
            // year"), then the last of them before it in its clause.
            if derived == .growth, let cue = previousPeriodCue(view, sentence: sentence) {
                return (indicator, review("a change against the period just before («\(cue)»), not over a year"))
            }
            // "increasing 26 percent since the Free Trade Agreement was signed in 2005", "up 107% from
            // the year of 2005" (of 2014's trade): a change over several years is no year's change.
            if derived == .growth {
                // After the figure, up to the next one ("by 42% in … 2014 and by 50% last year as
                // compared to 2012"); "с момента подписания …" anywhere in its clause ("It has since
                // risen" is no base).
                let words = view.words(from: endPosition, to: min(view.clauseEnd, nextFigureStart ?? view.clauseEnd))
                let clauseWords = view.words(from: view.clauseStart, to: view.clauseEnd)
                // "since" as a time's start: before a number, "the", "its" or a month ("since demand was
                // strong", "has since continued" are none).
                let sinceTime = words.words.indices.contains { (i: Int) -> Bool in
                    guard words.words[i].text == Self.sinceWord, i + 1 < words.words.count else { return false }
                    let next = words.words[i + 1]
                    return next.isNumber || Self.sinceObjects.contains(next.text) || next.month != nil
                }
                if let cue = Self.since.first(where: {
                    ($0.parts.count == 1 && sinceTime) || ($0.parts.count > 1 && clauseWords.contains($0))
                }) {
                    return (indicator, review("a change since an earlier time («\(cue.text)»), over several periods"))
                }
                let sentenceScope = view.words(from: view.contrastStart(before: position), to: view.clauseEnd)
                if let span = Self.severalYears(in: clauseWords) ?? Self.yearSpan(in: sentenceScope) {
                    return (indicator, review("a change over several years («\(span)»), not the year before"))
                }
                // "Since 2015 trade … has grown by 80%", "С 2010 года товарооборот вырос на 100%".
                if let year = Self.sinceYear(in: sentenceScope), let current = Int(period.start.description.prefix(4)),
                    current == year || current - year >= 2
                {
                    return (indicator, review("a change since \(year), over several years"))
                }
                if let year = Int(period.start.description.prefix(4)),
                    let base = words.words.indices.first(where: { i in
                        guard words.words[i].isNumber, let y = Int(String(String.UnicodeScalarView(words.words[i].text))),
                            (1900...2100).contains(y),
                            y < year - 1
                        else { return false }
                        // The marker, then only words of a period: "from the year of 2005", "compared to 2021".
                        guard let m = words.words[max(0, i - 4)..<i].lastIndex(where: { Self.baseMarkers.contains($0.text) }) else {
                            return false
                        }
                        return words.words[(m + 1)..<i].allSatisfy { Self.periodFillers.contains($0.text) }
                    })
                {
                    let text = String(String.UnicodeScalarView(words.words[base].text))
                    return (indicator, review("a change against \(text), over several years, not the year before"))
                }
            }
            // "поставки в январе 2014 сократились по сравнению с декабрем 2013 года на 41,6 %",
            // "уменьшившись на 36,6 % против марта": a month's change against another month is no
            // change over a year.
            if derived == .growth, case .month(_, let month)? = figure.period?.kind,
                let other = Self.comparedMonth(in: view.words(from: view.clauseStart, to: view.clauseEnd)), other.month != month
            {
                return (indicator, review("a change against another month («\(other.word)»), not over a year"))
            }
            // "увеличил экспорт на 22 % (до 136 млн тонн)", "в физическом выражении на 11 %": the
            // growth of a quantity, not of value.
            if derived == .growth, let following, following.sentenceStart == figure.sentenceStart, following.start - figure.end <= 12,
                following.unit != "percent", !SeriesFamily.isMoney(following.unit)
            {
                return (indicator, review("growth of a quantity (\(following.surface), in \(following.unit)), not of value"))
            }
            // Said before the figure, or after it in its clause up to the next figure ("rose 15% in
            // volume terms in 2023, while in value they fell 3%").
            let afterwards = view.words(from: endPosition, to: min(view.clauseEnd, nextFigureStart ?? view.clauseEnd))
            if let cue = volumeCues.first(where: { before.contains($0) || afterwards.contains($0) }) {
                return (indicator, review("a quantity («\(cue.text)»), not value"))
            }
        }

        // "$2,87 млрд инвестиций из России, или почти 40 % от общего показателя ($7,2 млрд)": a figure
        // right after the words of a total, in a sentence that gave a part in its unit before, is that
        // total ("170 проектов с общим объемом инвестиций $50 млрд" is the projects' value).
        if figure.unit != "percent", earlier.sameUnit,
            let cue = totalCues.first(where: { SentenceWords(words: Array(before.words.suffix(3))).contains($0) })
        {
            return (indicator, review("the whole («\(cue.text)» right before it) of which the figure before is a part, not the pair's"))
        }

        // A share of the destination's total: "от общего объема вложений" after the figure, with no
        // "доля"/"приходится" before it and no investor named in the whole ("60 % от общего объема
        // китайских инвестиций" may be where China's money goes).
        let destinationsTotal =
            derived == .share && shareOfTotal && !shareWordBefore
            && !context.roles(inSentenceOf: figure, classifier: self).contains { m in
                m.mention.start >= endPosition && m.mention.end <= view.clauseEnd && (m.role == .adjective || m.role == .origin)
            }
        let candidates = rules.families.indices.filter { k in
            let t = rules.families[k]
            guard t.indicator == indicator else { return false }
            switch derived {
            case .level: return t.unitPart(for: figure.unit) != nil
            case .growth: return t.growth == true
            // A share of the destination's total only as the flow before it restated ("…, что
            // составляет 23,6 % от общего объема"): after "доля" or "приходится" the part may as
            // well be where the money goes ("на Казахстан приходится 60 % американских инвестиций").
            case .share: return t.share == true && (t.shareWhole != .b || destinationsTotal)
            }
        }
        if derived == .share, candidates.isEmpty, rules.families.contains(where: { $0.indicator == indicator && $0.share == true }) {
            return (
                indicator,
                review("a share of \(indicator): the investor's part of the destination's total, or the destination's of the investor's?")
            )
        }
        guard !candidates.isEmpty else {
            return (indicator, review("no series family for \(indicator) in \(figure.unit)"))
        }
        var failure = ""
        var generalCue: String?
        // Single-area families first when their cue is in the sentence and one area is named.
        let ordered = candidates.sorted { rules.families[$0].direction == .single && rules.families[$1].direction != .single }
        for k in ordered {
            let family = rules.families[k]
            if family.direction == .single {
                // "привлекла $403 млн иностранных инвестиций": to the indicator's word when it comes after.
                let scope = view.words(from: view.scopeStart(indicatorAt: nearest?.start) ?? 0, to: max(endPosition, nearest?.end ?? 0))
                // "Общий объем инвестиций в Узбекистане" under the title "… иностранных инвестиций".
                let total = totalCues.contains { sentence.contains($0) }
                let titleWords = total ? context.titleWords : nil
                guard
                    let cue = familyCues[k].first(where: { cue in
                        scope.contains(cue) || titleWords.map { !$0.matches(cue).isEmpty } == true
                    })
                else { continue }
                generalCue = cue.text
            } else if let generalCue, Set(inSentence.map(\.area)).count < 2, !inSentence.contains(where: { $0.role == .origin }) {
                // "иностранные инвестиции" with no investor named: not one partner's, whatever the context
                // ("прямых инвестиций из Китая" names one: its destination may come from the context).
                return (indicator, review("«\(generalCue)» and fewer than two areas named: a total from everywhere, not one partner's"))
            }
            switch areas(
                for: family, derived: derived, sentence: inSentence, view: view, figure: figure,
                scopeStart: view.scopeStart(indicatorAt: nearest?.start ?? found.start), context: context)
            {
            case .failure(let reason):
                failure = reason.reason
                trace.append("\(family.code): \(reason.reason)")
                if family.direction == .single { continue }
                // "Turkey's exports dropped by 41.4 percent", "Общий внешнеторговый оборот Грузии
                // составил $21,5 млрд. Экспорт — более $6 млрд": a trade flow that names one area and
                // no partner, with no word making it a pair's, is that area's total with all partners.
                if let owner = reason.totalOf.flatMap(gazetteer.area), Self.kind(indicator) == "trade",
                    let single = ordered.first(where: { rules.families[$0].direction == .single })
                {
                    if let said = narrowingWord(view) {
                        return (
                            indicator,
                            review("«\(said)» narrows the flow to some partners or a part of \(owner.code)'s trade: not its total")
                        )
                    }
                    trace.append("\(rules.families[single].code): \(owner.code)'s total, no partner named")
                    return (indicator, placement(in: rules.families[single], a: owner, b: nil))
                }
                return (indicator, review(reason.reason))
            case .success(let (a, b)):
                return (indicator, placement(in: family, a: a, b: b))
            }
        }
        return (indicator, review(failure.isEmpty ? "no series family for \(indicator) fits" : failure))

        /// The figure's series in `family` between `a` and `b`, or review when its period has no variant.
        func placement(in family: SeriesFamily, a: Gazetteer.Area, b: Gazetteer.Area?) -> Placement {
            let variant: String
            switch family.variant(
                for: period, measure: derived == .level ? measure : .flow, periodFromText: figure.periodFromText, published: published)
            {
            case .failure(let reason): return review(reason.reason)
            case .success(let v): variant = v
            }
            let made = FamilySeries(family: family, a: a, b: b, unit: figure.unit, variant: variant, derived: derived)
            let code = made.code
            trace.append("family \(family.code), variant \(variant) → \(code)")
            let placement = Placement(
                decision: .series(code), newSeries: seriesChain(code, made: made), negated: negated, period: storedPeriod)
            if !period.fits(placement.newSeries.last?.frequency ?? .irregular) {
                return review("\(code) is \(placement.newSeries.last?.frequency.rawValue ?? "?"); the period \(period) does not fit")
            }
            return placement
        }
    }

    /// The series to create for `code`: the rules' definition when they name it, else the family's;
    /// a stock's flow first.
    private func seriesChain(_ code: String, made: FamilySeries? = nil) -> [Series] {
        if let definition = rules.definition(of: code) {
            let series = definition.series
            return (series.accumulates.map { seriesChain($0) } ?? []) + [series]
        }
        guard let made else { return [] }
        var series = made.series
        if made.variant == "stock", made.derived == .level, made.family.variants["annual"] != nil {
            var flow = made
            flow.variant = "annual"
            series.accumulates = flow.code
            return seriesChain(flow.code, made: flow) + [series]
        }
        return [series]
    }

    // MARK: Areas

    /// The areas a family's series is between, from the sentence and, when it names too few, its context.
    private func areas(
        for family: SeriesFamily, derived: FamilySeries.Derived, sentence: [RoledMention], view: FigureSentence,
        figure: ExtractedFigure, scopeStart: Int?, context: ContextReader
    ) -> Result<(Gazetteer.Area, Gazetteer.Area?), ClassifierFailure> {
        let sentenceWords = view.words
        let needed = family.direction == .single ? 1 : 2
        // "Товарооборот России и Таджикистана вырос на 7 %, — сказал Лукашенко": who said it is a
        // party only when the sentence names too few without it.
        let parties = sentence.filter { !$0.saidBy }
        var sentence = keepingListItem(
            parties.count < sentence.count && Set(parties.map(\.area)).count >= needed ? parties : sentence, view: view, needed: needed)
        // "Some 41 documents aimed at deepening cooperation between the two countries were signed on
        // the eve of the China-Central Asia Summit": words that point back at a pair, with every area
        // named only after them and the figure, leave those areas to say where and when; the pair is
        // the context's.
        if let first = sentence.map(\.mention.start).min(), first > view.end, let pointer = pairPointer(in: sentenceWords), first > pointer
        {
            sentence = []
        }
        // First the words from a few before the indicator to the figure ("вложения из России
        // составили 4,8 млрд"), then the rest of the sentence.
        let scoped = scopeStart.map { from in sentence.filter { $0.mention.start >= from && $0.mention.start < view.end } } ?? sentence
        // "Trade between Uzbekistan and Russia grew …, while bilateral trade with the UAE reached
        // $626mn": a pair's figure whose clause names one area in a part, after a clause naming two
        // others, is with one of them, which is not said.
        func oneOfMany(_ own: [RoledMention], _ before: [RoledMention]) -> ClassifierFailure? {
            guard needed == 2, Set(own.map(\.area)).count == 1, let one = own.first, one.role != .plain, one.role != .adjective else {
                return nil
            }
            let others = Set(before.filter { $0.role != one.role }.map(\.area)).subtracting([one.area])
            guard others.count >= 2 else { return nil }
            return .init(
                "its clause names \(one.area) (\(one.role.rawValue)) after one naming \(others.sorted().joined(separator: " and ")): the other side is one of them, which is not said"
            )
        }
        var mentions = scoped
        if Set(scoped.map(\.area)).count > needed {
            mentions = narrowed(scoped, view: view)
            // "молдавский экспорт в Россию сократился на 3,4 %, в Беларусь – на 17,8 %": a clause that
            // names one area in a part keeps the one area the indicator's clause names in another part.
            if Set(mentions.map(\.area)).count == 1, needed == 2, let part = mentions.first?.role, part != .plain, part != .adjective {
                let others = scoped.filter { $0.role != part && $0.mention.end <= view.clauseStart }
                if Set(others.map(\.area)).count == 1, others[0].area != mentions[0].area { mentions += others }
                if let failure = oneOfMany(mentions, others) { return .failure(failure) }
            }
        } else if Set(scoped.map(\.area)).count < needed {
            // "Российские поставки снизились до $21,3 млрд, а поставки из Белоруссии выросли": areas
            // after another indicator word past the figure are that figure's.
            let later = indicatorHits(ofSentenceOf: figure, context).filter { $0.start >= view.end }
            let rest = sentence.filter { m in
                !scoped.contains { $0.mention.start == m.mention.start } && !later.contains { $0.end <= m.mention.start }
            }
            mentions = scoped + rest
            // The rest of the sentence names too many: keep what the figure's clause names
            // ("ОАЭ … сократили торговлю с Индией на 11 %, а Саудовская Аравия — на 9,1 %"), else
            // what its own words name.
            if Set(mentions.map(\.area)).count > needed, !scoped.isEmpty {
                let clause = narrowed(mentions, view: view)
                let clauseAreas = Set(clause.map(\.area))
                mentions = clauseAreas.count == needed && clauseAreas.isSuperset(of: scoped.map(\.area)) ? clause : scoped
                if let failure = oneOfMany(mentions, rest.filter { $0.mention.end <= view.clauseStart }) { return .failure(failure) }
            }
        }
        // "торговля Китая с Казахстаном, Кыргызстаном, Таджикистаном, Туркменистаном и Узбекистаном":
        // every member of a group named is the group.
        // A reporter named before the list in the genitive ("Товарооборот Турции с Азербайджаном,
        // Казахстаном …") is not one of the list.
        if Set(mentions.map(\.area)).count > needed {
            let firstMarked = mentions.first { $0.role != .plain && $0.role != .adjective }?.wordIndex ?? Int.max
            let listed = mentions.filter { $0.role != .plain || $0.wordIndex > firstMarked }
            let areasListed = Set(listed.map(\.area))
            if let group = groups.first(where: { $0.members.isSubset(of: areasListed) }) {
                let named = listed.filter { group.members.contains($0.area) }
                var whole = named[0]
                whole.mention.area = group.code
                whole.role = named.map(\.role).max()!
                mentions = mentions.filter { m in !named.contains { $0.mention.start == m.mention.start } } + [whole]
            }
        }
        // "товарооборот с Германией составил $148 млн, с Францией — $42 млн": two partners are not a
        // pair; the figure's is the one its clause names, the other side comes from the context.
        if family.direction != .single, Set(mentions.map(\.area)).count == 2, mentions.allSatisfy({ $0.role == .partner }) {
            let own = narrowed(mentions, view: view)
            guard Set(own.map(\.area)).count == 1 else {
                return .failure(
                    .init("two partners named (\(Set(mentions.map(\.area)).sorted().joined(separator: ", "))), and not with whom"))
            }
            mentions = own
        }
        let codes = Set(mentions.map(\.area))
        if codes.count > needed {
            return .failure(
                .init("several areas named (\(codes.sorted().joined(separator: ", "))); which ones the figure is between is not clear"))
        }
        // The whole's owner is named plainly ("экспорт Грузии"), or as where it goes for investment
        // and imports ("импорта в Грузию") and where it comes from for exports ("общий объем экспорта
        // из Грузии").
        let ownerRole: AreaRole = family.indicator == "exports" ? .origin : .destination
        if family.direction == .single, let only = mentions.first, codes.count == 1,
            mentions.contains(where: { $0.role != .plain && $0.role != ownerRole })
        {
            return .failure(.init("one area named (\(only.area)), but as \(only.role.rawValue), not as a whole"))
        }
        // "Germany's direct foreign investments were worth USD 82 billion": a country's foreign
        // investment named by its possessive may be what it invested abroad; only words of money
        // coming in ("inflow", "attracted", "received") make it what it took in.
        // So does a country that is the subject of the sentence ("The United States has also displayed a
        // strong showing …, increasing foreign direct investment from nearly $1.99 billion").
        if family.direction == .single, Self.kind(family.indicator) == "investment", let only = mentions.first, codes.count == 1,
            only.place == "sentence",
            isPossessive(only, in: sentenceWords) || isEnglishSubject(only, in: sentenceWords)
                || namesTheInvestment(only, in: sentenceWords),
            !Self.inflowWords.contains(where: { stem in sentenceWords.words.contains { $0.text.starts(with: stem) } })
        {
            return .failure(.init("\(only.area)'s foreign investment: made abroad or taken in?"))
        }
        // "Внешнеторговый оборот [между Татарстаном и Беларусью]", "China's trade with Africa hit around
        // $150 billion": a side the gazetteer does not know makes a figure of that side, not the total of
        // the other nor a pair with an area named elsewhere in the sentence.
        if let unknown = unknownParty(view, mentions: sentence, known: context.roles(inSentenceOf: figure, classifier: self)) {
            return .failure(.init("«\(unknown)» names a party the gazetteer does not know (a region, a city, a company?)"))
        }
        if family.direction == .single, let said = partnersNotNamed(view, from: scopeStart ?? view.clauseStart, ownerRole: ownerRole) {
            return .failure(.init("partners said («\(said)») but not named: not a total with all of them"))
        }
        // "Россия занимает первое место по накопленным в Армении иностранным инвестициям с суммой
        // свыше $3 млрд": another area named before the figure may own it (one named after it is a
        // part told next: "…, в том числе вложения из России").
        if family.direction == .single, codes.count == 1,
            let other = sentence.first(where: { !$0.saidBy && !codes.contains($0.area) && $0.mention.end <= view.start })
        {
            return .failure(.init("\(codes.first!)'s total, or \(other.area)'s part of it?"))
        }
        if codes.count < needed {
            if family.direction == .single { return .failure(.init("no area named for a \(family.indicator) total")) }
            // "Взаимный товарооборот составил $9 млрд. Российский экспорт вырос до $8,68 млрд": the
            // sentence right before speaks of the pair, and this one breaks its figure down.
            // … or names two areas as a pair ("the total trade between Serbia and the Russian Federation").
            let pairBefore =
                context.wordsOfSentence(before: figure.sentenceStart).map { words in pairCues.contains { words.contains($0) } } ?? false
                || context.namesATradingPair(before: figure.sentenceStart, classifier: self)
            let pairCue = pairBefore || pairCues.contains { sentenceWords.contains($0) }
            let onlyGroup = codes.count == 1 && gazetteer.area(codes.first!)?.kind == .group
            // One area named with no part: a total ("экспорт Казахстана"), not completed from context,
            // unless the sentence says the figure is between two ("товарооборот двух стран").
            // Who said it is not a total of its own ("«…рост нашего оборота», — сказал Путин").
            // "КНР инвестировала в экономику нашей страны $220,8 млн": a destination said but not
            // named is the context's.
            let unnamedDestination = family.direction == .directional && Self.destinationNotNamed(sentenceWords, mentions: mentions)
            // "Импорт Турции из России … снизился до $5,077 млрд. В результате доля России в импорте
            // сократилась до 8,1 %": the area right after a share's word is the part; the whole is the
            // other party of the same indicator's sentence right before, where the part was the flow's
            // other side (not its owner: "Экспорт Китая в Россию … Доля Китая в экспорте"), and not the
            // world's ("в мировом экспорте").
            let partOfTheFlowBefore =
                derived == .share && codes.count == 1 && mentions.contains { followsAShareWord($0, in: sentenceWords) }
                && !worldCues.contains { sentenceWords.contains($0) }
                && context.wordsOfSentence(before: figure.sentenceStart).map { lastIndicator(in: $0) == family.indicator } == true
                && context.mentions(before: figure.sentenceStart, classifier: self).contains { m in
                    codes.contains(m.area) && (m.role == .origin || m.role == .destination || m.role == .partner)
                }
            if codes.count == 1, !pairCue || onlyGroup, !unnamedDestination, !partOfTheFlowBefore, !mentions.allSatisfy(\.saidBy),
                mentions.allSatisfy({ $0.role == .plain || ($0.role == .adjective && !family.adjectiveMarks) })
            {
                // "Turkey's foreign trade turnover … amounted to $22.5 billion. … Turkey's exports dropped
                // by 41.4 percent": after a sentence on the same area's total, it is a part of that.
                // So is a flow under a title on that area alone ("Экспорт Молдовы сократился более чем на
                // 16 %"; its "товарооборот" may still be its mutual trade with a group).
                // (Not when the text before names another area, or the title one group of goods.)
                let partOfTotal: String? =
                    if isFlow(family.indicator), context.titleSpeaksOfOnly(codes.first!, classifier: self),
                        context.areasNamed(before: figure.sentenceStart, classifier: self).isSubset(of: codes),
                        !productCues.contains(where: { cue in context.titleWords.map { !$0.matches(cue).isEmpty } ?? false })
                    {
                        codes.first
                    } else if case .failure(let failure) = context.complete(
                        codes, needed: needed, before: figure.sentenceStart, indicator: family.indicator, classifier: self),
                        failure.totalOf == codes.first
                    { failure.totalOf } else { nil }
                return .failure(
                    .init(
                        "one area named (\(codes.first!)) with no partner: a total, or with whom? not guessed from context",
                        totalOf: partOfTotal))
            }
            // "Общий объем иностранных инвестиций в Узбекистан", "общий объем экспорта из Казахстана":
            // a whole from everywhere, or to everywhere. Not so when the investor is named by its
            // adjective ("общий объем накопленных японских инвестиций", not "за рубеж"), and not for
            // a whole named after the figure ("…, что составляет 23,6 % от общего объема").
            let before = view.words(from: 0, to: view.start)
            let investorNamed =
                family.adjectiveMarks && mentions.contains { $0.role == .adjective }
                && !Self.abroad.contains { sentenceWords.contains($0) }
            if family.direction == .directional, !investorNamed, let cue = totalCues.first(where: { before.contains($0) }) {
                return .failure(
                    .init(
                        "a total («\(cue.text)») with \(codes.isEmpty ? "no area" : "one area") named: its partner is not guessed from context"
                    ))
            }
            // "Товарооборот с ней достиг 2,8 млрд": a pronoun stands for an area of the sentence before.
            let words = sentenceWords.words
            // So does "между двумя странами": the nearest sentence that names areas, whatever the title names.
            let pronoun =
                words.indices.dropFirst().contains { i in
                    words[i].end <= view.end && Self.areaPronouns.contains(words[i].text)
                        && Self.pronounPrepositions.contains(words[i - 1].text)
                } || pairAnaphora.contains { sentenceWords.contains($0) }
            let partnersOnly = !mentions.isEmpty && mentions.allSatisfy { $0.role == .partner }
            switch context.complete(
                codes, needed: needed, before: figure.sentenceStart, pronoun: pronoun, partnersOnly: partnersOnly,
                indicator: family.indicator, classifier: self)
            {
            case .failure(var failure):
                // The area's total only when this sentence names it as the owner, if at all, and says
                // nothing of a pair ("In 2012, trade turnover between the two countries …").
                if pairCue || pronoun || !mentions.allSatisfy({ $0.role == .plain || $0.role == .adjective }) { failure.totalOf = nil }
                return .failure(failure)
            case .success(let added): mentions += added
            }
        }
        // "Экспорт из Беларуси достиг $37,4 млн, импорт — $12,7 млн": the area whose part was said
        // for the other trade flow keeps being the reporter, so its part turns round.
        if isFlow(family.indicator) {
            let hits = indicatorHits(ofSentenceOf: figure, context)
            mentions = mentions.map { m in mirrored(m, for: family, view: view, hits: hits) }
        }
        // "Next came the United States with a trading volume of 252.6 billion euros, followed by the
        // Netherlands in third place": a ranking's partners, each with the country the text is about.
        if family.direction != .single, Set(mentions.map(\.area)).count == 2,
            mentions.allSatisfy({ $0.place == "sentence" && ($0.role == .plain || $0.role == .adjective) }),
            let cue = rankCues.first(where: { sentenceWords.contains($0) })
        {
            return .failure(.init("a ranking of partners («\(cue.text)»): each with the country the text is about, not a pair"))
        }
        let byArea = Dictionary(grouping: mentions, by: \.area).mapValues { $0.map(\.role).max()! }
        let areas = byArea.keys.sorted().compactMap { gazetteer.area($0) }
        guard areas.count == needed else { return .failure(.init("an area the gazetteer does not know")) }
        switch family.direction {
        case .single:
            return .success((areas[0], nil))
        case .bilateral:
            if derived == .share { return shareEnds(areas, mentions: mentions, view: view, indicator: family.indicator) }
            if family.joint == true, !pairCues.contains(where: { sentenceWords.contains($0) }),
                !mentions.contains(where: { $0.role == .pair }),
                let from = mentions.first(where: { $0.role == .origin || $0.role == .adjective }),
                let to = mentions.first(where: { $0.role == .destination && $0.area != from.area })
            {
                return .failure(
                    .init(
                        "\(from.area) (\(from.role.rawValue)) in \(to.area) (destination), and no word saying they are joint: one side's \(family.indicator), not joint ones"
                    ))
            }
            // "Last year Turkish companies undertook 63 projects … in this country. In 2010 the figure
            // was $4.5 billion.": joint projects whose parties all come from the text before, one of
            // them named as a side ("Turkish"), need a word there or here saying they are joint.
            if family.joint == true, mentions.allSatisfy({ $0.place != "sentence" }), !mentions.contains(where: { $0.role == .pair }),
                mentions.contains(where: { ($0.role == .adjective || $0.role == .origin) && !$0.saidBy }),
                !pairCues.contains(where: { sentenceWords.contains($0) }),
                context.wordsOfSentence(before: figure.sentenceStart).map({ words in pairCues.contains { words.contains($0) } }) != true
            {
                return .failure(.init("\(family.indicator) with parties from the text before, and no word saying they are joint"))
            }
            return .success(ordered(areas[0], areas[1]))
        case .directional:
            // A share of the destination's total is the flow's own part of it: its ends are the flow's.
            if derived == .share, family.shareWhole != .b {
                return shareEnds(areas, mentions: mentions, view: view, indicator: family.indicator)
            }
            let (x, y) = (areas[0], areas[1])
            let rx = byArea[x.code]!
            let ry = byArea[y.code]!
            let from: Gazetteer.Area
            let to: Gazetteer.Area
            func isFrom(_ r: AreaRole) -> Bool { Self.isFrom(r, family) }
            if isFrom(rx) && !isFrom(ry) && ry != .origin {
                (from, to) = (x, y)
            } else if isFrom(ry) && !isFrom(rx) && rx != .origin {
                (from, to) = (y, x)
            } else if rx == .destination && ry != .destination {
                (from, to) = (y, x)
            } else if ry == .destination && rx != .destination {
                (from, to) = (x, y)
            } else if family.adjectiveMarks, rx == .adjective, ry == .adjective,
                case let own = [x, y].filter({ a in mentions.contains { $0.area == a.code && $0.place == "sentence" } }), own.count == 1
            {
                // "освоено около 3 млрд долларов российских инвестиций" after a sentence with "узбекской":
                // the figure's own adjective names the investor, the context's the other side.
                (from, to) = own[0] == x ? (x, y) : (y, x)
            } else if isFlow(family.indicator),
                let (reporter, partner) = rx == .partner && (ry == .plain || ry == .adjective)
                    ? (y, x) : ry == .partner && (rx == .plain || rx == .adjective) ? (x, y) : nil,
                tradesWith(partner.code, mentions: mentions, view: view, figure: figure, context: context)
            {
                // "Товарооборот Грузии с Турцией …, импорт – 379 миллионов", "Georgia's trade with the
                // EU …, exports 608 million": a flow of the area that trades with a partner.
                (from, to) = family.indicator == "exports" ? (reporter, partner) : (partner, reporter)
            } else if let (reporter, other) = adjectiveReporter(x, rx, y, ry) {
                // "Российский экспорт вырос до $8,68 млрд" after a sentence about the pair: the
                // adjective names whose exports (or imports) they are, the context the partner.
                return .success((reporter, other))
            } else {
                return .failure(
                    .init(
                        "\(x.code) and \(y.code) named, but not which is the \(family.origin == "b" ? "partner" : "origin") (\(rx.rawValue), \(ry.rawValue))"
                    ))
            }
            return .success(family.origin == "b" ? (to, from) : (from, to))
        }

        /// The reporting area named by an adjective in the sentence, against a partner from the
        /// context: `a` of the family's code, the partner `b`.
        func adjectiveReporter(_ x: Gazetteer.Area, _ rx: AreaRole, _ y: Gazetteer.Area, _ ry: AreaRole) -> (
            Gazetteer.Area, Gazetteer.Area
        )? {
            func fromContext(_ area: Gazetteer.Area) -> Bool { !mentions.contains { $0.area == area.code && $0.place == "sentence" } }
            guard !family.adjectiveMarks else { return nil }
            let partner: Set<AreaRole> = [.plain, .pair]
            if rx == .adjective, partner.contains(ry), fromContext(y) { return (x, y) }
            if ry == .adjective, partner.contains(rx), fromContext(x) { return (y, x) }
            // "Serbia's export rose by 55 percent" after a sentence on trade between Serbia and Russia:
            // the area the sentence names owns the flow, the pair before gives the partner.
            // Not who tells it, and named right at the flow word ("Serbia's export", "экспорт Сербии").
            func ownsTheFlow(_ area: Gazetteer.Area) -> Bool {
                let flows = indicatorHits(ofSentenceOf: figure, context).filter { $0.name == family.indicator }
                return mentions.contains { m in
                    m.area == area.code && m.place == "sentence" && !m.saidBy
                        && flows.contains { hit in abs(m.wordIndex - (view.words.wordIndex(at: hit.start) ?? -9)) <= 2 }
                }
            }
            if rx == .plain, ry == .pair, fromContext(y), ownsTheFlow(x) { return (x, y) }
            if ry == .plain, rx == .pair, fromContext(x), ownsTheFlow(y) { return (y, x) }
            return nil
        }
    }

    /// "The top five trade partners were Germany (more than $173.6 million), the Netherlands (over
    /// $116.4 million) …": in a list of at least two areas each followed by an amount in brackets, a
    /// figure in one of the brackets is its area's. The list's other areas are not its parties, and
    /// its area, named alone in a pair's figure, is a partner, the other side coming from the
    /// sentence's other areas or its context. An area glossed in words ("Kazakhstan (the region's
    /// largest economy)") is no list item.
    private func keepingListItem(_ mentions: [RoledMention], view: FigureSentence, needed: Int) -> [RoledMention] {
        guard let open = view.openingBracket else { return mentions }
        let items = mentions.filter { $0.place == "sentence" && view.amountInBrackets(after: $0.mention.end) }
        guard Set(items.map(\.area)).count >= 2 else { return mentions }
        var end = open
        while end > 0, view.scalars[end - 1] == " " || view.scalars[end - 1] == "\u{00A0}" { end -= 1 }
        guard let owner = items.first(where: { $0.mention.end == end }) else { return mentions }
        return mentions.compactMap { m in
            if m.mention.start == owner.mention.start {
                var item = m
                if needed == 2, m.role == .plain { item.role = .partner }
                return item
            }
            return items.contains { $0.mention.start == m.mention.start } ? nil : m
        }
    }

    /// Whether the partner was named as the other side of trade ("товарооборот Грузии **с Турцией**",
    /// "trade with the EU"): a trade word at most three words before it in the figure's sentence, or
    /// the sentence before naming trade last when the partner comes from there ("with China the
    /// largest buyer" names no trade).
    private func tradesWith(
        _ partner: String, mentions: [RoledMention], view: FigureSentence, figure: ExtractedFigure, context: ContextReader
    ) -> Bool {
        guard let mention = mentions.first(where: { $0.area == partner && $0.role == .partner }) else { return false }
        guard mention.place == "sentence" else {
            return mention.place == "previous sentence"
                && context.indicatorNamed(before: figure.sentenceStart, classifier: self) == "trade_turnover"
        }
        let hits = indicatorHits(ofSentenceOf: figure, context).filter { $0.name == "trade_turnover" }
        return hits.contains { hit in
            hit.end <= mention.mention.start
                && view.words.words.filter { $0.start >= hit.end && $0.end <= mention.mention.start }.count <= 3
        }
    }

    /// A mention of the figure's sentence, outside its clause, whose part ("из", "в") was said for the
    /// opposite trade flow ("экспорт **из Беларуси** …, импорт — $12,7 млн"): for this figure its
    /// part is turned round, the area being the reporter of both.
    private func mirrored(_ mention: RoledMention, for family: SeriesFamily, view: FigureSentence, hits: [IndicatorHit]) -> RoledMention {
        let opposite = ["exports": "imports", "imports": "exports"]
        // Outside the figure's clause, or inside it before the figure's own flow word ("export from
        // Georgia to Armenia amounted to USD 141 million whilst the import was equal to USD 50 million").
        guard let other = opposite[family.indicator], mention.place == "sentence", mention.role == .origin || mention.role == .destination,
            mention.mention.end <= view.clauseStart
                || hits.contains(where: { $0.name == family.indicator && $0.start >= mention.mention.end && $0.end <= view.start })
        else { return mention }
        // The words back to the last break, brackets left in ("exported RM161.1 million (US$36.09
        // million) worth of goods to the Kyrgyz Republic").
        var start = min(mention.mention.start, view.scalars.count)
        while start > 0, !view.breaksClause(at: start - 1, brackets: false) { start -= 1 }
        let before = hits.filter { $0.start >= start && $0.end <= mention.mention.start }
        // The longest of those ending last: "export turnover", not its "turnover".
        guard let said = before.max(by: { ($0.end, $0.length) < ($1.end, $1.length) }), said.name == other else { return mention }
        var turned = mention
        turned.role = mention.role == .origin ? .destination : .origin
        return turned
    }

    /// Whether a role names where a directional family's figure comes from: an origin, or an
    /// adjective where the family's adjectives mark the origin ("японские инвестиции").
    private static func isFrom(_ role: AreaRole, _ family: SeriesFamily) -> Bool {
        role == .origin || (role == .adjective && family.adjectiveMarks)
    }

    /// "оборот Азербайджана с Турцией составил $3,4 млрд, с Казахстаном — $517 млн": a clause that
    /// repeats one part of the indicator's clause (here the partner) with another area, the rest
    /// being understood. Its areas are the figure clause's area in that part and the indicator
    /// clause's areas in the others; `nil` unless the figure's clause names one area in one part and
    /// the indicator's clause names exactly one area in that part and one area in the others.
    static func parallelClause(_ mentions: [RoledMention], view: FigureSentence, indicatorAt start: Int, to end: Int) -> [RoledMention]? {
        let own = mentions.filter { $0.mention.start >= view.clauseStart && $0.mention.end <= view.clauseEnd }
        let clause = view.clause(around: start, to: end)
        let indicators = mentions.filter { $0.mention.start >= clause.start && $0.mention.end <= clause.end }
        // "Азербайджан инвестировал в Турцию $20 млрд, а Турция — в Азербайджан 18 млрд": the clause
        // names both parts anew, in the indicator clause's roles.
        if Set(own.map(\.area)).count == 2, Set(own.map(\.role)).count == 2,
            Set(own.map(\.role)) == Set(indicators.map(\.role)), Set(indicators.map(\.area)).count == 2
        {
            return own
        }
        guard Set(own.map(\.area)).count == 1, let role = own.first?.role, own.allSatisfy({ $0.role == role }), role != .plain,
            Set(indicators.filter { $0.role == role }.map(\.area)).count == 1
        else { return nil }
        let understood = indicators.filter { $0.role != role }
        guard Set(understood.map(\.area)).count == 1, !understood.contains(where: { $0.area == own[0].area }) else { return nil }
        return understood + own
    }

    /// The mentions in the figure's clause, unless the clause goes on an enumeration ("России,
    /// Казахстана и Китая"), when all of them stay (and too many areas send the figure to review).
    private func narrowed(_ mentions: [RoledMention], view: FigureSentence) -> [RoledMention] {
        if view.clauseGoesOnAnEnumeration(mentions) { return mentions }
        let own = mentions.filter { $0.mention.start >= view.clauseStart && $0.mention.end <= view.clauseEnd }
        guard own.isEmpty else { return own }
        // "…, в Беларусь – уменьшился на 17,8 %": a dash between the area and the figure leaves the
        // area out of the figure's clause; the words from the last comma are its own.
        var from = view.clauseStart
        while from > 0, view.scalars[from - 1] != ",", view.scalars[from - 1] != ";" { from -= 1 }
        return mentions.filter { $0.mention.start >= from && $0.mention.end <= view.clauseEnd }
    }

    private static let supplies = Array("поставк".unicodeScalars)
    private static let direct = WordPattern("прям")
    private static let from = Array("из".unicodeScalars)

    /// "инвестиции за рубеж": investment abroad, everywhere at once.
    private static let abroad = [WordPattern("за рубеж"), WordPattern("=abroad"), WordPattern("overseas")]

    /// A capitalized word in the figure's clause, before the figure, that stands where a party
    /// would — after a preposition that gives an area its part (``RoleReader/prepositionRole(_:)``:
    /// "из", "в", "с", "между" …), or joined by "и" to an area named — but is no area
    /// ("из Синьцзяна", "Татарстана и Узбекистана"); `nil` when there is none.
    func unknownParty(_ view: FigureSentence, mentions: [RoledMention], known: [RoledMention]) -> String? {
        let words = view.words.words
        let named = Set(mentions.filter { $0.place == "sentence" }.map(\.wordIndex))
        // `known`: every name the gazetteer knows in the sentence, also those a narrower reading left out.
        func isKnown(_ w: SentenceWords.Word) -> Bool { known.contains { $0.mention.start <= w.start && w.start < $0.mention.end } }
        // In the figure's clause before it, or right after it past a preposition ("had invested more
        // than $43 billion in Africa"; not "41 documents were signed in Xian").
        let firstAfter = words.firstIndex { $0.start >= view.end }
        for i in words.indices.dropFirst()
        where words[i].start >= view.clauseStart && (words[i].end <= view.start || (firstAfter.map { i == $0 + 1 } ?? false))
            && words[i].end <= view.clauseEnd
        {
            let original = words[i].original
            guard original.first?.properties.isUppercase == true, original.dropFirst().first?.properties.isLowercase == true,
                !Self.isCalendarWord(words[i]), !isKnown(words[i]),
                !mentions.contains(where: {
                    $0.place == "sentence" && $0.mention.start <= words[i].start && words[i].start < $0.mention.end
                })
            else { continue }
            // "in South America", "in Southeast Asia": a part of the world, no party.
            if i + 1 < words.count, Self.continents.contains(where: { words[i + 1].text.starts(with: $0) }) { continue }
            let before = words[i - 1].text
            let joined =
                RoleReader.and.contains(before) && named.contains(i - 2)
                || RoleReader.and.contains(words[min(i + 1, words.count - 1)].text) && named.contains(i + 2)
            if roleReader.prepositionRole(before) != nil || joined {
                return String(String.UnicodeScalarView(words[i - 1].original)) + " " + String(String.UnicodeScalarView(original))
            }
        }
        // "Reliance has invested USD 2 billion in … the UAE", "Лукойл вложил": a name the gazetteer does
        // not know right before the verb of investing (past "has", "also") is the investor.
        for i in words.indices where words[i].end <= view.start {
            let original = words[i].original
            guard original.first?.properties.isUppercase == true, original.dropFirst().first?.properties.isLowercase == true,
                !Self.isCalendarWord(words[i]), !Self.subjectPronouns.contains(words[i].text), !isKnown(words[i]),
                !mentions.contains(where: { $0.mention.start <= words[i].start && words[i].start < $0.mention.end })
            else { continue }
            var k = i + 1
            while k < words.count, k - i <= 2, Self.auxiliaries.contains(words[k].text) { k += 1 }
            if k < words.count, words[k].end <= view.start, Self.investVerbs.contains(where: { words[k].text.starts(with: $0) }) {
                return String(String.UnicodeScalarView(original))
            }
        }
        return nil
    }

    /// A word of the figure's sentence before it that narrows a flow to some partners, a part of the
    /// economy or a pair (``ClassificationRules/narrowingCues``: "в **соседние страны**", "to the
    /// **bloc**", "**туда**", "by small **businesses**", "**региона**", "**взаимный**"), or `nil`. A word
    /// for one country names the owner ("объем экспорта **страны**") unless a preposition of a part
    /// stands up to three words before it ("в эту **страну**", "to the **country**").
    private func narrowingWord(_ view: FigureSentence) -> String? {
        let words = view.words.words
        // "education-related travel services were our third largest export": goods narrow it too.
        let before = view.words(from: 0, to: view.start)
        if let goods = productCues.first(where: { before.contains($0) }) { return goods.text }
        // Cues of several words match whole ("rest of the world", "re export").
        if let several = narrowingCues.first(where: { $0.parts.count > 1 && before.contains($0) }) { return several.text }
        for i in words.indices where words[i].end <= view.start {
            guard narrowingCues.contains(where: { $0.parts.count == 1 && $0.parts.first?.matches(words[i]) == true }) else { continue }
            let governed = words[max(0, i - 3)..<i].contains { w in
                guard let role = roleReader.prepositionRole(w.text) else { return false }
                return role != .pair
            }
            if RoleReader.oneCountryWord(words[i].text), !governed { continue }
            return String(String.UnicodeScalarView(words[i].original))
        }
        return nil
    }

    /// "общий объем экспорта белорусских товаров **в страны Африки**", "exports **to African
    /// countries**", "импорт **из стран СНГ**": partners said by a word for countries after a
    /// preposition of another part than the owner's, named or not: the words that say them, or `nil`.
    private func partnersNotNamed(_ view: FigureSentence, from start: Int, ownerRole: AreaRole) -> String? {
        let words = view.words.words
        for k in words.indices where words[k].start >= start && words[k].end <= view.start {
            guard let role = roleReader.prepositionRole(words[k].text), role != ownerRole, role != .pair else { continue }
            // The noun right after, or after one adjective ("to African countries").
            for j in (k + 1)...min(k + 2, words.count - 1) where words[j].end <= view.start {
                // "со странами вне экономического союза": every partner outside a group is its whole.
                let outside = j + 1 < words.count && Self.outsideWords.contains(words[j + 1].text)
                if Self.countriesNouns.contains(where: { words[j].text.starts(with: $0) }), !outside {
                    return words[k...j].map { String(String.UnicodeScalarView($0.original)) }.joined(separator: " ")
                }
            }
        }
        return nil
    }

    private static let outsideWords: Set<[Unicode.Scalar]> = Set(["вне", "outside", "beyond"].map { Array($0.unicodeScalars) })
    private static let countriesNouns: [[Unicode.Scalar]] = ["стран", "государств", "countries", "nations", "markets"].map {
        Array($0.unicodeScalars)
    }

    private static let continents: [[Unicode.Scalar]] = ["america", "asia", "africa", "europe", "америк", "ази", "африк", "европ"].map {
        Array($0.unicodeScalars)
    }
    /// Pronouns as a sentence's subject: those that can stand for a figure before (``pronouns``) and
    /// the rest.
    private static let subjectPronouns: Set<[Unicode.Scalar]> = pronouns.union(
        ["they", "we", "he", "she", "this", "these", "они", "мы", "это"].map { Array($0.unicodeScalars) })
    private static let auxiliaries: Set<[Unicode.Scalar]> = Set(
        ["has", "have", "had", "also", "already", "уже", "также"].map { Array($0.unicodeScalars) })
    private static let investVerbs: [[Unicode.Scalar]] = ["invested", "инвестировал", "вложил"].map { Array($0.unicodeScalars) }

    /// "в экономику нашей страны", "в страну", "на рынок": where money or goods go, said with no
    /// area named in those words.
    static func destinationNotNamed(_ words: SentenceWords, mentions: [RoledMention]) -> Bool {
        let w = words.words
        return w.indices.dropLast().contains { k in
            guard Self.intoWords.contains(w[k].text), Self.destinationNouns.contains(w[k + 1].text) else { return false }
            return !mentions.contains { $0.place == "sentence" && $0.wordIndex > k && $0.wordIndex <= k + 3 }
        }
    }

    private static let intoWords: Set<[Unicode.Scalar]> = Set(["в", "во", "на", "into"].map { Array($0.unicodeScalars) })
    /// Accusative only: "в стране" (locative) says where, not where to.
    private static let destinationNouns: Set<[Unicode.Scalar]> = Set(
        ["экономику", "страну", "республику", "рынок", "рынки", "государство", "economy", "country"].map { Array($0.unicodeScalars) })

    /// Pronouns that stand for something named before, after a preposition ("товарооборот с ней").
    private static let areaPronouns: Set<[Unicode.Scalar]> = Set(
        ["ней", "нею", "ним", "ними", "нее", "нему", "нем"].map { Array($0.unicodeScalars) })
    /// "с ней": a partner's preposition ("в нем говорится" is the text's "it", not an area).
    private static let pronounPrepositions: Set<[Unicode.Scalar]> = Set(["с", "со"].map { Array($0.unicodeScalars) })

    /// Words that stand for what a figure before measured: "данный показатель", "this figure", "its value".
    private static let anaphora = ["показател", "=this =figure", "=the =figure", "=its =value", "=the =indicator"].map(WordPattern.init)
    private static let partnerWords = [WordPattern("партнер")]
    /// Pronouns that can stand for what a figure before measured ("Он вырос на 17,8 %").
    private static let pronouns: Set<[Unicode.Scalar]> = Set(["он", "она", "оно", "it"].map { Array($0.unicodeScalars) })

    /// "Он вырос на 17,8 %", "В 2010 году он вырос до 860 млн": a pronoun followed by a rise or a
    /// fall, before the figure, speaks of what the figure before measured.
    private func pronounThatChanges(_ sentence: SentenceWords, before offset: Int) -> Bool {
        let words = sentence.words
        for i in words.indices.dropLast() where words[i + 1].end <= offset && Self.pronouns.contains(words[i].text) {
            // "it only slightly exceeded 23 billion zlotys": past adverbs to the verb, which may be the
            // figure's own first word.
            var k = i + 1
            while k + 1 < words.count, words[k + 1].start <= offset, k - i <= 2, Self.isAdverb(words[k].text) { k += 1 }
            let verb = SentenceWords(words: [words[k]])
            // "он уже увеличил закупки автомобилей на 40 %": a verb with an object changes that object.
            let changes = growthCues.contains(where: { verb.contains($0) }) || declineCues.contains(where: { verb.contains($0) })
            if changes, words[k].next == " ", k + 1 < words.count, words[k + 1].end <= offset, !words[k + 1].isNumber,
                roleReader.prepositionRole(words[k + 1].text) == nil,
                !Self.byWords.contains(String(String.UnicodeScalarView(words[k + 1].text))),
                !words[k].text.suffix(2).elementsEqual("ся".unicodeScalars), !words[k].text.suffix(2).elementsEqual("сь".unicodeScalars),
                !Self.adverbs.contains(words[k + 1].text)
            {
                continue
            }
            if growthCues.contains(where: { verb.contains($0) }) || declineCues.contains(where: { verb.contains($0) })
                || Self.levelVerbs.contains(where: { verb.contains($0) })
            {
                return true
            }
        }
        return false
    }

    /// An adverb between a pronoun and its verb: "it **only slightly** exceeded", "он **уже** достиг".
    private static func isAdverb(_ word: [Unicode.Scalar]) -> Bool {
        (word.count > 3 && word.suffix(2).elementsEqual("ly".unicodeScalars)) || adverbs.contains(word)
    }
    private static let adverbs: Set<[Unicode.Scalar]> = Set(
        ["only", "already", "just", "still", "also", "even", "уже", "еще", "также", "лишь", "только"].map { Array($0.unicodeScalars) })

    /// "По итогам 2022 года он достиг $9,3 млрд": verbs of a level reached, after a pronoun.
    private static let levelVerbs = [
        "состав", "достиг", "превы", "превзо", "приблизил", "приблизилс", "reach", "amount", "stood", "total", "exceed",
    ]
    .map(WordPattern.init)

    /// Words that make the words after them depend on the noun before ("соглашения **по** проектам",
    /// "проекты с Россией **в сфере** инвестиций", "проекты **на сумму** инвестиций"). Also "документы,
    /// **предусматривающие** реализацию 30 проектов". Not "за счёт", which names a cause: "вырос на 32 %
    /// за счёт роста импорта на 50 %".
    private static let dependentMarkers: Set<[Unicode.Scalar]> = Set(
        ["по", "с", "со", "сумму", "сфере"].map { Array($0.unicodeScalars) }
    )
    .union(participleMarkers)
    /// Participles that open a clause depending on the noun before the comma.
    private static let participleMarkers: Set<[Unicode.Scalar]> = Set(
        ["предусматривающих", "предусматривающие", "предусматривающий", "предусматривающего"].map { Array($0.unicodeScalars) })

    /// "на 15 % больше" is growth, "на 5 % меньше" a fall.
    private static let comparatives: [String: Bool] = [
        "больше": true, "выше": true, "превышает": true, "превысил": true, "меньше": false, "ниже": false,
        "exceeded": true, "exceeds": true, "surpassed": true,
    ]
    private static let englishComparatives: [String: Bool] = [
        "more": true, "higher": true, "greater": true, "above": true, "less": false, "lower": false, "fewer": false,
    ]
    private static let than = Array("than".unicodeScalars)
    private static let directionAdverbs: [[Unicode.Scalar]: Bool] = [Array("up".unicodeScalars): true, Array("down".unicodeScalars): false]
    /// Verbs after which "up" or "down" is a direction: "was up 5%", "went down by 3 percent".
    private static let beingOrGoing: Set<[Unicode.Scalar]> = Set(
        ["is", "was", "were", "are", "be", "been", "being", "went", "go", "goes", "gone", "going", "ended", "closed", "rose", "fell"]
            .map { Array($0.unicodeScalars) })
    private static let or = Array("or".unicodeScalars)
    /// "y/y", "yoy", "year-on-year": between a percentage and the noun of its change.
    private static let yearOnYear: Set<[Unicode.Scalar]> = Set(["y", "yoy", "year", "on", "over"].map { Array($0.unicodeScalars) })
    /// Whether the last of `rises` or `falls` matched in `words` is a rise (`true`), a fall (`false`),
    /// or `nil` when neither is there.
    static func lastCue(_ rises: [WordPattern], _ falls: [WordPattern], in words: SentenceWords) -> Bool? {
        let up = rises.flatMap { words.matches($0) }.max()
        let down = falls.flatMap { words.matches($0) }.max()
        switch (up, down) {
        case (nil, nil): return nil
        case (.some, nil): return true
        case (nil, .some): return false
        case (.some(let u), .some(let d)): return u > d
        }
    }

    private static let byWords: Set<String> = ["на", "by"]
    /// Russian adjective endings, for "общей внешней торговли".
    private static let adjectiveEndings: [[Unicode.Scalar]] = ["ой", "ей", "ого", "его", "ых", "их", "ую", "юю", "ая", "яя", "ое", "ее"].map
    {
        Array($0.unicodeScalars)
    }
    /// Units of goods by quantity (the extractor's): their value or growth is one good's.
    private static let physicalUnits: Set<String> = ["t", "barrels", "m3", "m2", "ha", "MW", "GW", "kWh", "wagons", "containers", "TEU"]
    /// Counted things whose value a money figure right after may state ("два проекта на 19 млн").
    private static let countedUnits: Set<String> = ["projects", "agreements"]
    private static let orWords: Set<String> = ["или", "or"]
    /// A sign written before a percentage ("+52 %", "-9,3 %"); not a dash, which lists ("Китай – 18,4 %").
    private static let signs: Set<Unicode.Scalar> = ["+", "-", "−"]
    /// Words that compare with a period: "уровня 2020 года", "показателя прошлого года".
    /// The month a change is measured against: "по сравнению с **декабрем**", "против **марта**",
    /// "compared with **December**", as its number and its word, or `nil`.
    private static func comparedMonth(in words: SentenceWords) -> (month: Int, word: String)? {
        let w = words.words
        for i in w.indices.dropFirst() {
            guard let month = w[i].month
            else { continue }
            // Past "the previous", "прошлым": "compared to the previous August".
            var j = i - 1
            while j > 0, i - j <= 2, monthQualifiers.contains(w[j].text) { j -= 1 }
            let previous = w[j].text
            let compared =
                comparisonWords.contains(previous)
                || (j >= 1 && ["с", "со", "with", "to"].contains(String(String.UnicodeScalarView(previous)))
                    && comparisonStems.contains { w[j - 1].text.starts(with: $0) })
            if compared { return (month, String(String.UnicodeScalarView(w[i].original))) }
        }
        return nil
    }

    private static let monthQualifiers: Set<[Unicode.Scalar]> = Set(
        ["the", "previous", "preceding", "last", "прошлым", "предыдущим", "прошлого", "предыдущего"].map { Array($0.unicodeScalars) })
    private static let comparisonWords: Set<[Unicode.Scalar]> = Set(
        ["против", "относительно", "against", "versus", "vs", "from"].map { Array($0.unicodeScalars) })
    private static let comparisonStems: [[Unicode.Scalar]] = ["сравнени", "compar"].map { Array($0.unicodeScalars) }

    private static let periodComparands: [[Unicode.Scalar]] = ["уровн", "показател", "прошл", "предыдущ", "год"].map {
        Array($0.unicodeScalars)
    }

    /// A share's ends: `b` the part, `a` the area whose total it is a part of. The whole is the area
    /// named after "от общего" past the figure ("14,6 % от общего объёма внешней торговли
    /// **Азербайджана**"). The part is the area named right after the share word ("доля **России** в
    /// обороте Казахстана"), else the one after "на" ("на **Россию** приходится 60 %"). A subject
    /// ("Россия — партнер Киргизии с долей 20 %") cannot be told from a genitive without the case of
    /// the name, so it goes to review.
    private func shareEnds(_ areas: [Gazetteer.Area], mentions: [RoledMention], view: FigureSentence, indicator: String) -> Result<
        (Gazetteer.Area, Gazetteer.Area?), ClassifierFailure
    > {
        let words = view.words
        let inSentence = mentions.filter { $0.place == "sentence" }
        if namesATotal(view.words(from: view.end, to: view.clauseEnd).words[...]),
            let named = inSentence.first(where: { $0.mention.start >= view.end && $0.mention.end <= view.clauseEnd }),
            let whole = areas.first(where: { $0.code == named.area }), let part = areas.first(where: { $0.code != named.area })
        {
            return .success((whole, part))
        }
        // "China's share in Kazakhstan's trade": the area after "share in" owns the whole.
        if let named = inSentence.first(where: { m in
            m.wordIndex >= 2 && Self.inWords.contains(words.words[m.wordIndex - 1].text)
                && shareCues.contains { $0.parts.first?.matches(words.words[m.wordIndex - 2]) == true }
        }), let whole = areas.first(where: { $0.code == named.area }), let part = areas.first(where: { $0.code != named.area }) {
            return .success((whole, part))
        }
        // "China's share of Kazakhstan's imports": after an owner's share, the area after "of" owns
        // the whole.
        if let named = inSentence.first(where: { m in
            m.wordIndex >= 2 && Self.fromOf.contains(words.words[m.wordIndex - 1].text)
                && shareCues.contains { $0.parts.first?.matches(words.words[m.wordIndex - 2]) == true }
                && inSentence.contains { p in
                    p.area != m.area
                        && (p.wordIndex == m.wordIndex - 3
                            || (p.wordIndex == m.wordIndex - 4 && words.words[m.wordIndex - 3].text == SentenceWords.possessiveS))
                }
        }), let whole = areas.first(where: { $0.code == named.area }), let part = areas.first(where: { $0.code != named.area }) {
            return .success((whole, part))
        }
        let afterShareWord = inSentence.first { followsAShareWord($0, in: words) }
        // "Россия является крупнейшим торговым партнером Таджикистана … с долей 20 %": the share is
        // the partner's, in the trade of the area named after «партнер».
        let partnerOf = inSentence.first { m in
            m.wordIndex > 0 && Self.partnerWords.contains { $0.parts.first?.matches(words.words[m.wordIndex - 1]) == true }
        }
        let partnerPart = partnerOf.flatMap { whole in inSentence.first { $0.area != whole.area } }
        // "Turkey's imports from Ukraine was approximately 1.8% of its total import": the other side
        // of a flow (its destination, else its origin) is the part.
        // Imports go into their owner, so their part is where they come from, else the area that is
        // not where they go ("China's position as the top source of imports into Nigeria, growing
        // from 23% of import share").
        // Exports likewise come from their owner ("China's share of exports from Nigeria"). "На Китай
        // пришлось 23 % нигерийского импорта": the area after "на" before a verb of falling to is the
        // part, whatever the flow.
        let fallsTo = inSentence.first { m in
            m.wordIndex > 0 && words.words[m.wordIndex - 1].text == Self.naWord
                && words.words.contains { w in Self.fallsToStems.contains { w.text.starts(with: $0) } }
        }
        func other(than role: AreaRole) -> RoledMention? {
            inSentence.first(where: { $0.role == role }).flatMap { owner in inSentence.first { $0.area != owner.area } }
        }
        let part =
            switch indicator {
            case "imports": afterShareWord ?? fallsTo ?? inSentence.first { $0.role == .origin } ?? partnerPart ?? other(than: .destination)
            case "exports": afterShareWord ?? fallsTo ?? inSentence.first { $0.role == .destination } ?? partnerPart ?? other(than: .origin)
            default:
                afterShareWord ?? inSentence.first { $0.role == .destination } ?? partnerPart ?? inSentence.first { $0.role == .origin }
            }
        guard let part, let partArea = areas.first(where: { $0.code == part.area }),
            let whole = areas.first(where: { $0.code != part.area })
        else {
            return .failure(.init("a share, but not of whom in whose total"))
        }
        return .success((whole, partArea))
    }

    private static let withWord = Array("with".unicodeScalars)
    private static let inflowWords: [[Unicode.Scalar]] = ["inflow", "attract", "receiv", "into", "inward", "приток", "привлеч", "поступ"]
        .map {
            Array($0.unicodeScalars)
        }

    /// Whether an English name stands right before the investment's words as their attribute ("the
    /// largest recipient of **UK** foreign direct investment in Africa"): the investor, as "British
    /// investment" would say.
    private func namesTheInvestment(_ mention: RoledMention, in words: SentenceWords) -> Bool {
        guard mention.mention.form.unicodeScalars.allSatisfy(\.isASCII),
            let next = words.words.first(where: { $0.start >= mention.mention.end })
        else { return false }
        return indicatorHits(words).contains { $0.start == next.start && Self.kind($0.name) == "investment" }
    }

    /// Whether the mention is the subject an English sentence opens with ("The United States has …",
    /// "Japan increased …"): a plain name with only "the", "in", "meanwhile" or "also" before it.
    private func isEnglishSubject(_ mention: RoledMention, in words: SentenceWords) -> Bool {
        guard mention.role == .plain, mention.mention.form.unicodeScalars.allSatisfy(\.isASCII) else { return false }
        let before = words.words.prefix { $0.end <= mention.mention.start }
        return before.allSatisfy { Self.subjectOpeners.contains($0.text) }
    }
    private static let subjectOpeners: Set<[Unicode.Scalar]> = Set(["the", "in", "meanwhile", "also"].map { Array($0.unicodeScalars) })

    /// Whether the mention is an English possessive ("Germany's").
    private func isPossessive(_ mention: RoledMention, in words: SentenceWords) -> Bool {
        SentenceWords.possessiveS(after: mention.mention.end, in: words.words) != nil
    }
    /// The amount a money figure alone in brackets restates ("(about €454.3 million)", not "(в том
    /// числе прямых — $5,35 млн)"), as written, or `nil`: the last amount
    /// in the five words before the bracket that is no year nor percentage, with only years, words
    /// and commas between it and the bracket ("CFA298 billion (about €454.3 million)", "772 million
    /// in 2022 ($1.1 billion)"). An amount the extractor read (`earlier`) must be money.
    private func restatedAmount(_ view: FigureSentence, earlier: ExtractedFigure?, sentenceStart: Int) -> String? {
        guard let open = view.openingBracket,
            view.words(from: open, to: view.start).words.isEmpty,
            view.scalars[view.end...].first(where: { !$0.properties.isWhitespace }) == ")"
        else { return nil }
        let before = view.words(from: 0, to: open).words.suffix(5)
        guard
            let amount = before.last(where: { w in
                w.text.contains(where: SentenceWords.isDigit) && !WordPattern.Part.year.matches(w) && w.next != "%"
            })
        else { return nil }
        let between = view.words(from: amount.end, to: open).words
        guard !between.contains(where: { w in w.text.contains(where: SentenceWords.isDigit) && !WordPattern.Part.year.matches(w) }),
            !between.contains(where: { Self.percentWords.contains($0.text) }),
            view.scalars[amount.end..<open].allSatisfy({
                $0.properties.isAlphabetic || $0.properties.isWhitespace || $0.properties.numericType != nil || $0 == ","
            })
        else { return nil }
        if let earlier, earlier.end - sentenceStart > amount.start, !SeriesFamily.isMoney(earlier.unit) { return nil }
        // The amount's whole token, letters glued before its digits included ("CFA42.9 billion").
        var from = amount.start
        while from > 0, !view.scalars[from - 1].properties.isWhitespace { from -= 1 }
        return String(String.UnicodeScalarView(view.scalars[from..<open])).trimmingCharacters(
            in: .whitespaces.union(.punctuationCharacters))
    }
    private static let percentWords: Set<[Unicode.Scalar]> = Set(
        ["percent", "per", "процента", "процентов", "процент", "проц"].map { Array($0.unicodeScalars) })

    /// The goods a trade word of `words` is tied to ("закупок российских **удобрений**", "экспорт
    /// **нефти**", "**oil** exports"): a goods word within the two words before a trade word or the
    /// three after it; `nil` when none.
    func goodsOfAFlow(in words: SentenceWords) -> String? {
        let w = words.words
        // Trade words, and words of buying ("закупок российских удобрений").
        let starts =
            indicatorHits(words).filter { Self.kind($0.name) == "trade" }.compactMap { h in
                words.wordIndex(at: h.start).map { ($0, h.length) }
            }
            + w.indices.filter { i in Self.purchaseStems.contains { w[i].text.starts(with: $0) } }.map { ($0, 1) }
        for (i, length) in starts {
            // Goods in general ("белорусской продукции") are all of them.
            let near = (Array(w[max(0, i - 2)..<i]) + Array(w[min(w.count, i + length)...].prefix(3))).filter { word in
                !Self.goodsInGeneral.contains { word.text.starts(with: $0) }
            }
            if let cue = productCues.first(where: { SentenceWords(words: near).contains($0) }) { return cue.text }
        }
        return nil
    }
    private static let purchaseStems: [[Unicode.Scalar]] = ["закуп", "purchas", "bought"].map {
        Array($0.unicodeScalars)
    }

    /// Verbs of buying, imports only from a named seller (``place``).
    private static let purchaseWords: Set<[Unicode.Scalar]> = Set(["bought", "purchased"].map { Array($0.unicodeScalars) })
    private static let salesWords: Set<[Unicode.Scalar]> = Set(["sales", "shipments"].map { Array($0.unicodeScalars) })
    /// Words before "sales" that leave them all of a country's: the possessive's "s", determiners.
    private static let salesOwners: Set<[Unicode.Scalar]> = Set(
        ["s", "the", "its", "their", "total", "overall", "whose"].map { Array($0.unicodeScalars) })
    private static let naWord = Array("на".unicodeScalars)
    private static let fallsToStems: [[Unicode.Scalar]] = ["приход", "пришл", "пришел", "пришёл"].map { Array($0.unicodeScalars) }

    /// Whether a mention comes one or two words after a share's word ("доля **России**", "the share
    /// of **China**").
    private func followsAShareWord(_ mention: RoledMention, in words: SentenceWords) -> Bool {
        words.words[max(0, mention.wordIndex - 2)..<mention.wordIndex].contains { w in
            shareCues.contains { $0.parts.first?.matches(w) == true }
        }
    }

    /// `a` and `b` in the rules' pair order: listed areas first, in order, then by slug.
    func ordered(_ x: Gazetteer.Area, _ y: Gazetteer.Area) -> (Gazetteer.Area, Gazetteer.Area) {
        let rx = rules.pairOrder.firstIndex(of: x.code) ?? Int.max
        let ry = rules.pairOrder.firstIndex(of: y.code) ?? Int.max
        if rx != ry { return rx < ry ? (x, y) : (y, x) }
        return x.slug <= y.slug ? (x, y) : (y, x)
    }

    /// Areas a text names: the gazetteer's forms and the rules' extra patterns.
    func areaMentions(_ words: SentenceWords) -> [Gazetteer.Mention] {
        var mentions = gazetteer.mentions(in: words)
        for (code, pattern) in ruleAreaPatterns {
            for offset in words.matches(pattern) where !mentions.contains(where: { $0.start <= offset && offset < $0.end }) {
                guard let word = words.words.first(where: { $0.start == offset }) else { continue }
                mentions.append(
                    Gazetteer.Mention(
                        area: code, kind: .rule, form: String(String.UnicodeScalarView(word.text)), start: offset, end: word.end))
            }
        }
        return mentions.sorted { $0.start < $1.start }
    }

    func roles(_ words: SentenceWords, place: String) -> [RoledMention] {
        roleReader.roles(areaMentions(words), in: words, place: place)
    }

    static func describe(_ mentions: [RoledMention]) -> String {
        mentions.isEmpty ? "none" : mentions.map { "\($0.area) «\($0.mention.form)» \($0.role.rawValue)" }.joined(separator: ", ")
    }

    // MARK: Indicator and measure

    /// The indicator word that names what a figure measures.
    struct IndicatorWord {
        var name: String
        var why: String
        /// Where its words start and end in the sentence (`nil` for an indicator not read from a word).
        var start: Int?
        var end: Int?
        /// Another indicator's word between the clause's start and the figure, when there is one.
        var rival: String?
    }

    /// The indicator whose words end nearest before the figure (the longest pattern wins among those
    /// ending on the same word), else the nearest after it; with a different indicator's word earlier
    /// in the figure's clause as a rival, unless it stands right before the chosen one ("инвестиционных
    /// проектов").
    /// Where an indicator's words stand in a sentence: from `start` to `end`, `length` words.
    struct IndicatorHit {
        var start: Int
        var end: Int
        var length: Int
        var name: String
    }

    /// The indicator words of a figure's sentence, read once for all its figures.
    private func indicatorHits(ofSentenceOf figure: ExtractedFigure, _ context: ContextReader) -> [IndicatorHit] {
        context.indicatorHits(ofSentenceAt: figure.sentenceStart) { indicatorHits(context.sentence(of: figure).words) }
    }

    /// Every indicator pattern's match in `sentence`.
    private func indicatorHits(_ sentence: SentenceWords) -> [IndicatorHit] {
        var hits: [IndicatorHit] = []
        // "exports and imports amounted to $78 billion and $61 billion, respectively": the flows
        // each, not trade turnover.
        let each = Self.respectively.contains { sentence.contains($0) }
        for (name, pattern) in indicatorPatterns {
            if each, name == "trade_turnover", pattern.parts.count > 1, case .prefix(let first)? = pattern.parts.first,
                RoleReader.flowWords.contains(where: { first.starts(with: $0) })
            {
                continue
            }
            for offset in sentence.matches(pattern) {
                guard let i = sentence.wordIndex(at: offset) else { continue }
                let last = sentence.words[min(i + pattern.parts.count - 1, sentence.words.count - 1)]
                hits.append(IndicatorHit(start: offset, end: last.end, length: pattern.parts.count, name: name))
            }
        }
        return hits
    }

    private static let respectively = ["=respectively", "соответственно"].map(WordPattern.init)

    /// "Goods exports and imports reached $1.4 billion and $620 million, respectively", "экспорт и
    /// импорт составили … соответственно": in a sentence that says so, indicator words listed with
    /// "and" before the figures are theirs in order. The figure's is the listed word with as many
    /// amounts between the list and the figure as words before it in the list; `nil` without such
    /// a list of different indicators.
    private func respectiveIndicator(_ view: FigureSentence, hits before: [IndicatorHit]) -> IndicatorHit? {
        let sentence = view.words
        guard Self.respectively.contains(where: { sentence.contains($0) }) else { return nil }
        // The longest of overlapping words, in order.
        let words = before.filter { h in !before.contains { $0.start <= h.start && $0.end >= h.end && $0.length > h.length } }
            .sorted { $0.start < $1.start }
        guard var first = words.indices.last else { return nil }
        while first > 0,
            case let between = sentence.words.filter({ $0.start >= words[first - 1].end && $0.end <= words[first].start }),
            between.count <= 1, between.allSatisfy({ Self.listJoiners.contains($0.text) })
        {
            first -= 1
        }
        let list = Array(words[first...])
        guard list.count >= 2, Set(list.map(\.name)).count == list.count else { return nil }
        // Amounts after the list: a run of digit words ("1", "4" of "1.4") is one.
        var amounts = 0
        var inAmount = false
        for word in sentence.words where word.start >= list.last!.end && word.end <= view.start {
            let digits = word.text.contains(where: SentenceWords.isDigit) && !WordPattern.Part.year.matches(word)
            if digits, !inAmount { amounts += 1 }
            inAmount = digits
        }
        return amounts < list.count ? list[amounts] : nil
    }

    private static let listJoiners: Set<[Unicode.Scalar]> = Set(["and", "и", "а", "or", "или"].map { Array($0.unicodeScalars) })

    /// Whether a number (not a year) stands between `rival` and `chosen`, and a conjunction among the
    /// three words before `chosen`: the rival indicator had its own figure before the chosen one began.
    private func ownFigure(of rival: IndicatorHit, before chosen: IndicatorHit, in sentence: SentenceWords) -> Bool {
        let between = sentence.words.filter { $0.start >= rival.end && $0.end <= chosen.start }
        guard between.contains(where: { $0.isNumber && !WordPattern.Part.year.matches($0) }) else { return false }
        // A conjunction among the three words before the chosen one ("whilst the import", "and Uzbek
        // imports"); "вырос на 12 % и за счёт роста экспорта" joins no second figure's flow.
        return between.suffix(3).contains { Self.conjunctions.contains($0.text) }
    }

    /// Days: capitalized after "in" or "from", no party, like months.
    private static let weekdays: Set<[Unicode.Scalar]> = Set(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map { Array($0.unicodeScalars) })
    private static func isCalendarWord(_ word: SentenceWords.Word) -> Bool {
        word.month != nil || weekdays.contains(word.text)
    }

    private static let signed: [WordPattern.Part] = [.prefix(Array("signed".unicodeScalars)), .prefix(Array("подписан".unicodeScalars))]

    /// "чем за весь 2017 год", "than the whole of 2017", "than in the full year".
    private static let wholeYear = ["за весь", "за целый", "=the =whole =of", "=the =full =year"].map(WordPattern.init)

    private static let aboveBelow: [String: Bool] = ["above": true, "below": false]
    private static let yearBefore: Set<String> = ["last", "previous", "prior", "earlier"]

    /// Words for goods in general: "goods and services", "таджикской продукции".
    private static let goodsInGeneral: [[Unicode.Scalar]] = ["goods", "товар", "продукц", "product"].map { Array($0.unicodeScalars) }

    /// Whether the word at `offset` is a month written as one ("January-May 2018", "in May"), not a
    /// verb that looks like it ("Trade May Reach $30 Billion"): capitalized inside the sentence, with a
    /// number after it, or a dash, a month or "in", "since", "by" … before it.
    private func isMonth(_ words: SentenceWords, at offset: Int) -> Bool {
        guard let i = words.wordIndex(at: offset), case let word = words.words[i], word.start > 0,
            Self.isCalendarWord(word), word.original.first?.properties.isUppercase == true
        else { return false }
        if i + 1 < words.words.count, words.words[i + 1].isNumber { return true }
        guard i > 0 else { return false }
        let previous = words.words[i - 1]
        return previous.next == "-" || previous.next == "–" || Self.isCalendarWord(previous)
            || Self.monthPrepositions.contains(previous.text)
    }

    private static let monthPrepositions: Set<[Unicode.Scalar]> = Set(
        ["in", "since", "until", "till", "from", "by", "through", "of", "to", "early", "late", "mid", "end"].map {
            Array($0.unicodeScalars)
        })

    /// Whether an indicator is a one-way trade flow (exports, imports).
    func isFlow(_ indicator: String?) -> Bool { indicator == "exports" || indicator == "imports" }

    /// Where the first words pointing back at a pair stand ("between the two countries"), or `nil`.
    func pairPointer(in words: SentenceWords) -> Int? {
        pairAnaphora.lazy.filter { words.contains($0) }.flatMap { words.matches($0) }.min()
    }

    /// A region named by a capitalized adjective before a region word ("Туркестанской области"),
    /// as written, or `nil`.
    func regionNamed(in words: SentenceWords) -> String? {
        let regionWords = regionCues.flatMap { words.matches($0) }.compactMap { words.wordIndex(at: $0) }
        guard !regionWords.isEmpty else { return nil }
        // Not a capitalized preposition ("В области торговли …") nor an area's name ("the Central Asia region"),
        // but a capital's ("Minsk Oblast", "Tashkent region"), which names the region around it — not
        // before "State" ("Moscow State University", "Kyrgyz Republic State Customs").
        let named = areaMentions(words)
        func regionAroundCapital(_ mention: Gazetteer.Mention, word i: Int) -> Bool {
            guard isCapital(mention) else { return false }
            if mention.kind == .capital { return true }
            return words.words[i].text != Self.state
        }
        guard
            let region = regionWords.sorted().first(where: { i in
                i > 0 && words.words[i - 1].original.first?.properties.isUppercase == true && words.words[i - 1].text.count > 2
                    && !named.contains { m in
                        m.start <= words.words[i - 1].start && words.words[i - 1].end <= m.end && !regionAroundCapital(m, word: i)
                    }
            })
        else { return nil }
        return words.words[(region - 1)...region].map { String(String.UnicodeScalarView($0.original)) }.joined(separator: " ")
    }

    private static let state = Array("state".unicodeScalars)
    /// "since 2005", "с момента подписания": a change measured from an earlier time.
    private static let since = ["=since", "с момента", "с тех пор"].map(WordPattern.init)

    /// A span of several years said in `words`, as they say it ("in four years", "over the past
    /// decade", "за пять лет", "за последние 3 года"), or `nil`: a preposition of duration, then only
    /// "the", "past", "last" and a number of two or more, then the years' word.
    static func severalYears(in words: SentenceWords) -> String? {
        let w = words.words
        for i in w.indices where Self.yearsWords.contains(where: { w[i].text.starts(with: $0) }) {
            var k = i - 1
            var counted = w[i].text.starts(with: Self.decade[0]) || w[i].text.starts(with: Self.decade[1])
            while k >= 0, k >= i - 4, !Self.durationPrepositions.contains(w[k].text) {
                let word = w[k].text
                if w[k].isNumber, let n = Int(String(String.UnicodeScalarView(word))), (2...60).contains(n) {
                    counted = true
                } else if Self.severalNumerals.contains(word) {
                    counted = true
                } else if !Self.spanFillers.contains(word) {
                    break
                }
                k -= 1
            }
            guard counted, k >= 0, k >= i - 4, Self.durationPrepositions.contains(w[k].text) else { continue }
            return w[k...i].map { String(String.UnicodeScalarView($0.original)) }.joined(separator: " ")
        }
        return nil
    }
    /// A span of years told by its ends, two or more years apart ("From 2010 to 2016", "с 2015 по
    /// 2020 год", "between 2012 and 2016"), as written, or `nil`.
    static func yearSpan(in words: SentenceWords, apart: Int = 2) -> String? {
        let w = words.words
        func year(_ k: Int) -> Int? {
            guard w.indices.contains(k), WordPattern.Part.year.matches(w[k]) else { return nil }
            return Int(String(String.UnicodeScalarView(w[k].text)))
        }
        for i in w.indices.dropLast(3) where Self.spanOpenings.contains(w[i].text) {
            guard let from = year(i + 1), Self.spanJoiners.contains(w[i + 2].text), let to = year(i + 3), to - from >= apart else {
                continue
            }
            return w[i...(i + 3)].map { String(String.UnicodeScalarView($0.original)) }.joined(separator: " ")
        }
        return nil
    }
    /// The year of "since 2010", "с 2018 года", "с 2005 г." in `words`, or `nil`.
    static func sinceYear(in words: SentenceWords) -> Int? {
        let w = words.words
        for i in w.indices.dropLast() where Self.sinceOpenings.contains(w[i].text) && WordPattern.Part.year.matches(w[i + 1]) {
            // Russian "с 2018" only before "года"/"г." ("с 2018 по 2020" is a span).
            if w[i].text != Self.sinceWord, !(i + 2 < w.count && Self.yearNouns.contains(w[i + 2].text)) { continue }
            return Int(String(String.UnicodeScalarView(w[i + 1].text)))
        }
        return nil
    }
    private static let whenWords: Set<[Unicode.Scalar]> = Set(["когда", "when"].map { Array($0.unicodeScalars) })
    /// Whether words of a period of its own ("по итогам прошлого года", "in 2012", "last year") stand
    /// between a span of years and the figure at `position`.
    static func ownPeriodAfterSpan(_ words: SentenceWords, before position: Int) -> Bool {
        let w = words.words.filter { $0.end <= position }
        guard let spanEnd = w.lastIndex(where: { Self.spanJoiners.contains($0.text) }), spanEnd + 1 < w.count else { return false }
        return w[(spanEnd + 2)...].contains { WordPattern.Part.year.matches($0) || Self.relativeYearWords.contains($0.text) }
    }
    private static let relativeYearWords: Set<[Unicode.Scalar]> = Set(
        ["прошлого", "прошлом", "текущего", "этого", "минувшего", "last", "this", "previous"].map { Array($0.unicodeScalars) })
    private static let sinceOpenings: Set<[Unicode.Scalar]> = Set(["since", "с", "со"].map { Array($0.unicodeScalars) })
    private static let yearNouns: Set<[Unicode.Scalar]> = Set(["года", "г", "году"].map { Array($0.unicodeScalars) })
    private static let spanOpenings: Set<[Unicode.Scalar]> = Set(["from", "between", "с", "со", "между"].map { Array($0.unicodeScalars) })
    private static let spanJoiners: Set<[Unicode.Scalar]> = Set(["to", "and", "по", "до", "и"].map { Array($0.unicodeScalars) })
    private static let decade: [[Unicode.Scalar]] = ["decade", "десятилет"].map { Array($0.unicodeScalars) }
    /// Beginnings of the years' words: "years", "лет", "года" and "годы" after a number, decades.
    private static let yearsWords: [[Unicode.Scalar]] = ["years", "лет", "года", "годы", "decade", "десятилет"].map {
        Array($0.unicodeScalars)
    }
    private static let durationPrepositions: Set<[Unicode.Scalar]> = Set(
        ["in", "over", "within", "during", "for", "за", "течение"].map { Array($0.unicodeScalars) })
    private static let spanFillers: Set<[Unicode.Scalar]> = Set(
        ["the", "past", "last", "previous", "recent", "a", "последние", "прошедшие", "минувшие", "предыдущие"].map {
            Array($0.unicodeScalars)
        })
    private static let severalNumerals: Set<[Unicode.Scalar]> = Set(
        [
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "few", "два", "две", "три", "четыре",
            "пять", "шесть", "семь", "восемь", "девять", "десять", "несколько",
        ].map { Array($0.unicodeScalars) })
    private static let sinceWord = Array("since".unicodeScalars)
    private static let sinceObjects: Set<[Unicode.Scalar]> = Set(["the", "its", "their"].map { Array($0.unicodeScalars) })
    private static let periodFillers: Set<[Unicode.Scalar]> = Set(
        ["the", "year", "of", "to", "with", "in", "levels", "level", "same", "period", "с", "по", "годом", "года"].map {
            Array($0.unicodeScalars)
        })
    /// Words before a change's base year: "from the year of 2005", "по сравнению с 2010 годом".
    private static let baseMarkers: Set<[Unicode.Scalar]> = Set(
        ["from", "over", "compared", "against", "versus", "сравнению", "против"].map { Array($0.unicodeScalars) })
    private static let toWord = Array("к".unicodeScalars)
    private static let englishTo = Array("to".unicodeScalars)
    private static let annualWords: Set<[Unicode.Scalar]> = Set(
        ["annual", "annually", "годовой", "годового", "годовом", "годовые", "годовых"].map { Array($0.unicodeScalars) })
    /// Words of a count of things: "количество туристов", "number of visitors".
    private static let countWords = ["количеств", "=число", "=числа", "number of"].map(WordPattern.init)
    private static let by = Array("by".unicodeScalars)
    /// Words of a date a stock is told at: "по состоянию на конец 2015 года", "as of end-2015".
    private static let asOf = ["по состоянию", "на конец", "=as =of", "end of"].map(WordPattern.init)

    /// Whether a mention names a country by its capital: a Russian capital's form, or an English
    /// form that is not the country's own English name.
    func isCapital(_ mention: Gazetteer.Mention) -> Bool {
        if mention.kind == .capital { return true }
        guard mention.kind == .english, let area = gazetteer.area(mention.area), area.kind != .group else { return false }
        return area.names["en"].map { $0.lowercased() != mention.form } ?? false
    }

    /// "117 миллионов долларов составляет экспорт": the verb between a figure and its indicator.
    private static let makesUp = Array("составля".unicodeScalars)

    /// A deadline year: "by 2025", "к 2030".
    private static let deadlines = [WordPattern("=by ####"), WordPattern("=к ####")]

    private static let fromOf: Set<[Unicode.Scalar]> = Set(["from", "of"].map { Array($0.unicodeScalars) })

    /// Plural possessives before a flow: "their imports", "их экспорт".
    private static let theirs: Set<[Unicode.Scalar]> = Set(["their", "их"].map { Array($0.unicodeScalars) })

    private static let inWords: Set<[Unicode.Scalar]> = Set(["in", "в", "во"].map { Array($0.unicodeScalars) })
    /// Words that begin another clause: "18% of the total **while** exports grew", "12 % **и** экспорт".
    private static let contrastJoiners: Set<[Unicode.Scalar]> = Set(
        ["and", "while", "whilst", "whereas", "but", "и", "а", "но", "тогда"].map { Array($0.unicodeScalars) })
    /// The words saying a growth rate is against the period just before (``previousPeriodCues``), or
    /// `nil` when it is not, or is said to be year-on-year: the four words after the figure, else
    /// the cue of either kind that comes last before it in its clause, else the whole sentence when
    /// it says nothing of a year-on-year change.
    private func previousPeriodCue(_ view: FigureSentence, sentence: SentenceWords) -> String? {
        func first(_ cues: [WordPattern], in words: SentenceWords) -> WordPattern? { cues.first { words.contains($0) } }
        let after = SentenceWords(words: Array(view.words(from: view.end, to: view.clauseEnd).words.prefix(4)))
        if first(yearOnYearCues, in: after) != nil { return nil }
        if let cue = first(previousPeriodCues, in: after) { return cue.text }
        let before = view.words(from: view.clauseStart, to: view.start)
        let lastPrevious = previousPeriodCues.flatMap { before.matches($0) }.max()
        let lastYearOnYear = yearOnYearCues.flatMap { before.matches($0) }.max()
        if let p = lastPrevious, p > (lastYearOnYear ?? -1) {
            return first(previousPeriodCues, in: before)?.text
        }
        if lastYearOnYear != nil || yearOnYearCues.contains(where: { sentence.contains($0) }) { return nil }
        return first(previousPeriodCues, in: sentence)?.text
    }

    /// Words that set another clause against the figure's: "while", "а", "тогда как" …
    private static let contrasts: Set<[Unicode.Scalar]> = Set(
        ["while", "whilst", "whereas", "but", "followed", "а", "но", "тогда"].map { Array($0.unicodeScalars) })
    /// Those, and "при", before a second flow's word ("$703 million **and** imports at …").
    private static let conjunctions = contrastJoiners.union([Array("при".unicodeScalars)])

    /// The brackets closed before the figure that follow an indicator's word in their clause ("во
    /// внешнем обороте Украины **(экспорт и импорт …)**", "достиг 1,759 млрд долларов **(ненефтяная
    /// торговля)**"): they explain what comes before them ("…, while shipments to China (exports)
    /// totaled" explains no word of the clause before).
    private func explanatoryBrackets(_ closed: [Range<Int>], view: FigureSentence, hits: [IndicatorHit]) -> [Range<Int>] {
        closed.filter { r in
            let clauseStart = view.clause(around: r.lowerBound, to: r.lowerBound).start
            guard let word = hits.filter({ h in h.end <= r.lowerBound && h.start >= clauseStart }).max(by: { $0.end < $1.end }) else {
                return false
            }
            // "во внешней торговле Казахстана (по экспорту)": one flow in brackets after trade narrows it.
            let inside = Set(hits.filter { r.contains($0.start) }.map(\.name).filter(isFlow))
            return !(word.name == "trade_turnover" && inside.count == 1)
        }
    }

    private func nearestIndicator(_ view: FigureSentence, hits all: [IndicatorHit], explained: [Range<Int>]) -> IndicatorWord? {
        let sentence = view.words
        let position = view.start
        let end = view.end
        typealias Hit = IndicatorHit
        // "доля Китая во внешнем обороте Украины (экспорт и импорт товаров и услуг) составила 12,9 %":
        // words in brackets that explain an indicator's word right before them are no indicator of
        // their own ("shipments to China (exports) totaled" names the figure's).
        let hits = all.filter { h in !explained.contains { $0.contains(h.start) } }
        func text(_ hit: Hit) -> String {
            let i = sentence.wordIndex(at: hit.start) ?? 0
            return sentence.words[i...].prefix(hit.length).map { String(String.UnicodeScalarView($0.text)) }.joined(separator: " ")
        }
        let before = hits.filter { $0.end <= position }.max { a, b in (a.end, a.length) < (b.end, b.length) }
        // "из них 117 миллионов долларов составляет экспорт и 379 миллионов – импорт": a word right
        // after the figure (or after "составляет"), when the one before has a figure of its own
        // (just before it, or between it and this figure), is the figure's own.
        func amount(_ w: SentenceWords.Word) -> Bool { w.text.contains(where: SentenceWords.isDigit) && !WordPattern.Part.year.matches(w) }
        if let chosen = before, let i = sentence.wordIndex(at: chosen.start),
            sentence.words[max(0, i - 4)..<i].contains(where: amount)
                || sentence.words.contains(where: { $0.start >= chosen.end && $0.end <= position && amount($0) }),
            var next = sentence.words.firstIndex(where: { $0.start >= end }),
            view.scalars[end..<sentence.words[next].start].allSatisfy({
                $0 == " " || $0 == "\u{00A0}" || $0 == "-" || $0 == "–" || $0 == "—"
            })
        {
            // "составляет экспорт" says what the figure is; otherwise the word must close its clause
            // ("379 миллионов – импорт.", "with $2.4 billion from imports."), or it begins a clause of
            // its own ("$4,3 млрд — экспорт увеличился на 20 %").
            let says = sentence.words[next].text.starts(with: Self.makesUp)
            if says || Self.fromOf.contains(sentence.words[next].text), next + 1 < sentence.words.count { next += 1 }
            if let right = hits.first(where: { $0.start == sentence.words[next].start && $0.name != chosen.name }),
                says || right.end >= view.scalars.count || [",", ";", ".", ")"].contains(view.scalars[right.end])
            {
                return IndicatorWord(name: right.name, why: "«\(text(right))» right after the figure", start: right.start, end: right.end)
            }
        }
        if let listed = respectiveIndicator(view, hits: hits.filter { $0.end <= position }) {
            return IndicatorWord(
                name: listed.name, why: "«\(text(listed))», listed for the figures in order (respectively)", start: listed.start,
                end: listed.end)
        }
        if let before {
            // The figure's clause, and the indicator's when the word stands in a clause before
            // ("соглашения по ряду проектов, стоимостью в $18 млрд").
            var clauseStart = min(view.clauseStart, view.clause(around: before.start, to: before.end).start)
            // "Пакет соглашений, предусматривающих реализацию 30 проектов": a clause that opens with
            // a dependency belongs to the noun before it.
            if let first = sentence.words.first(where: { $0.start >= clauseStart }), Self.participleMarkers.contains(first.text),
                clauseStart > 0
            {
                let back = max(0, clauseStart - 2)
                clauseStart = view.clause(around: back, to: back).start
            }
            let beforeWord = sentence.wordIndex(at: before.start) ?? 0
            let rival = hits.first { h in
                h.name != before.name && h.end <= before.start && h.start >= clauseStart
                    // "the gross inflow of direct investment": the nearer word says which investment.
                    && !(h.name == "investment" && before.name == "direct_investment")
                    // Part of a longer pattern of the chosen indicator ("прямых инвестиций").
                    && !hits.contains { $0.name == before.name && $0.start <= h.start && $0.end >= h.end }
                    // An adjective right before the chosen word ("инвестиционных проектов").
                    && (sentence.wordIndex(at: h.start) ?? 0) + h.length != beforeWord
                    // "with exports at $703 million and imports at $478.7 million": a rival with a
                    // figure of its own (a number, not a year), and a conjunction after it, before
                    // the chosen word is no rival ("соглашений … около 30 проектов" counts the projects).
                    && !ownFigure(of: h, before: before, in: sentence)
            }
            // "соглашений по реализации проектов на $1,5 млрд", "проектов с объемом инвестиций $50 млрд":
            // the nearer word depends on the rival, which is what the figure measures ("В торговле с
            // Молдовой у Беларуси положительное сальдо": a partner after "с" makes no dependency).
            if let rival,
                sentence.words.indices.contains(where: { i in
                    sentence.words[i].start >= rival.end && sentence.words[i].end <= before.start
                        && Self.dependentMarkers.contains(sentence.words[i].text)
                        && !areaMentions(sentence).contains { i + 1 < sentence.words.count && $0.start == sentence.words[i + 1].start }
                        // "Соглашения на общую сумму 5 млрд долларов предусматривают инвестиции": a marker
                        // before the rival's own figure.
                        && (Self.participleMarkers.contains(sentence.words[i].text)
                            || !sentence.words.contains { $0.start > sentence.words[i].end && $0.end <= before.start && amount($0) })
                })
            {
                return IndicatorWord(
                    name: rival.name, why: "«\(text(rival))», on which «\(text(before))» depends", start: rival.start, end: rival.end)
            }
            return IndicatorWord(
                name: before.name, why: "«\(text(before))» before the figure", start: before.start, end: before.end, rival: rival?.name)
        }
        // The nearest after it, the longest there ("a $240 million trade surplus", not "trade"), but
        // not past a contrast that begins another clause ("Argentine sales to Brazil increased by 38.2%
        // …, while imports amounted to …"), nor right after "and" ("China bought products worth $4.08
        // billion from Russia **and exported** goods worth …": the next item's word).
        // Nor past a semicolon ("Electricity, gas and water, close to 40 billion; Trade below 20").
        if let after = hits.filter({ $0.start >= end }).min(by: { ($0.start, -$0.length) < ($1.start, -$1.length) }),
            !view.scalars[min(end, view.scalars.count)..<min(max(after.start, end), view.scalars.count)].contains(";"),
            !sentence.words.indices.contains(where: { i in
                let w = sentence.words[i]
                guard w.start >= end, w.end <= after.start else { return false }
                if RoleReader.and.contains(w.text), i + 1 < sentence.words.count, sentence.words[i + 1].start == after.start {
                    return true
                }

                // ", with German imports … standing at 27.5 percent": another figure's clause too.
                return Self.contrasts.contains(w.text) || (w.text == Self.withWord && i > 0 && sentence.words[i - 1].next == ",")
            })
        {
            return IndicatorWord(name: after.name, why: "«\(text(after))» after the figure", start: after.start, end: after.end)
        }
        return nil
    }

    /// What the figure measures, read in this order: its counted unit; "в том числе прямых" of an
    /// investment whole; the nearest indicator word; the whole it is part of; "данный показатель"
    /// or a pronoun that rises or reaches a level ("он достиг"), for the indicator before; growth
    /// with nothing else named ("прирост составил 40 %") after a sentence with a figure; the
    /// extractor's coarse kind.
    private func readIndicator(
        _ figure: ExtractedFigure, view: FigureSentence, nearest: IndicatorWord?, wholeIndicator: String?, previousIndicator: String?,
        previousInSentenceBefore: Bool, context: ContextReader
    ) -> IndicatorWord? {
        let sentence = view.words
        if let name = rules.unitIndicators[figure.unit] { return IndicatorWord(name: name, why: "the unit \(figure.unit)") }
        // "$23,34 млн инвестиций из Литвы (в том числе прямых — $5,35 млн)": a part that names its kind.
        if figure.partOf != nil, wholeIndicator == "investment", view.words(from: view.clauseStart, to: view.start).contains(Self.direct) {
            return IndicatorWord(name: "direct_investment", why: "«прямых», a part of investment")
        }
        if let nearest { return nearest }
        if let wholeIndicator { return IndicatorWord(name: wholeIndicator, why: "the whole it is part of") }
        // "Данный показатель", "он вырос", "он достиг": what the figure before measured, else what
        // the sentence before names ("Товарооборот растет. По итогам 2022 года он достиг $9,3 млрд").
        let anaphora =
            Self.anaphora.first(where: { sentence.contains($0) }).map { "«\($0.text.replacingOccurrences(of: "=", with: ""))»" }
            ?? (pronounThatChanges(sentence, before: view.start) ? "«он»" : nil)
        if let anaphora {
            if let previousIndicator { return IndicatorWord(name: previousIndicator, why: "\(anaphora), the figure before") }
            if let named = context.indicatorNamed(before: figure.sentenceStart, classifier: self) {
                return IndicatorWord(name: named, why: "\(anaphora), named in the sentence before")
            }
        }
        // "…в 2024 году он составил $4,3 млрд. За первый квартал прирост составил 40 %": growth with
        // nothing else named is the growth of what the figure in the sentence right before measured.
        // Not when the sentence counts something else ("количество туристов … также увеличивается на 20 %").
        if figure.unit == "percent", figure.indicator == nil, previousInSentenceBefore, let previousIndicator,
            growthCues.contains(where: { sentence.contains($0) }), !Self.countWords.contains(where: { sentence.contains($0) }),
            // Nor when it names goods or a sector ("830.000 Chinese tourists visited Cambodia last year,
            // a 20 percent year-on-year increase" after a sentence on investment).
            !productCues.contains(where: { sentence.contains($0) })
        {
            return IndicatorWord(name: previousIndicator, why: "«прирост», of the figure in the sentence before")
        }
        // Not a word the extractor found past a semicolon after the figure ("close to 40 billion; Trade
        // below 20 billion").
        if let name = figure.indicator, rules.indicators.contains(where: { $0.name == name }) {
            let semicolon = view.scalars[min(view.end, view.scalars.count)...].firstIndex(of: ";")
            let own = indicatorHits(sentence).filter { $0.name == name }
            if let semicolon, !own.isEmpty, own.allSatisfy({ $0.start > semicolon }) { return nil }
            return IndicatorWord(name: name, why: "the extractor")
        }
        return nil
    }

    /// Whether `words` speak of one area's whole of the same kind as `indicator` (trade, or
    /// investment): a single-area family's cue ("внешнеторговый оборот", "иностранные инвестиции")
    /// or a total's ("общий объем"); `named` is the sentence's last indicator word.
    func namesATotal(_ words: SentenceWords, named: String?, of indicator: String) -> Bool {
        guard let named, Self.kind(named) == Self.kind(indicator) else { return false }
        return totalCues.contains { words.contains($0) }
            || rules.families.indices.contains { k in
                rules.families[k].direction == .single && familyCues[k].contains { words.contains($0) }
            }
    }

    /// Trade flows are of one kind, investment of another; any other indicator is its own.
    static func kind(_ indicator: String) -> String {
        switch indicator {
        case "trade_turnover", "exports", "imports": "trade"
        case "investment", "direct_investment": "investment"
        default: indicator
        }
    }

    /// The trade flows (exports, imports) a sentence names.
    func flowsNamed(in words: SentenceWords) -> Set<String> {
        Set(indicatorHits(words).map(\.name).filter(isFlow))
    }

    /// The words of a percentage of an indicator of `indicator`'s kind in `words` ("**50% of the
    /// foreign direct investments** in Slovenia are made by Austrian businesses", "**40 % от
    /// экспорта**"), or `nil`: a number with "%" or a percent word, "of" or "от" within two words,
    /// then the indicator's word within four.
    func shareOfKind(in words: SentenceWords, of indicator: String) -> String? {
        let w = words.words
        let hits = indicatorHits(words).filter { Self.kind($0.name) == Self.kind(indicator) }
        for i in w.indices where w[i].isNumber || w[i].text.contains(where: SentenceWords.isDigit) {
            let percent = w[i].next == "%" || (i + 1 < w.count && Self.percentWords.contains(w[i + 1].text))
            guard percent, let of = w[(i + 1)...].prefix(3).firstIndex(where: { Self.fromOf.contains($0.text) || $0.text == Self.otWord })
            else { continue }
            let window = w[(of + 1)...].prefix(4)
            guard let last = window.last, hits.contains(where: { $0.start >= w[of].end && $0.start <= last.start }) else { continue }
            return String(String.UnicodeScalarView(w[i].original)) + (w[i].next == "%" ? "%" : "") + " of …"
        }
        return nil
    }
    private static let otWord = Array("от".unicodeScalars)

    /// The last indicator word of a sentence, if it names one.
    func lastIndicator(in words: SentenceWords) -> String? {
        indicatorHits(words).max { ($0.end, $0.length) < ($1.end, $1.length) }?.name
    }

    /// The indicator a percentage is a part of, named right after it: "90 % монгольского
    /// **экспорта**" (`adjacent`: the next word, or the one after an adjective), "36 % от всех прямых
    /// **инвестиций**" (after a share-of-total cue, `cued`). `nil` when neither, and when the words
    /// between or right after say growth ("17 % роста товарооборота", "12 % export growth") or join
    /// another clause ("вырос на 12 % и импорт — на 5 %").
    private func wholeAfter(_ view: FigureSentence) -> (word: IndicatorWord, adjacent: Bool, cued: Bool, partGoods: String?)? {
        let after = view.words(from: view.end, to: view.clauseEnd)
        let first = Array(after.words.prefix(5))
        guard !first.isEmpty else { return nil }
        let cued = namesATotal(first[...])
        // The earliest hit, the longest pattern among those starting there; after a total's cue a
        // few words further ("of the total volume of Ukrainian foreign trade").
        // Not past a joiner: "18% of the total while exports to China grew" is no share of exports.
        let joined = after.words.prefix(9).firstIndex { Self.contrastJoiners.contains($0.text) } ?? 9
        let reach = cued ? min(9, joined) : first.count
        let hit = indicatorHits(after).compactMap { h in after.wordIndex(at: h.start).map { (index: $0, hit: h) } }
            .filter { $0.index < reach }
            .min { a, b in (a.index, -a.hit.length) < (b.index, -b.hit.length) }
        guard let hit else { return nil }
        // Right after the figure, or after one word, or after adjectives alone ("0,6 % общей внешней торговли").
        let adjacent =
            hit.index == 0 || (hit.index == 1 && !Self.joiners.contains(first[0].text))
            || (hit.index == 2
                && first[..<2].allSatisfy { w in
                    Self.adjectiveEndings.contains { w.text.count > $0.count && w.text.suffix($0.count).elementsEqual($0) }
                })
        // A total is the owner's whole: not one of a partner ("60% of its total trade with China", "45%
        // of its total exports to Asia"), nor of another indicator than the part's before it ("exports to
        // Turkey made up 1.8% of its total imports").
        var total = cued
        if cued {
            let rest = Array(after.words.dropFirst(hit.index + hit.hit.length).prefix(2))
            if rest.count == 2, Self.partnerPrepositions.contains(rest[0].text),
                areaMentions(after).contains(where: { $0.start == rest[1].start })
            {
                total = false
            }
            let part = indicatorHits(view.words(from: view.clauseStart, to: view.start)).max { ($0.end, $0.length) < ($1.end, $1.length) }
            if let part, Self.kind(part.name) != Self.kind(hit.hit.name) || (isFlow(part.name) && part.name != hit.hit.name) {
                total = false
            }
        }
        guard adjacent || total else { return nil }
        // "70% of all soybeans exported by Brazil", "40% of all wheat imported": goods the flow carries
        // are a group of its goods, not the whole.
        let passive = after.words.dropFirst(hit.index + hit.hit.length).first.map { $0.text == Self.by } ?? false
        let goods = SentenceWords(words: Array(after.words[..<hit.index]))
        if passive || productCues.contains(where: { goods.contains($0) }) { return nil }
        let around = SentenceWords(words: Array(after.words[..<hit.index]) + after.words.dropFirst(hit.index + hit.hit.length).prefix(1))
        if growthCues.contains(where: { around.contains($0) }) || declineCues.contains(where: { around.contains($0) }) { return nil }
        let text = String(String.UnicodeScalarView(after.words[hit.index].text))
        return (
            IndicatorWord(name: hit.hit.name, why: "«\(text)» after the percentage: a share of it", start: hit.hit.start, end: hit.hit.end),
            adjacent, total, total ? partNamesGoods(view) : nil
        )
    }

    /// The goods that make a share's part, when they do: the goods word right before the part's flow
    /// word in the figure's clause ("its **wool** export … dominated the first place, or 51.2% of its
    /// total export value"), or in the clause before one that goes on from it ("consisted of wood
    /// pulp, **paper** and paper scraps, which accounted for just over 17 percent of all Canadian
    /// imports"); `nil` when the part names none.
    private func partNamesGoods(_ view: FigureSentence) -> String? {
        var from = view.clauseStart
        let opening = view.words(from: view.clauseStart, to: view.start).words.first
        if let opening, Self.goingOn.contains(opening.text), from > 1 {
            from = view.clause(around: from - 2, to: from - 2).start
        }
        let part = view.words(from: from, to: view.start)
        let cue = productCues.first { cue in
            part.matches(cue).contains { offset in
                // A goods word right before a flow word, or in the clause before one that goes on.
                guard let i = part.wordIndex(at: offset) else { return false }
                let next = part.words.dropFirst(i + cue.parts.count).first.map { SentenceWords(words: [$0]) }
                return from < view.clauseStart || (next.map { n in indicatorHits(n).contains { isFlow($0.name) } } ?? false)
            }
        }
        return cue?.text
    }

    /// Words that open a clause going on from the one before: "…, **or** 51.2% of", "…, **which** accounted for".
    private static let goingOn: Set<[Unicode.Scalar]> = Set(["or", "which", "или", "что"].map { Array($0.unicodeScalars) })

    /// Prepositions that name a whole's partner: "total trade **with** China", "exports **to** Asia".
    private static let partnerPrepositions: Set<[Unicode.Scalar]> = Set(
        ["with", "to", "from", "between", "с", "со", "в", "во", "из", "между"].map { Array($0.unicodeScalars) })

    private enum ChangeAfter {
        case indicator(IndicatorWord)
        /// A change's noun of something that is not the flow's whole: its words.
        case other(String)
    }

    /// What a change's noun right after a percentage says changed, named after it: the indicator
    /// ("about 40% **increase of** Indian **exports** to China", "a 12% rise in imports": the noun,
    /// then "of" or "in" and the indicator's word within three words), or something else ("a 20%
    /// increase in duties on imports", "in trade with the border regions"), or `nil`.
    private func changeNamedAfter(_ view: FigureSentence) -> ChangeAfter? {
        let after = view.words(from: view.end, to: view.clauseEnd)
        guard after.words.count >= 3, case let noun = SentenceWords(words: [after.words[0]]),
            growthCues.contains(where: { noun.contains($0) }) || declineCues.contains(where: { noun.contains($0) }),
            Self.ofOrIn.contains(after.words[1].text)
        else { return nil }
        let hit = indicatorHits(after).compactMap { h in after.wordIndex(at: h.start).map { (index: $0, hit: h) } }
            .filter { $0.index >= 2 && $0.index <= 4 }
            .min { a, b in (a.index, -a.hit.length) < (b.index, -b.hit.length) }
        guard let hit else { return nil }
        // Not of something else the flow has ("a 20% increase in duties on imports", "in the price of
        // exports", "in the share of exports"), nor of one region's trade ("in trade with the Russian
        // border regions").
        let between = SentenceWords(words: Array(after.words[2..<hit.index]))
        if let cue = Self.notTheFlow.first(where: { between.contains($0) }) ?? shareCues.first(where: { between.contains($0) })
            ?? regionCues.first(where: { after.contains($0) })
        {
            return .other(cue.text.replacingOccurrences(of: "=", with: ""))
        }
        let text = String(String.UnicodeScalarView(after.words[hit.index].text))
        return .indicator(
            IndicatorWord(name: hit.hit.name, why: "«\(text)» after the change's noun", start: hit.hit.start, end: hit.hit.end))
    }

    private static let the = Array("the".unicodeScalars)
    private static let pledgeVerbs: Set<[Unicode.Scalar]> = Set(
        ["announced", "unveiled", "promised", "объявил", "объявила", "объявили", "пообещал", "пообещала", "пообещали"].map {
            Array($0.unicodeScalars)
        })
    private static let allWords: Set<[Unicode.Scalar]> = Set(
        ["all", "every", "все", "всех", "всем", "всеми"].map { Array($0.unicodeScalars) })
    private static let traderNouns: Set<[Unicode.Scalar]> = Set(
        [
            "exporter", "exporters", "importer", "importers", "supplier", "suppliers", "экспортер", "экспортером", "импортер", "импортером",
            "поставщик", "поставщиком",
        ].map { Array($0.unicodeScalars) })
    /// Words that leave the area after them out: "other than", "except", "excluding", "кроме", "помимо".
    private static let exclusions: [[[Unicode.Scalar]]] = [
        ["other", "than"], ["except"], ["excluding"], ["кроме"], ["помимо"], ["за", "исключением"],
    ]
    .map { $0.map { Array($0.unicodeScalars) } }
    private static let goodsTies: Set<[Unicode.Scalar]> = Set(
        ["of", "and", "products", "goods", "items", "item", "exports", "imports", "related", "и", "продукции", "товаров"].map {
            Array($0.unicodeScalars)
        })
    private static let notTheFlow = ["dut", "tariff", "price", "cost", "=rate", "=rates", "volume"].map(WordPattern.init)
    private static let ofOrIn: Set<[Unicode.Scalar]> = Set(["of", "in"].map { Array($0.unicodeScalars) })

    /// Whether the first words after a percentage name a total it is a part of: "от общего объёма",
    /// "of the total", and with the whole's owner between the preposition and the total's word, "1.8%
    /// of its total import", "13.5 percent of Georgia's total annual foreign trade".
    private func namesATotal(_ first: ArraySlice<SentenceWords.Word>) -> Bool {
        let words = SentenceWords(words: Array(first.prefix(5)))
        guard let preposition = words.words.first else { return false }
        return shareOfTotalCues.contains { words.contains($0) }
            || (Self.partOf.contains(preposition.text)
                && totalCues.contains { SentenceWords(words: Array(words.words.prefix(4))).contains($0) })
    }

    /// The prepositions of a part's whole: "1.8% **of** its total import", "**от** общего объёма".
    private static let partOf: Set<[Unicode.Scalar]> = Set(["of", "от"].map { Array($0.unicodeScalars) })
    /// Words that join another clause or phrase rather than make a genitive: "12 % **и** импорт".
    private static let joiners: Set<[Unicode.Scalar]> = Set(
        ["и", "а", "но", "при", "благодаря", "за", "по", "к", "and", "by", "while", "but", "with", "for", "in", "on"].map {
            Array($0.unicodeScalars)
        })

    private func measureHint(_ figure: ExtractedFigure, hasParts: Bool, sentence: SentenceWords) -> Measure? {
        if stockCues.contains(where: { sentence.contains($0) }) { return .stock }
        if flowCues.contains(where: { sentence.contains($0) }) { return .flow }
        // A whole with parts and no period of its own: "более $26 млрд, из них $4 млрд в 2024 году".
        if !figure.periodFromText { return .stock }
        // "на 1 июля 2017 года Россия вложила $4,43 млрд": a day named in the text is an as-of date.
        if hasParts || figure.periodFromText, figure.period?.frequency == .daily { return .stock }
        if let period = figure.period, period.frequency != .daily { return .flow }
        return nil
    }

    // MARK: A user's series rules

    /// The user's series rule that fits the figure best and alone (the way every rule worked before
    /// templates), or `nil`.
    private func legacyRule(
        _ figure: ExtractedFigure, indicator: String, period: Period, measure: Measure?, sentence: [RoledMention], context: ContextReader
    ) -> ClassificationRules.SeriesDefinition? {
        guard !rules.series.isEmpty else { return nil }
        var mentions = sentence
        if case .success(let extra) = context.complete(Set(sentence.map(\.area)), needed: 2, before: figure.sentenceStart, classifier: self)
        {
            mentions += extra.map {
                var m = $0; m.place = "context"; return m
            }
        }
        var scored: [(rule: ClassificationRules.SeriesRule, score: Double)] = []
        for rule in rules.series where rule.indicator == indicator && rule.unit == figure.unit && period.fits(rule.series.frequency) {
            guard let area = best(rule.area, mentions), let counterpart = best(rule.counterpart, mentions) else { continue }
            var score = weight(area) + weight(counterpart)
            if rule.bilateral != true {
                if area.role == .destination { score -= 1.5 }
                if counterpart.role == .destination { score += 1 }
            }
            if rule.series.frequency != .irregular { score += 0.5 }
            if let measure { score += rule.series.measure == measure ? 1 : -1 }
            scored.append((rule, score))
        }
        guard let top = scored.max(by: { $0.score < $1.score }), scored.filter({ $0.score == top.score }).count == 1 else { return nil }
        return top.rule.series
    }

    private func weight(_ mention: RoledMention) -> Double { mention.place == "sentence" ? 2 : 1 }

    private func best(_ area: String, _ mentions: [RoledMention]) -> RoledMention? {
        mentions.filter { $0.area == area }.max { a, b in
            (a.place == "sentence" ? 2 : 0) + (a.role == .destination ? 0 : 1) < (b.place == "sentence" ? 2 : 0)
                + (b.role == .destination ? 0 : 1)
        }
    }
}

extension SeriesFamily {
    /// Whether an adjective names the origin ("российские инвестиции"): for investment, not for
    /// trade, where "российский экспорт" is as often Russia's whole export.
    var adjectiveMarks: Bool { origin == "a" && indicator.hasSuffix("investment") }
}
