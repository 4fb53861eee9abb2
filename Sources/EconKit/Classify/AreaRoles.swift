/// The part an area plays in a sentence: where money or goods come from and go to, or one end of
/// a pair, read from the words around its name.
enum AreaRole: String, Sendable, Comparable {
    /// "из России", "от Китая".
    case origin
    /// "в Казахстан", "в экономику Узбекистана", "на рынок Китая".
    case destination
    /// "с Китаем", "со странами Центральной Азии" (trade with).
    case partner
    /// "между Россией и Киргизией", "российско-казахстанский".
    case pair
    /// "российские инвестиции", "казахстанский экспорт".
    case adjective
    /// Named with no word that tells its part ("инвестиции России", "Ташкент рассчитывает").
    case plain

    /// Marked roles say more than an adjective, which says more than nothing.
    private var strength: Int {
        switch self {
        case .origin, .destination: 3
        case .partner, .pair: 2
        case .adjective: 1
        case .plain: 0
        }
    }

    static func < (a: AreaRole, b: AreaRole) -> Bool { a.strength < b.strength }
}

/// An area named in a sentence or its context, with its part.
struct RoledMention: Sendable {
    var mention: Gazetteer.Mention
    var role: AreaRole
    /// Where it was found: `sentence`, `previous sentence`, `title`.
    var place: String
    /// Index of its first word in the words it was found in.
    var wordIndex: Int
    /// Named as who tells the figure ("— сказал Путин", "по данным белорусской статистики"): a
    /// party only when the sentence names too few without it, and never a total of its own.
    var saidBy = false

    var area: String { mention.area }
}

/// Reads the part of each area from the words around it.
struct RoleReader {
    let targetPrepositions: Set<[Unicode.Scalar]>
    let sourcePrepositions: Set<[Unicode.Scalar]>
    /// Nouns between a preposition and the area ("в **экономику** Узбекистана", "со **странами** ЦА").
    let nouns: [WordPattern]
    /// Words before an area that make it the source of the data, not a party ("по данным").
    let sourceOfDataCues: [WordPattern]
    let sourceOfDataNouns: [WordPattern]
    /// Verbs of saying before or right after a name that make it who said the figure ("— сказал
    /// Путин", "Пашинян добавил").
    let speakerCues: [WordPattern]
    /// Codes of the gazetteer's groups (СНГ, ЕАЭС …).
    var groupCodes: Set<String> = []

    private static let partnerPrepositions: Set<[Unicode.Scalar]> = [
        Array("с".unicodeScalars), Array("со".unicodeScalars), Array("with".unicodeScalars),
    ]
    private static let between: Set<[Unicode.Scalar]> = [Array("между".unicodeScalars), Array("between".unicodeScalars)]
    static let and: Set<[Unicode.Scalar]> = [Array("и".unicodeScalars), Array("and".unicodeScalars)]
    private static let dollar: [Unicode.Scalar] = Array("долл".unicodeScalars)
    private static let englishDollar: [Unicode.Scalar] = Array("dollar".unicodeScalars)
    /// Nouns for goods in general: an area's adjective right before one names where they come from.
    private static let goods: Set<[Unicode.Scalar]> = Set(
        [
            "товар", "товара", "товаров", "товары", "товарам", "товарами", "продукция", "продукции", "продукцию", "продукцией",
            "продукты", "продуктов", "goods", "products",
        ].map { Array($0.unicodeScalars) })
    /// Small numerals in words, in every case: "в **пять** стран".
    private static let numerals: Set<[Unicode.Scalar]> = Set(
        [
            "две", "два", "двух", "двум", "двумя", "три", "трех", "трем", "тремя", "четыре", "четырех", "четырем", "четырьмя", "пять",
            "пяти", "пятью", "шесть", "шести", "шестью", "семь", "семи", "семью", "two", "three", "four", "five", "six", "seven",
        ].map { Array($0.unicodeScalars) })
    private static let among: Set<[Unicode.Scalar]> = Set(["среди", "among"].map { Array($0.unicodeScalars) })
    private static let to = Array("to".unicodeScalars)
    /// Words before "to" that make it no direction: "compared to Uzbekistan", "due to", "second only to Russia".
    private static let notATarget: Set<[Unicode.Scalar]> = Set(
        [
            "compared", "comparison", "due", "thanks", "owing", "according", "relative", "similar", "close", "next", "only", "equal",
            "prior", "contrary", "addition",
        ].map { Array($0.unicodeScalars) })
    /// Beginnings of flow words ("экспорт", "поставки", "imports"): "Экспорт из пяти стран Центральной
    /// Азии" — after one, "из" is where from.
    static let flowWords: [[Unicode.Scalar]] = ["экспорт", "импорт", "поставк", "ввоз", "вывоз", "export", "import"].map {
        Array($0.unicodeScalars)
    }
    private static let outOf: Set<[Unicode.Scalar]> = Set(["из", "of"].map { Array($0.unicodeScalars) })
    /// English articles between a preposition and the area: "in the United States".
    private static let articles: Set<[Unicode.Scalar]> = [Array("the".unicodeScalars)]
    private static let continentQualifiers: [[Unicode.Scalar]] = [
        "south", "latin", "central", "north", "южн", "латинск", "центральн", "северн",
    ]
    .map { Array($0.unicodeScalars) }
    /// Nouns of one country, in the singular: "the Central Asian **country**".
    /// A word for one country ("страны", "the country", "республики"), whatever its case.
    static func oneCountryWord(_ word: [Unicode.Scalar]) -> Bool {
        oneCountryStems.contains { word.starts(with: $0) }
    }

    private static let oneCountryStems: [[Unicode.Scalar]] = ["стран", "республик", "государств", "country", "nation", "republic"].map {
        Array($0.unicodeScalars)
    }

    private static let oneCountry: Set<[Unicode.Scalar]> = Set(
        [
            "страна", "страну", "страной", "стране", "республика", "республику", "республикой", "республике", "государство",
            "государством", "государстве", "country", "nation", "republic", "state",
        ].map { Array($0.unicodeScalars) })

    /// Roles of `mentions` (found in `words`), in order; areas that only name a currency ("долларов
    /// США"), a dateline's capital and a group a rank is among ("среди стран СНГ") are left out, and
    /// those that tell the figure ("по данным белорусской статистики", "— сказал Путин") are marked
    /// `saidBy`.
    func roles(_ mentions: [Gazetteer.Mention], in words: SentenceWords, place: String) -> [RoledMention] {
        var out: [RoledMention] = []
        for mention in mentions {
            guard let i = words.words.firstIndex(where: { $0.start == mention.start }) else { continue }
            // "долларов США": the area names the currency; "долларов российских инвестиций" does not.
            if i > 0, mention.kind != .adjective, words.words[i - 1].text.starts(with: Self.dollar) { continue }
            // "US$672,8 млн", "HK$": the area names the currency.
            if words.words.last(where: { $0.end <= mention.end })?.next == "$" { continue }
            // "US dollars", "Hong Kong dollars": the area names the currency.
            if let next = words.words.firstIndex(where: { $0.start >= mention.end }), next == i + 1 || next == i + 2,
                words.words[next].text.starts(with: Self.englishDollar)
            {
                continue
            }
            if mention.kind == .capital, isDateline(at: i, words: words.words) { continue }
            // "South America", "Латинской Америки": a continent, not the United States.
            if i > 0, mention.end - mention.start <= 8, mention.form.hasPrefix("америк") || mention.form == "america",
                Self.continentQualifiers.contains(where: { words.words[i - 1].text.starts(with: $0) })
            {
                continue
            }
            // Not in a title, whose every word may be capitalized ("Russia And China Sign Trade Agreement").
            if place != "title", namesAnAgreement(from: i, words: words.words) { continue }
            // "на четвертом месте по экспорту среди стран СНГ": the group a rank is among, not a party
            // ("среди партнёров Казахстана" names one).
            if groupCodes.contains(mention.area), words.words[max(0, i - 2)..<i].contains(where: { Self.among.contains($0.text) }) {
                continue
            }
            // "Вторым торговым партнером нашей страны из 10 стран ЕС является Италия": a count of a
            // group's members after "из" picks one of them; the group is no origin.
            if groupCodes.contains(mention.area), i >= 3, Self.outOf.contains(words.words[i - 3].text),
                i < 4 || !Self.flowWords.contains(where: { words.words[i - 4].text.starts(with: $0) }),
                words.words[i - 2].isNumber || Self.numerals.contains(words.words[i - 2].text),
                nouns.contains(where: { $0.parts.first?.matches(words.words[i - 1]) == true })
            {
                continue
            }
            // "the EU is the largest investor in the Central Asian country", "в центральноазиатской
            // республике": a group's adjective before a noun of one country stands for one member ("в
            // ЕАЭС страна экспортировала" names the group, the country its subject).
            if groupCodes.contains(mention.area), mention.kind == .adjective || mention.kind == .english,
                let next = words.words.firstIndex(where: { $0.start >= mention.end }),
                Self.oneCountry.contains(words.words[next].text)
            {
                continue
            }
            var role = role(at: i, kind: mention.kind, words: words.words)
            // "the UAE contributed $2.03 billion to Uganda's export earnings": a possessive before a
            // flow's word owns the flow, whatever preposition governs it.
            // So does an English adjective right before one: "absorbing €31.3 billion in French exports".
            if role != .plain, role != .adjective,
                let owner = possessedFlow(end: mention.end, words: words.words)
                    ?? (mention.kind == .adjective && mention.form.unicodeScalars.allSatisfy(\.isASCII)
                        ? adjectiveFlow(end: mention.end, words: words.words) : nil)
            {
                role = owner
            }
            // "между Россией и Киргизией", "из России и Беларуси", "between Serbia and the Russian
            // Federation": the second takes the first's part.
            let and = i >= 2 && Self.articles.contains(words.words[i - 1].text) ? i - 2 : i - 1
            if role == .plain || role == .adjective, and >= 1, Self.and.contains(words.words[and].text), let previous = out.last,
                previous.wordIndex < and, previous.role != .plain, previous.role != .adjective,
                words.words[and - 1].end == previous.mention.end
            {
                role = previous.role
            }
            out.append(
                RoledMention(
                    mention: mention, role: role, place: place, wordIndex: i,
                    saidBy: isSourceOfData(at: i, end: mention.end, words: words.words) || isSpeaker(at: i, words: words.words)))
        }
        // A compound adjective names a pair: "российско-казахстанских".
        for k in out.indices where out[k].mention.kind == .combining {
            out[k].role = .pair
            if k + 1 < out.count, out[k + 1].wordIndex == out[k].wordIndex + 1 { out[k + 1].role = .pair }
        }
        // So do two names joined by a hyphen, whatever governs the first: "in Mongolian-Japanese
        // economic relations", "Belarus-Armenia relations".
        for k in out.indices.dropLast() {
            let next = out[k + 1]
            guard next.role == .plain || next.role == .adjective, next.mention.area != out[k].mention.area,
                let last = words.words.last(where: { $0.end <= out[k].mention.end }), last.next == "-" || last.next == "–",
                let after = words.words.firstIndex(where: { $0.start >= out[k].mention.end }), after == next.wordIndex,
                words.words[after].start == last.end + 1
            else { continue }
            out[k].role = .pair
            out[k + 1].role = .pair
        }
        return out
    }

    /// The owner's part when the area ending at `end` is an English possessive ("Uganda's")
    /// followed, past at most one word ("total"), by a word of exports (the origin) or imports (the
    /// destination), plain when it owns both; else `nil`.
    private func possessedFlow(end: Int, words: [SentenceWords.Word]) -> AreaRole? {
        guard let k = SentenceWords.possessiveS(after: end, in: words) else { return nil }
        let next = words[(k + 1)..<min(words.count, k + 3)]
        // "Kazakhstan's exports and imports": the owner of both is neither side.
        let listed = words[(k + 1)..<min(words.count, k + 5)]
        if listed.contains(where: { $0.text.starts(with: Self.exportWord) }),
            listed.contains(where: { $0.text.starts(with: Self.importWord) })
        {
            return .plain
        }
        for w in next {
            if w.text.starts(with: Self.exportWord) { return .origin }
            if w.text.starts(with: Self.importWord) { return .destination }
        }
        return nil
    }

    /// The part when the word right after the area ending at `end` is one of exports (the origin:
    /// "French exports"), or plain before imports, which English names both by their owner ("French
    /// imports of capital goods") and by where they come from ("tariffs on Chinese imports").
    private func adjectiveFlow(end: Int, words: [SentenceWords.Word]) -> AreaRole? {
        guard let k = words.firstIndex(where: { $0.start >= end }) else { return nil }
        if words[k].text.starts(with: Self.exportWord) { return .origin }
        if words[k].text.starts(with: Self.importWord) { return .plain }
        return nil
    }

    private static let exportWord = Array("export".unicodeScalars)
    private static let importWord = Array("import".unicodeScalars)

    /// "the Vietnam-Eurasian Economic Union Free Trade Agreement (VN-EAEU FTA)": an English name
    /// in capitals up to "Agreement", "Treaty" or "FTA" names the agreement, not the figure's parties.
    private func namesAnAgreement(from i: Int, words: [SentenceWords.Word]) -> Bool {
        guard words[i].original.first?.isASCII == true else { return false }
        for k in i..<min(words.count, i + 9) {
            let word = words[k]
            guard word.original.first?.properties.isUppercase == true else { return false }
            if Self.agreementNames.contains(word.text) { return k > i }
            if k > i, words[k - 1].next != "-", words[k - 1].next != " " { return false }
        }
        return false
    }

    private static let agreementNames: Set<[Unicode.Scalar]> = Set(
        ["agreement", "treaty", "fta", "accord"].map { Array($0.unicodeScalars) })

    /// "17 мая, Минск /Корр. БЕЛТА/", "АСТАНА, 5 июня. /ТАСС/": a capital next to a day's date is
    /// where the news was filed, not a party to it.
    private func isDateline(at i: Int, words: [SentenceWords.Word]) -> Bool {
        if i >= 2, words[i - 1].month != nil, words[i - 2].isNumber { return true }
        return i + 2 < words.count && words[i + 1].isNumber && words[i + 2].month != nil
    }

    private func isSourceOfData(at i: Int, end: Int, words: [SentenceWords.Word]) -> Bool {
        // Back to four words, not past a clause break: "по данным таможни, товарооборот Казахстана".
        for word in words[max(0, i - 4)..<i].reversed() {
            if let next = word.next, next == "," || next == ";" || next == ":" { break }
            if sourceOfDataCues.contains(where: { $0.parts.first?.matches(word) == true }) { return true }
        }
        if let next = words.firstIndex(where: { $0.start >= end }),
            sourceOfDataNouns.contains(where: { $0.parts.first?.matches(words[next]) == true })
        {
            return true
        }
        return false
    }

    /// "», — сказал Путин", "заявил глава МИД России Сергей Лавров": a verb of saying right before
    /// the name, or with up to three words of a title between and no preposition or break among
    /// them ("заявил на встрече с президентом Казахстана" names a party); or right after it
    /// ("Пашинян добавил, что …").
    private func isSpeaker(at i: Int, words: [SentenceWords.Word]) -> Bool {
        // "Пашинян добавил, что …": the name right before a verb of saying.
        if i + 1 < words.count, words[i].next != ",", speakerCues.contains(where: { $0.parts.first?.matches(words[i + 1]) == true }) {
            return true
        }
        for k in stride(from: i - 1, through: max(0, i - 4), by: -1) {
            if let next = words[k].next, next == "," || next == ";" || next == ":" { return false }
            if speakerCues.contains(where: { $0.parts.first?.matches(words[k]) == true }) { return true }
            if prepositionRole(words[k].text) != nil || Self.and.contains(words[k].text) { return false }
        }
        return false
    }

    private func role(at i: Int, kind: Gazetteer.FormKind, words: [SentenceWords.Word]) -> AreaRole {
        /// The part the preposition at `k` gives; none for "to" in "compared to", "due to", "second only to".
        func preposition(at k: Int) -> AreaRole? {
            guard k >= 0 else { return nil }
            if words[k].text == Self.to, k > 0, Self.notATarget.contains(words[k - 1].text) { return nil }
            return prepositionRole(words[k].text)
        }
        // "imported $427 billion in Chinese goods", "импорт иранских товаров": a country's goods come
        // from it, whatever preposition stands before them.
        if kind == .adjective, i + 1 < words.count, Self.goods.contains(words[i + 1].text) { return .origin }
        if i >= 1, let role = preposition(at: i - 1) { return role }
        // "in the United States", "with the EU".
        if i >= 2, Self.articles.contains(words[i - 1].text), let role = preposition(at: i - 2) { return role }
        // A noun between the preposition and the area: "в экономику Узбекистана", "со странами ЦА".
        if i >= 2, nouns.contains(where: { $0.parts.first?.matches(words[i - 1]) == true }), let role = preposition(at: i - 2) {
            return role
        }
        // "в пять стран Центральной Азии", "с пятью странами ЦА": a numeral before the noun.
        if i >= 3, words[i - 2].isNumber || Self.numerals.contains(words[i - 2].text),
            nouns.contains(where: { $0.parts.first?.matches(words[i - 1]) == true }), let role = preposition(at: i - 3)
        {
            return role
        }
        if kind == .adjective { return .adjective }
        if kind == .combining { return .pair }
        return .plain
    }

    /// The part a preposition gives the area after it ("в" a destination, "из" an origin, "с" a
    /// partner, "между" a pair), or `nil`.
    func prepositionRole(_ word: [Unicode.Scalar]?) -> AreaRole? {
        guard let word else { return nil }
        if targetPrepositions.contains(word) { return .destination }
        if sourcePrepositions.contains(word) { return .origin }
        if Self.partnerPrepositions.contains(word) { return .partner }
        if Self.between.contains(word) { return .pair }
        return nil
    }
}
