import Crypto
import Foundation

/// Which series a figure found in text belongs to, as data that users extend without code.
///
/// A rules file (JSON) names areas and indicators by word patterns, cues that tell a stock from a
/// flow, and the series to use for each (indicator, unit, area, counterpart) with the series'
/// metadata. Word patterns are lower-case prefixes matched at the start of words: `инвест` matches
/// `инвестировал` and `инвестиций`; several words must follow one another (`рабоч мест`); `=` before
/// a word asks for the whole word (`=рк`); `#` matches a number (`за # лет`).
///
/// econ carries a default set (``default``); a user file extends it, or replaces it when it says
/// `"replace_default": true`.
public struct ClassificationRules: Sendable, Decodable {
    public struct Area: Sendable, Decodable {
        /// ISO 3166 alpha-2, or a user-assigned code such as `XC` (Central Asia).
        public var code: String
        public var patterns: [String]
    }

    public struct Indicator: Sendable, Decodable {
        public var name: String
        public var patterns: [String]
    }

    /// A series and the figures that go in it.
    public struct SeriesRule: Sendable, Codable {
        public var indicator: String
        /// The figure's unit: an ISO 4217 code or a counted noun (`projects`).
        public var unit: String
        public var area: String
        public var counterpart: String
        /// The two areas may appear in either role ("товарооборот России и Казахстана").
        public var bilateral: Bool?
        public var series: SeriesDefinition

        public init(indicator: String, unit: String, area: String, counterpart: String, bilateral: Bool? = nil, series: SeriesDefinition) {
            self.indicator = indicator
            self.unit = unit
            self.area = area
            self.counterpart = counterpart
            self.bilateral = bilateral
            self.series = series
        }
    }

    /// Series metadata, with the keys of `data/series.json`.
    public struct SeriesDefinition: Sendable, Codable {
        public var code: String
        public var titleEn, titleRu, indicator: String?
        public var measure: Measure
        public var unit: String
        public var frequency: Frequency
        public var area, counterpart, accumulates, source, note: String?

        /// The definition of a series as the store has it.
        public init(_ series: Series) {
            code = series.code
            titleEn = series.titleEn
            titleRu = series.titleRu
            indicator = series.indicator
            measure = series.measure
            unit = series.unit
            frequency = series.frequency
            area = series.area
            counterpart = series.counterpart
            accumulates = series.accumulates
            source = series.source
            note = series.note
        }

        public var series: Series {
            Series(
                code: code, measure: measure, unit: unit, frequency: frequency, titleEn: titleEn, titleRu: titleRu,
                indicator: indicator, area: area, counterpart: counterpart, accumulates: accumulates, source: source, note: note)
        }
    }

    /// Extra words that name an area (a leader's name, a user's own region); the gazetteer knows
    /// every country and group by its names already.
    public var areas: [Area] = []
    public var indicators: [Indicator] = []
    /// Counted nouns that are indicators by themselves (`jobs` → `jobs`).
    public var unitIndicators: [String: String] = [:]
    public var stockCues: [String] = []
    public var flowCues: [String] = []
    /// Words before an area that make it the counterpart ("инвестировал **в** Казахстан").
    public var targetPrepositions: [String] = []
    /// Words before an area that make it the origin ("импорт **из** Китая").
    public var sourcePrepositions: [String] = []
    /// Nouns between a target preposition and an area ("в **экономику** Узбекистана").
    public var targetNouns: [String] = []
    /// Words before a percentage that make it growth ("вырос на", "рост").
    public var growthCues: [String] = []
    /// Words before a percentage that make it a fall ("снизился на"); stored as a negative growth.
    public var declineCues: [String] = []
    /// Words that make a percentage a share ("доля").
    public var shareCues: [String] = []
    /// Words right after a percentage that make it a share of a whole ("23,6 % **от общего** объема").
    public var shareOfTotalCues: [String] = []
    /// Words that make a figure a goal or forecast, not a figure reached ("намерены", "цель").
    public var targetCues: [String] = []
    /// Words before a money figure in its clause that make it a loss or a shortfall, not a level
    /// ("торговля **недосчиталась** $2 млрд").
    public var lossCues: [String] = []
    /// Words right before a figure (or before "на" right before it) that make it an addition to a
    /// figure before ("ещё на $2 млн", "дополнительно"), not a level.
    public var additionCues: [String] = []
    /// Words before a figure in its clause that make it aid or a grant ("объем предоставленной
    /// помощи … составил $33 млн"), which no family takes.
    public var aidCues: [String] = []
    /// Words before a figure in its clause that make it a tax, revenue or profit ("Tax revenues from
    /// large enterprises with Chinese investments … amounted to 3.8 billion soms"), which no family takes.
    public var revenueCues: [String] = []
    /// A noun right after a figure that makes it a goal ("the ambitious $1 billion **goal**").
    public var goalNouns: [String] = []
    /// A noun right after an amount that makes it the size of a fund, a grant or a loan ("a HUF 10
    /// bln **grant** to support Hungarian investments"), not the indicator's figure.
    public var fundNouns: [String] = []
    /// Words that make a growth rate one said of every year ("товарооборот **ежегодно** увеличивается
    /// на 20 %", "grows 7% **a year on average**"), no one period's change.
    public var habitualCues: [String] = []
    /// Words that make a growth rate a change against the period just before ("a 9.2% surge **over the
    /// last month**", "**к предыдущему месяцу**"), no change over a year — in the figure's clause, or
    /// anywhere in its sentence unless the sentence says ``yearOnYearCues``.
    public var previousPeriodCues: [String] = []
    /// Words that say a change is over a year ("year-on-year", "в годовом выражении").
    public var yearOnYearCues: [String] = []
    /// Words that narrow a flow to some partners, a part of the economy or a pair ("в **соседние
    /// страны**", "to the **bloc**", "**туда**", "by small **businesses**", "**взаимный**"): a flow
    /// with one of them before it in its sentence is no area's total with all partners.
    public var narrowingCues: [String] = []
    /// Words of a ranking of partners ("Next came the United States …, **followed by** the Netherlands
    /// in third place"): two areas named plainly in such a sentence are each a partner of the
    /// country the text is about, not a pair.
    public var rankCues: [String] = []
    /// Words that make a whole the world's ("доля России в **мировом** экспорте", "of **global**
    /// trade"), not an area's the context names.
    public var worldCues: [String] = []
    /// Words before a money figure in its clause that make it the capital of a fund or a company
    /// ("фонд с **капиталом** в $500 млн"), not the indicator's figure.
    public var capitalCues: [String] = []
    /// Words after a money figure that say a part of it is what was spent ("превысил $5 млрд, из
    /// которых **освоено** $2 млрд"): the figure is then what was committed, not a level reached.
    public var disbursedCues: [String] = []
    /// Words that make a figure a quantity rather than a value ("в **физическом выражении**").
    public var volumeCues: [String] = []
    /// Nouns that, after a capitalized adjective, name a region inside a country ("Туркестанской
    /// **области**", "Приморского **края**"): its figures have no series.
    public var regionCues: [String] = []
    /// Words anywhere in a figure's clause that say it is still being prepared ("документов
    /// **прорабатывается**"), not a level reached.
    public var pendingCues: [String] = []
    /// Words that say the figure is between the two areas of the context ("двух стран", "двусторонний").
    public var pairCues: [String] = []
    /// Words that say the figure is a whole ("общий объем"): its partner is never taken from context.
    public var totalCues: [String] = []
    /// Goods or services right after the indicator word that make the figure one group's ("экспорт
    /// **зерна**"), which no family takes.
    public var productCues: [String] = []
    /// Words up to four before an area that make it where figures come from, not a party ("по данным").
    public var sourceOfDataCues: [String] = []
    /// Words right after an area that do the same ("белорусской **статистики**").
    public var sourceOfDataNouns: [String] = []
    /// Verbs of saying right before a name, with at most a title between ("— сказал Путин",
    /// "заявил глава МИД России"), or right after it ("Пашинян добавил"): who said the figure, a
    /// party only when the sentence names too few without it.
    public var speakerCues: [String] = []
    /// Families of series made for any pair of areas (see ``SeriesFamily``).
    public var families: [SeriesFamily] = []
    /// Areas that come first in a bilateral code, in this order; the rest follow by slug (`ru_kz`,
    /// `kz_uz`, `cn_uz`).
    public var pairOrder: [String] = []
    /// Series whose metadata is written out (titles, source, notes), found by the code a template
    /// makes: they keep their codes and metadata whatever the template would say.
    public var knownSeries: [SeriesDefinition] = []
    /// Series rules matched by indicator, unit and areas (a user's own, and `review assign
    /// --remember`); tried before the templates.
    public var series: [SeriesRule] = []
    /// In a user file: drop the default rules instead of extending them.
    public var replaceDefault: Bool?
    /// SHA-256 of the rules files these rules were read from (chained when one extends another);
    /// `nil` for rules made in code. An article read with the same digest and metadata is not read
    /// again (see ``ArticleImport``).
    public internal(set) var digest: String?

    private enum CodingKeys: String, CodingKey {
        case areas, indicators, unitIndicators, stockCues, flowCues, targetPrepositions, sourcePrepositions, targetNouns
        case growthCues, declineCues, shareCues, shareOfTotalCues, targetCues, lossCues, additionCues, aidCues, revenueCues, capitalCues,
            disbursedCues, worldCues, goalNouns, fundNouns, habitualCues, previousPeriodCues, yearOnYearCues, narrowingCues, rankCues,
            volumeCues, regionCues,
            pendingCues,
            pairCues,
            totalCues,
            productCues,
            sourceOfDataCues,
            sourceOfDataNouns,
            speakerCues,
            families, pairOrder, knownSeries, series, replaceDefault
    }

    /// Rules with nothing in them.
    public init() {}

    /// Every key is optional: a user's file names only what it adds.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func words(_ key: CodingKeys) throws -> [String] { try c.decodeIfPresent([String].self, forKey: key) ?? [] }
        areas = try c.decodeIfPresent([Area].self, forKey: .areas) ?? []
        indicators = try c.decodeIfPresent([Indicator].self, forKey: .indicators) ?? []
        unitIndicators = try c.decodeIfPresent([String: String].self, forKey: .unitIndicators) ?? [:]
        stockCues = try words(.stockCues)
        flowCues = try words(.flowCues)
        targetPrepositions = try words(.targetPrepositions)
        sourcePrepositions = try words(.sourcePrepositions)
        targetNouns = try words(.targetNouns)
        growthCues = try words(.growthCues)
        declineCues = try words(.declineCues)
        shareCues = try words(.shareCues)
        shareOfTotalCues = try words(.shareOfTotalCues)
        targetCues = try words(.targetCues)
        lossCues = try words(.lossCues)
        additionCues = try words(.additionCues)
        aidCues = try words(.aidCues)
        revenueCues = try words(.revenueCues)
        worldCues = try words(.worldCues)
        habitualCues = try words(.habitualCues)
        previousPeriodCues = try words(.previousPeriodCues)
        yearOnYearCues = try words(.yearOnYearCues)
        narrowingCues = try words(.narrowingCues)
        rankCues = try words(.rankCues)
        goalNouns = try words(.goalNouns)
        fundNouns = try words(.fundNouns)
        capitalCues = try words(.capitalCues)
        disbursedCues = try words(.disbursedCues)
        volumeCues = try words(.volumeCues)
        regionCues = try words(.regionCues)
        pendingCues = try words(.pendingCues)
        pairCues = try words(.pairCues)
        totalCues = try words(.totalCues)
        productCues = try words(.productCues)
        sourceOfDataCues = try words(.sourceOfDataCues)
        sourceOfDataNouns = try words(.sourceOfDataNouns)
        speakerCues = try words(.speakerCues)
        families = try c.decodeIfPresent([SeriesFamily].self, forKey: .families) ?? []
        pairOrder = try c.decodeIfPresent([String].self, forKey: .pairOrder) ?? []
        knownSeries = try c.decodeIfPresent([SeriesDefinition].self, forKey: .knownSeries) ?? []
        series = try c.decodeIfPresent([SeriesRule].self, forKey: .series) ?? []
        replaceDefault = try c.decodeIfPresent(Bool.self, forKey: .replaceDefault)
    }

    /// The metadata of a series these rules name (a known series or a series rule's), or `nil`.
    public func definition(of code: String) -> SeriesDefinition? {
        series.first { $0.series.code == code }?.series ?? knownSeries.first { $0.code == code }
    }

    /// Where the bundled rules file is.
    public static var defaultURL: URL? { Bundle.module.url(forResource: "classification-rules", withExtension: "json") }

    /// The rules econ ships with (a resource of the library, so it works from any directory).
    public static func `default`() throws -> ClassificationRules {
        guard let url = defaultURL else {
            throw ImportError.missingFile("classification-rules.json (the library's bundled rules)")
        }
        return try load(path: url.path)
    }

    /// Reads a rules file.
    public static func load(path: String) throws -> ClassificationRules {
        guard let data = FileManager.default.contents(atPath: path) else { throw ImportError.missingFile(path) }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            var rules = try decoder.decode(ClassificationRules.self, from: data)
            rules.digest = Store.hex(Array(SHA256.hash(data: data)))
            return rules
        } catch {
            throw ImportError.invalidFile(path, reason: "not a valid rules file: \(JSONFileError.describe(error, snakeCaseKeys: true))")
        }
    }

    /// The user's rules file: `explicit` (`--rules`), else `$ECON_RULES`, else
    /// `$XDG_CONFIG_HOME/econ/rules.json` (`~/.config/econ/rules.json`). With `mustExist`, the last
    /// one counts only when it is there (the first two must be).
    public static func userFile(explicit: String?, environment: [String: String], mustExist: Bool = true) -> String? {
        if let explicit, !explicit.isEmpty { return explicit }
        if let path = environment["ECON_RULES"], !path.isEmpty { return path }
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["HOME"].map { $0 + "/.config" }
        guard let config else { return nil }
        let path = config + "/econ/rules.json"
        return !mustExist || FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// The default rules extended by (or, with `replace_default`, replaced by) the file at `path`.
    public static func resolve(userFile path: String?) throws -> ClassificationRules {
        let base = try ClassificationRules.default()
        guard let path else { return base }
        let user = try load(path: path)
        return user.replaceDefault == true ? user : base.extended(by: user)
    }

    /// These rules with `other`'s appended; `other`'s series rules are tried first.
    public func extended(by other: ClassificationRules) -> ClassificationRules {
        var merged = self
        merged.areas = other.areas + areas
        merged.indicators = other.indicators + indicators
        merged.unitIndicators.merge(other.unitIndicators) { _, new in new }
        merged.stockCues += other.stockCues
        merged.flowCues += other.flowCues
        merged.targetPrepositions += other.targetPrepositions
        merged.sourcePrepositions += other.sourcePrepositions
        merged.targetNouns += other.targetNouns
        merged.growthCues += other.growthCues
        merged.declineCues += other.declineCues
        merged.shareCues += other.shareCues
        merged.shareOfTotalCues += other.shareOfTotalCues
        merged.targetCues += other.targetCues
        merged.lossCues += other.lossCues
        merged.additionCues += other.additionCues
        merged.aidCues += other.aidCues
        merged.revenueCues += other.revenueCues
        merged.worldCues += other.worldCues
        merged.habitualCues += other.habitualCues
        merged.previousPeriodCues += other.previousPeriodCues
        merged.yearOnYearCues += other.yearOnYearCues
        merged.narrowingCues += other.narrowingCues
        merged.rankCues += other.rankCues
        merged.goalNouns += other.goalNouns
        merged.fundNouns += other.fundNouns
        merged.capitalCues += other.capitalCues
        merged.disbursedCues += other.disbursedCues
        merged.volumeCues += other.volumeCues
        merged.regionCues += other.regionCues
        merged.pendingCues += other.pendingCues
        merged.pairCues += other.pairCues
        merged.totalCues += other.totalCues
        merged.productCues += other.productCues
        merged.sourceOfDataCues += other.sourceOfDataCues
        merged.sourceOfDataNouns += other.sourceOfDataNouns
        merged.speakerCues += other.speakerCues
        merged.families = other.families + families
        merged.pairOrder = other.pairOrder.isEmpty ? pairOrder : other.pairOrder
        merged.knownSeries = other.knownSeries + knownSeries
        merged.series = other.series + series
        merged.digest = digest.flatMap { a in other.digest.map { b in Store.hex(Array(SHA256.hash(data: Data((a + b).utf8)))) } }
        return merged
    }
}
