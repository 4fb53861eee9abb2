/// The sentences before a figure and the title, for areas a sentence leaves out. Each sentence is
/// read for areas once per document, however many figures look back at it.
final class ContextReader {
    let scalars: [Unicode.Scalar]
    let sentences: [Range<Int>]
    let title: String?
    private var read: [Int: [RoledMention]] = [:]
    private var titleRead: [RoledMention]?

    init(text: String, sentences: [Range<Int>], title: String?) {
        scalars = Array(text.unicodeScalars)
        self.sentences = sentences
        self.title = title
    }

    /// The title's words, when there is a title.
    lazy var titleWords: SentenceWords? = title.map(SentenceWords.init)

    /// Figures' sentences read so far, by where they start: a sentence often holds several figures.
    private var figureSentences: [Int: (words: SentenceWords, scalars: [Unicode.Scalar], roles: [RoledMention]?)] = [:]

    /// Indicator words of figures' sentences, by where they start.
    private var hitsRead: [Int: [Classifier.IndicatorHit]] = [:]

    /// The indicator words of the sentence starting at `start`, found by `read` the first time.
    func indicatorHits(ofSentenceAt start: Int, read: () -> [Classifier.IndicatorHit]) -> [Classifier.IndicatorHit] {
        if let known = hitsRead[start] { return known }
        let found = read()
        hitsRead[start] = found
        return found
    }

    /// A figure's sentence: its words read once for every figure in it.
    func sentence(of figure: ExtractedFigure) -> FigureSentence {
        if let known = figureSentences[figure.sentenceStart] {
            return FigureSentence(figure, words: known.words, scalars: known.scalars)
        }
        let view = FigureSentence(figure)
        figureSentences[figure.sentenceStart] = (view.words, view.scalars, nil)
        return view
    }

    /// Sentences before a figure's, read for words once: several figures and checks look back at
    /// the same one.
    private var wordsRead: [Int: SentenceWords] = [:]
    private var indicatorsRead: [Int: String?] = [:]

    /// The words of the sentence right before the one starting at `offset`, if there is one.
    func wordsOfSentence(before offset: Int) -> SentenceWords? {
        guard let k = sentences.lastIndex(where: { $0.upperBound <= offset }) else { return nil }
        return words(ofSentence: k)
    }

    /// The areas the sentence right before the one starting at `offset` names, with their parts.
    func mentions(before offset: Int, classifier: Classifier) -> [RoledMention] {
        guard let k = sentences.lastIndex(where: { $0.upperBound <= offset }) else { return [] }
        return mentions(inSentence: k, classifier: classifier)
    }

    /// Every area the sentences before `offset` name.
    func areasNamed(before offset: Int, classifier: Classifier) -> Set<String> {
        Set(
            sentences.indices.filter { sentences[$0].upperBound <= offset }.flatMap {
                mentions(inSentence: $0, classifier: classifier).map(\.area)
            })
    }

    /// The last indicator word of the sentence right before the one starting at `offset`.
    func indicatorNamed(before offset: Int, classifier: Classifier) -> String? {
        guard let k = sentences.lastIndex(where: { $0.upperBound <= offset }) else { return nil }
        return lastIndicator(ofSentence: k, classifier: classifier)
    }

    /// Whether the sentence right before the one starting at `offset` names two areas as a pair
    /// ("the total trade between Serbia and the Russian Federation") and speaks last of trade turnover;
    /// its areas and indicator are read once.
    func namesATradingPair(before offset: Int, classifier: Classifier) -> Bool {
        guard let k = sentences.lastIndex(where: { $0.upperBound <= offset }),
            lastIndicator(ofSentence: k, classifier: classifier) == "trade_turnover"
        else { return false }
        return Set(mentions(inSentence: k, classifier: classifier).filter { $0.role == .pair }.map(\.area)).count == 2
    }

    /// The last indicator word of sentence `k`, read once.
    private func lastIndicator(ofSentence k: Int, classifier: Classifier) -> String? {
        if let known = indicatorsRead[k] { return known }
        let found = classifier.lastIndicator(in: words(ofSentence: k))
        indicatorsRead[k] = found
        return found
    }

    private func words(ofSentence k: Int) -> SentenceWords {
        if let known = wordsRead[k] { return known }
        let range = sentences[k].clamped(to: 0..<scalars.count)
        let words = SentenceWords(String(String.UnicodeScalarView(scalars[range])))
        wordsRead[k] = words
        return words
    }

    /// The areas a figure's sentence names, with their parts, read once for every figure in it.
    func roles(inSentenceOf figure: ExtractedFigure, classifier: Classifier) -> [RoledMention] {
        if let known = figureSentences[figure.sentenceStart]?.roles { return known }
        let words = sentence(of: figure).words
        let found = classifier.roles(words, place: "sentence").filter { !namesACurrency($0, sentenceStart: figure.sentenceStart) }
        figureSentences[figure.sentenceStart]?.roles = found
        return found
    }

    private func mentions(inSentence k: Int, classifier: Classifier) -> [RoledMention] {
        if let known = read[k] { return known }
        let range = sentences[k].clamped(to: 0..<scalars.count)
        let found = classifier.roles(SentenceWords(String(String.UnicodeScalarView(scalars[range]))), place: "previous sentence")
            .filter { !namesACurrency($0, sentenceStart: range.lowerBound) }
        read[k] = found
        return found
    }

    /// "U.S.$139.8 billion": a dotted abbreviation right before a dollar sign names the currency.
    private func namesACurrency(_ m: RoledMention, sentenceStart: Int) -> Bool {
        let end = sentenceStart + m.mention.end
        return end + 1 < scalars.count && scalars[end] == "." && scalars[end + 1] == "$"
    }

    /// Whether the title names `area` alone, as a whole's owner ("Экспорт Молдовы сократился более
    /// чем на 16 %", "Молдова импортировала товаров более чем на миллиард долларов"): an article
    /// about one country's trade with the world, not about a pair.
    func titleSpeaksOfOnly(_ area: String, classifier: Classifier) -> Bool {
        let mentions = titleMentions(classifier: classifier)
        return !mentions.isEmpty && mentions.allSatisfy { $0.area == area && ($0.role == .plain || $0.role == .adjective) }
    }

    private func titleMentions(classifier: Classifier) -> [RoledMention] {
        if let titleRead { return titleRead }
        let found = titleWords.map { classifier.roles($0, place: "title") } ?? []
        titleRead = found
        return found
    }

    /// The areas that complete `codes` to `needed`: from the nearest sentences before `offset` that
    /// name any — skipping those that name areas the title does not, when the title names two or
    /// more (a sentence about "the CIS department of the ministry" is not the article's pair) — then
    /// from the title. Too many candidates at any step: a failure that says which. A pronoun before
    /// the figure (`pronoun`: "товарооборот с ней") points to the nearest sentence naming areas,
    /// whatever the title names. With `partnersOnly` (the figure names only partners) the sentence
    /// before gives the side that trades with them; with `indicator`, a figure that names no area
    /// after a sentence about one area's total of its kind fails, and for a trade flow after a
    /// sentence that names only the other flow, that sentence's origin and destination turn round.
    /// It also fails when the sentence that would give the areas speaks of one region's trade, and,
    /// for a flow, when sentences passed over name other partners of the same flow than the title's;
    /// a sentence that points back at the pair ("between the two countries") and names a group only
    /// after that is passed over. A run of sentences naming the figure's one area alone is looked
    /// through for a sentence about that area's total.
    func complete(
        _ codes: Set<String>, needed: Int, before offset: Int, pronoun: Bool = false, partnersOnly: Bool = false, indicator: String? = nil,
        classifier: Classifier
    ) -> Result<
        [RoledMention], ClassifierFailure
    > {
        let titleMentions = titleMentions(classifier: classifier)
        let titleAreas = Set(titleMentions.map(\.area))
        var have = codes
        var added: [RoledMention] = []
        var nearest = true
        var nearestNaming = true
        /// Areas of sentences passed over for naming others than the title's.
        var elsewhere: Set<String> = []
        // "trade turnover between two countries increased by 46.9%" after "Kazakhstan and Tajikistan
        // are both members of the CIS": words pointing back at countries pass over groups, and over a
        // capital named with a group, the venue of its meeting ("Саммит ЕАЭС прошел в Минске.
        // Товарооборот между нашими странами …" names no pair).
        let countriesOnly =
            sentences.firstIndex { $0.contains(offset) }.map { classifier.pairPointer(in: words(ofSentence: $0)) != nil } ?? false
        for k in sentences.indices.reversed() where sentences[k].upperBound <= offset {
            var found = mentions(inSentence: k, classifier: classifier)
            if countriesOnly, found.contains(where: { classifier.gazetteer.area($0.area)?.kind == .group }) {
                found.removeAll { classifier.gazetteer.area($0.area)?.kind == .group || classifier.isCapital($0.mention) }
            }
            guard !found.isEmpty else { continue }
            // "Bilateral trade cooperation between the two countries has grown strongly after the free
            // trade agreement between Vietnam and Eurasian Economic Union took effect": a sentence
            // that points back at the pair and names, only after that, a group among its areas names
            // no new parties.
            if let pointer = classifier.pairPointer(in: words(ofSentence: k)), found.allSatisfy({ $0.mention.start > pointer }),
                found.contains(where: { classifier.gazetteer.area($0.area)?.kind == .group })
            {
                continue
            }
            // "50% of the foreign direct investments in Slovenia are made by Austrian businesses. The FDI
            // volume comes at € 6.0bn": after a share of a whole of investment, a figure of investment
            // naming no area may be the whole or the part. (Trade after a partner's share of it goes on
            // with the pair: "The EU accounts for 30 percent of Kazakhstan's trade. Trade reached $40
            // billion".)
            if nearestNaming, have.isEmpty, let indicator, Classifier.kind(indicator) == "investment",
                let share = classifier.shareOfKind(in: words(ofSentence: k), of: indicator)
            {
                return .failure(.init("the sentence before gives a share of a whole («\(share)»): this the whole, or the part?"))
            }
            // "Общий внешнеторговый оборот Грузии составил $21,5 млрд. Экспорт — более $6 млрд",
            // "Turkey's foreign trade turnover … amounted to $22.5 billion. … Turkish imports grew by 1
            // percent": a figure that names no other area after a sentence about one area's total is
            // part of it — the sentence right before, or, when the figure names that area, any of a run
            // of sentences before that name it alone.
            let areas = Set(found.map(\.area))
            if nearestNaming, areas.count == 1, have.isEmpty || have == areas, let indicator,
                classifier.namesATotal(words(ofSentence: k), named: lastIndicator(ofSentence: k, classifier: classifier), of: indicator)
            {
                // Its area as the whole's owner ("Общий внешнеторговый оборот Грузии"), not as a side of
                // it ("imports from Russia … of total imports") nor around a region ("внешнеторговый
                // оборот Минской области с Китаем").
                // Nor one called a partner ("Colombia is currently our 27th largest goods trading
                // partner with $27.7 billion in total (two way) goods trade"): the other side is the teller.
                let owner =
                    found.allSatisfy { $0.role == .plain || $0.role == .adjective }
                    && classifier.regionNamed(in: words(ofSentence: k)) == nil
                    && !words(ofSentence: k).words.contains { w in Self.partnerWords.contains { w.text.starts(with: $0) } }
                return .failure(
                    .init(
                        "the sentence before speaks of \(found[0].area)'s total: a part of it, not a pair's figure",
                        totalOf: owner ? found[0].area : nil))
            }
            nearestNaming = have.count == 1 && have == areas
            var new = found.filter { !have.contains($0.area) }
            guard !new.isEmpty else { continue }
            // "Товарооборот Туркестанской области с Республикой Узбекистан составил … Из них экспорт
            // составил 253,2 млн": the sentence that would name the parties speaks of one region.
            if nearest, let indicator, let before = lastIndicator(ofSentence: k, classifier: classifier),
                Classifier.kind(before) == Classifier.kind(indicator), let region = classifier.regionNamed(in: words(ofSentence: k))
            {
                return .failure(.init("the sentence before speaks of one region («\(region)»): its parts are the region's"))
            }
            defer { nearest = false }
            // "Экспорт в Россию составил $657 млн. Импорт сократился до $1,8 млрд": where the other
            // flow went is where this one comes from.
            // Only when that sentence names the other flow alone ("Экспорт …, превысив импорт" names both).
            if let indicator, let opposite = ["exports": "imports", "imports": "exports"][indicator],
                classifier.flowsNamed(in: words(ofSentence: k)) == [opposite]
            {
                found = found.map { m in
                    var turned = m
                    if m.role == .origin { turned.role = .destination } else if m.role == .destination { turned.role = .origin }
                    return turned
                }
                new = found.filter { !have.contains($0.area) }
            }
            if !(pronoun && nearest), titleAreas.count >= 2, !Set(found.map(\.area)).isSubset(of: titleAreas) {
                // Partners of the same flow, not areas named in passing ("when Russia imposed its embargo").
                if let indicator, lastIndicator(ofSentence: k, classifier: classifier) == indicator {
                    elsewhere.formUnion(Set(found.map(\.area)).subtracting(titleAreas))
                }
                continue
            }
            let newAreas = Set(new.map(\.area))
            // "Товарооборот Армении со странами ЕС снизился. Товарооборот с Германией составил …": a
            // figure that names only its partner takes the side the sentence before trades with others.
            let sides = new.filter { $0.role != .partner }
            if partnersOnly, have.count + newAreas.count > needed, have.count + Set(sides.map(\.area)).count == needed {
                return .success(added + sides)
            }
            if have.count + newAreas.count > needed {
                return .failure(
                    .init(
                        "the sentence names \(have.isEmpty ? "no area" : have.sorted().joined(separator: ", ")); the one before names \(newAreas.sorted().joined(separator: ", ")): not clear which"
                    ))
            }
            have.formUnion(newAreas)
            added += new
            if have.count == needed {
                if !elsewhere.isEmpty, Set(added.map(\.area)).isSubset(of: titleAreas), classifier.isFlow(indicator) {
                    return .failure(
                        .init(
                            "the text before names \(elsewhere.sorted().joined(separator: ", ")) as partners of this flow, the title's pair too: not clear which"
                        ))
                }
                return .success(added)
            }
        }
        let new = titleMentions.filter { !have.contains($0.area) }
        let newAreas = Set(new.map(\.area))
        // "…экспортные поставки в страны СНГ сократились … В апреле экспорт составил 62,1 млн" under a
        // title on Moldova and Russia: the text before speaks of other partners than the title's,
        // so the title's is no surer than they.
        if !elsewhere.isEmpty, !newAreas.isEmpty, have.count + newAreas.count == needed {
            return .failure(
                .init(
                    "the text before names \(elsewhere.sorted().joined(separator: ", ")), the title \(newAreas.sorted().joined(separator: ", ")): not clear which"
                ))
        }
        if have.count + newAreas.count == needed { return .success(added + new) }
        if newAreas.isEmpty {
            return .failure(.init("\(have.isEmpty ? "no area" : "one area") named, and no other in the text before it or the title"))
        }
        return .failure(
            .init(
                "\(have.isEmpty ? "no area" : "one area") named; the title names \(newAreas.sorted().joined(separator: ", ")): not clear which"
            ))
    }

    /// The goods the sentence before `offset`, else the title, ties to a trade or purchase word
    /// (``Classifier/goodsOfAFlow(in:)``), read once per sentence.
    func goodsOfAFlow(before offset: Int, classifier: Classifier) -> String? {
        let k = sentences.lastIndex(where: { $0.upperBound <= offset }) ?? -1
        if let known = goodsRead[k] { return known ?? titleGoods(classifier: classifier) }
        let found = k >= 0 ? classifier.goodsOfAFlow(in: words(ofSentence: k)) : nil
        goodsRead[k] = .some(found)
        return found ?? titleGoods(classifier: classifier)
    }

    private func titleGoods(classifier: Classifier) -> String? {
        if let titleGoodsRead { return titleGoodsRead }
        let found = titleWords.flatMap { classifier.goodsOfAFlow(in: $0) }
        titleGoodsRead = .some(found)
        return found
    }
    private var goodsRead: [Int: String?] = [:]
    private var titleGoodsRead: String??

    /// Beginnings of words that call an area someone's partner ("trading partner", "партнером",
    /// "партнёр"), or that speak for the teller's side ("our", "наш").
    private static let partnerWords: [[Unicode.Scalar]] = ["partner", "партнер", "партнёр", "our", "наш"].map {
        Array($0.unicodeScalars)
    }
}
