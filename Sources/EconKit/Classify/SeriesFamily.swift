import EconModel

/// A family of series — investment, trade turnover, exports, joint projects … — from which the
/// series for any pair of areas, unit and period is made, so that no one writes a rule per pair.
///
/// A code is `family.code` with the areas' slugs put in (`{a}_{b}.investment` → `ru_uz.investment`),
/// then the part for the unit (`.count`, `.value`, `.jobs` for joint projects), the variant for the
/// period (`.yearly`, `.cumulative`, `.ytd` …), the currency when it is not the family's default
/// (`.rub`), and `.yoy` for growth or `.share` for a share in percent:
/// `ru_uz.investment.yearly`, `kz_cn.trade_turnover.ytd.cny`, `ru_kz.trade_turnover.yoy`.
public struct SeriesFamily: Sendable, Decodable {
    /// Who the two areas are.
    public enum Direction: String, Sendable, Decodable {
        /// From `a` to `b` (investment by `a` in `b`; exports of `a` to `b`): the code keeps that order.
        case directional
        /// Between `a` and `b` (trade turnover, joint projects): one series per pair, in the rules'
        /// pair order whatever order the text names them in.
        case bilateral
        /// One area with the rest of the world (a country's foreign trade); only with `cues` in the text.
        case single
    }

    /// A period form of the family: how its code and titles end, what it measures.
    public struct Variant: Sendable, Decodable {
        /// Appended to the code after a dot; empty for none.
        public var code: String
        public var titleRu: String
        public var titleEn: String
    }

    /// The indicator (a name in the rules' `indicators`) whose figures the family takes.
    public var indicator: String
    public var direction: Direction
    /// For directional families: which end "из"/"от" marks (`a` for investment and exports: "из
    /// России в Узбекистан"; `b` for imports: "импорт Казахстана из Китая").
    public var origin: String?
    /// Words that must be in the sentence (a `single` family's "внешнеторгов", "иностранн").
    public var cues: [String]?
    /// The code with `{a}` and `{b}` for the areas' slugs.
    public var code: String
    /// Titles with `{a.gent}`, `{b.accs}`, `{a.en}`, `{a.en.adj|a.en}` … (see ``Gazetteer/Area/names``).
    public var titleRu: String
    public var titleEn: String
    /// Titles of the family's share series (`a` the whole's area, `b` the part's, unless
    /// ``shareWhole`` says otherwise).
    public var shareTitleRu: String?
    public var shareTitleEn: String?
    /// Whose total a share is of: `a` (the default; "доля Китая в экспорте Казахстана" is
    /// `kz_cn.exports.share`) or `b`, for investment, whose total is the destination's: China's
    /// "23,6 % от общего объема" of Kyrgyzstan's direct investment is `cn_kg.fdi.ytd.share`, the code of
    /// the flow it is a part of.
    public var shareWhole: End?

    /// One of a family's two areas, `a` or `b`.
    public enum End: String, Codable, Sendable { case a, b }
    /// The series' `indicator` field.
    public var seriesIndicator: String?
    /// Which figures it takes by unit: `money`, or a counted unit (`projects`, `jobs`, `agreements`),
    /// each with the part of the code it adds (empty for none).
    public var units: [String: String]
    /// The currency whose series has no currency part in its code.
    public var defaultCurrency: String?
    /// Period forms: `annual`, `ytd` (from January: `2025-01/2025-09`, `2025-H1`, `2025-Q1`),
    /// `quarterly`, `monthly`, `stock` (a level as of a date), or `any` (every period, one series).
    public var variants: [String: Variant]
    /// The measure of an `any` variant.
    public var measure: Measure?
    /// Whether growth in percent (`.yoy`) and shares (`.share`) are kept for the family.
    public var growth: Bool?
    public var share: Bool?
    /// Whether its figures belong to both areas together (joint projects): one area's own in the
    /// other ("турецкие компании реализовали в Туркменистане 7 проектов", an origin or adjective
    /// and a destination) is not one of them unless the sentence says so ("совместных", a pair cue).
    public var joint: Bool?

    /// The unit part for a figure's unit, or `nil` when the family does not take it.
    func unitPart(for unit: String) -> String? {
        if Self.isMoney(unit) { return units["money"] }
        return units[unit]
    }

    static func isMoney(_ unit: String) -> Bool { unit.count == 3 && unit.allSatisfy { $0.isASCII && $0.isUppercase } }

    /// What a variant measures and how often.
    static func shape(of variant: String, family: SeriesFamily) -> (Measure, Frequency) {
        switch variant {
        case "annual": (.flow, .annual)
        case "quarterly": (.flow, .quarterly)
        case "monthly": (.flow, .monthly)
        case "stock": (.stock, .irregular)
        case "any": (family.measure ?? .stock, .irregular)
        default: (.flow, .irregular)
        }
    }

    /// The variant a figure's period and measure call for, or the reason there is none.
    ///
    /// A year still under way when the text was published ("в 2025 году вырос на 20 %" in November
    /// 2025) is the part of it so far: `ytd`.
    func variant(for period: Period, measure: Measure?, periodFromText: Bool, published: PublicationTime?) -> Result<
        String, ClassifierFailure
    > {
        if variants["any"] != nil { return .success("any") }
        if measure == .stock || !periodFromText {
            if variants["stock"] != nil { return .success("stock") }
            if !periodFromText {
                return .failure(.init("no period in the text for a flow (\(indicator)); the date it was published is not the period"))
            }
        }
        let key: String?
        switch period.kind {
        case .year(let year):
            let unfinished = published.map { $0.text.count > 4 && $0.text.hasPrefix(String(year)) } ?? false
            key = unfinished && variants["ytd"] != nil ? "ytd" : "annual"
        case .half(_, 1), .quarter(_, 1): key = "ytd"
        case .monthSpan(let fy, 1, let ty, _) where fy == ty: key = "ytd"
        case .quarter: key = "quarterly"
        case .month: key = "monthly"
        default: key = nil
        }
        guard let key, variants[key] != nil else {
            return .failure(
                .init("no \(indicator) series for a period like \(period) (forms: \(variants.keys.sorted().joined(separator: ", ")))"))
        }
        return .success(key)
    }
}

/// Why a figure cannot be placed: the reason review shows.
public struct ClassifierFailure: Error, Sendable, Equatable {
    public var reason: String
    /// The one area whose total of all partners the figure is, when the failure is that the figure
    /// names no partner ("Turkey's exports dropped by 41.4 %", or after a sentence on "Общий
    /// внешнеторговый оборот Грузии"): the area's single-area family, not a pair's, is its place.
    var totalOf: String?
    init(_ reason: String, totalOf: String? = nil) {
        self.reason = reason
        self.totalOf = totalOf
    }
}

/// What a family makes for one figure: the series' code and metadata.
struct FamilySeries {
    enum Derived { case level, growth, share }

    var family: SeriesFamily
    var a: Gazetteer.Area
    var b: Gazetteer.Area?
    var unit: String
    var variant: String
    var derived: Derived

    var code: String {
        // `{a}` and `{b}` put in by hand: Foundation's replacingOccurrences was a tenth of an
        // article import's time (measured with perf).
        var code = ""
        var rest = Substring(family.code)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            code += rest[..<open]
            switch rest[rest.index(after: open)..<close] {
            case "a": code += a.slug
            case "b": code += b?.slug ?? ""
            default: code += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        code += rest
        if derived == .level, let part = family.unitPart(for: unit), !part.isEmpty { code += "." + part }
        if let part = family.variants[variant]?.code, !part.isEmpty { code += "." + part }
        if derived == .level, SeriesFamily.isMoney(unit), unit != family.defaultCurrency { code += "." + unit.lowercased() }
        switch derived {
        case .level: break
        case .growth: code += ".yoy"
        case .share: code += ".share"
        }
        return code
    }

    var series: Series {
        let (measure, frequency) = SeriesFamily.shape(of: variant, family: family)
        let variantTitle = family.variants[variant]
        var titleRu: String
        var titleEn: String
        switch derived {
        case .share:
            titleRu = fill(family.shareTitleRu ?? family.titleRu) + (variantTitle?.titleRu ?? "") + ", %"
            titleEn = fill(family.shareTitleEn ?? family.titleEn) + (variantTitle?.titleEn ?? "") + ", %"
        case .level, .growth:
            titleRu = fill(family.titleRu) + (variantTitle?.titleRu ?? "")
            titleEn = fill(family.titleEn) + (variantTitle?.titleEn ?? "")
            if SeriesFamily.isMoney(unit), unit != family.defaultCurrency {
                titleRu += ", \(unit)"
                titleEn += ", \(unit)"
            }
            if derived == .growth {
                titleRu += ", прирост к предыдущему периоду, %"
                titleEn += ", growth on a year earlier, %"
            }
        }
        let indicator = family.seriesIndicator ?? family.indicator
        return Series(
            code: code, measure: derived == .level ? measure : .flow, unit: derived == .level ? unit : "percent",
            frequency: frequency, titleEn: titleEn, titleRu: titleRu,
            indicator: derived == .level ? indicator : indicator + (derived == .growth ? "_growth" : "_share"), area: a.code,
            counterpart: b?.code, note: "Made by article imports from the \(family.indicator) family; figures as quoted in the press.")
    }

    /// The title family with the areas' names put in; `{x|y}` takes the first name that exists.
    private func fill(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let choices = rest[rest.index(after: open)..<close].split(separator: "|")
            out += choices.lazy.compactMap { name(String($0)) }.first ?? ""
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        guard let first = out.first else { return out }
        return first.uppercased() + out.dropFirst()
    }

    private func name(_ key: String) -> String? {
        let parts = key.split(separator: ".", maxSplits: 1)
        guard let who = parts.first, let area = who == "a" ? a : who == "b" ? b : nil else { return nil }
        // `{a}` is the Russian name, `{a.gent}` a case of it, `{a.en}` the English one.
        let field = parts.count < 2 ? "ru" : parts[1].hasPrefix("en") ? String(parts[1]) : "ru." + parts[1]
        return area.name(field) ?? (field.hasPrefix("en") ? area.code : nil)
    }
}
