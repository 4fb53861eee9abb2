/// The words of a report in one language: column names, transformation names, period labels
/// (month names), scale words and fixed phrases.
public struct ReportLabels: Sendable {
    /// The language.
    public var language: ReportLanguage

    public init(_ language: ReportLanguage) { self.language = language }

    private var ru: Bool { language == .ru }

    /// The default heading.
    public var defaultTitle: String { ru ? "Отчёт о динамике" : "Trend report" }
    public var period: String { ru ? "период" : "period" }
    public var alerts: String { ru ? "Сигналы" : "Alerts" }
    public var notes: String { ru ? "примечания" : "notes" }
    public var sources: String { ru ? "источник" : "source" }
    /// The header of the column of source numbers.
    public var sourceColumn: String { ru ? "ист." : "src" }
    /// Before the list of every outlet that reported a figure.
    public var reportedBy: String { ru ? "сообщили" : "reported by" }
    public var noAlertRules: String { ru ? "правил сигналов нет" : "no alert rules" }
    public var noFigures: String { ru ? "нет данных в выбранном окне" : "no figures in the window" }

    /// "no alert fired (N rules)".
    public func noneFired(rules: Int) -> String {
        ru ? "ни один сигнал не сработал (правил: \(rules))" : "no alert fired (\(rules) rule\(rules == 1 ? "" : "s"))"
    }

    /// The word for a finding's certainty.
    public func certainty(_ c: AlertFinding.Certainty) -> String {
        switch c {
        case .certain: ru ? "сработал" : "fires"
        case .possible: ru ? "возможно" : "possible"
        }
    }

    /// The headers of the alerts table.
    public var alertColumns: [String] {
        ru
            ? ["статус", "серия", "период", "преобр.", "значение", "правило"]
            : ["status", "series", "period", "transform", "value", "rule"]
    }

    /// Why a transformation is missing from an irregular series' table.
    public func notShown(_ t: Transform) -> String {
        ru
            ? "\(t.rawValue) не показан: у серии нерегулярные даты, а для \(t.rawValue) нужна постоянная частота"
            : "\(t.rawValue) not shown: the series has irregular dates, and \(t.rawValue) needs a fixed frequency"
    }

    /// "not checked" for a rule that met a missing value.
    public var notChecked: String { ru ? "не проверено" : "not checked" }

    /// The line saying which figures the report uses.
    public func asOfLine(asOf: PublicationTime?, lastPublished: String?, store: String) -> String {
        let latest = lastPublished.map { ru ? ", последняя публикация \($0)" : ", latest published \($0)" } ?? ""
        if let asOf {
            return ru ? "Данные: \(store), опубликованные по \(asOf)\(latest)" : "Figures: \(store), as published by \(asOf)\(latest)"
        }
        return ru ? "Данные: \(store), текущие значения\(latest)" : "Figures: \(store), current values\(latest)"
    }

    /// The series' title in the report's language (falling back to the other, then the code).
    public func title(of series: Series) -> String {
        (ru ? series.titleRu ?? series.titleEn : series.titleEn ?? series.titleRu) ?? series.code
    }

    /// A short name for a transformation's results, for column headers.
    public func name(of transform: Transform) -> String {
        switch transform {
        case .lin: ru ? "уровень" : "level"
        case .chg: ru ? "изменение" : "change"
        case .ch1: ru ? "изменение за год" : "change on a year ago"
        case .pch: ru ? "изменение, %" : "change, %"
        case .pc1: ru ? "к году ранее, %" : "on a year ago, %"
        case .pca: ru ? "изменение, % годовых" : "change, % a year"
        case .cch: ru ? "непрерывное изменение, %" : "continuous change, %"
        case .cca: ru ? "непрерывное изменение, % годовых" : "continuous change, % a year"
        case .log: ru ? "натуральный логарифм" : "natural log"
        }
    }

    /// The header of a column: the name and, for values in the series' unit, the scale and unit
    /// (`level, bn USD`); the transform code follows in brackets for anything but the levels.
    public func header(_ transform: Transform, scale: ExportScale, unit: String) -> String {
        var text = name(of: transform)
        if transform.resultUnit == nil { text += ", " + scaled(unit: unit, scale) }
        return transform == .lin ? text : "\(text) (\(transform.rawValue))"
    }

    /// `bn USD`, `thousand jobs`, `USD`; in Russian `млрд USD`, `тыс. рабочих мест`, `проекты`.
    public func scaled(unit: String, _ scale: ExportScale) -> String {
        let word: String
        switch scale {
        case .units: return unitName(unit)
        case .thousands: word = ru ? "тыс." : "thousand"
        case .millions: word = ru ? "млн" : "mn"
        case .billions: word = ru ? "млрд" : "bn"
        }
        return word + " " + unitName(unit, afterScale: true)
    }

    /// A unit for people. Currency codes stay as they are; the counted things econ's bundled data
    /// uses have Russian names (after a scale word in the genitive: `тыс. рабочих мест`); any
    /// other unit is shown as stored.
    public func unitName(_ unit: String, afterScale: Bool = false) -> String {
        guard ru, let names = Self.russianUnits[unit] else { return unit }
        return afterScale ? names.genitive : names.nominative
    }

    private static let russianUnits: [String: (nominative: String, genitive: String)] = [
        "jobs": ("рабочие места", "рабочих мест"),
        "projects": ("проекты", "проектов"),
        "agreements": ("соглашения", "соглашений"),
        "aircraft": ("самолёты", "самолётов"),
        "companies": ("компании", "компаний"),
        "enterprises": ("предприятия", "предприятий"),
        "people": ("человек", "человек"),
        "tonnes": ("т", "т"),
        "t": ("т", "т"),
        "percent": ("%", "%"),
    ]

    /// The measure and frequency in words: "flow, annual" / "поток, годовой".
    public func describe(_ series: Series) -> String {
        let measure = series.measure == .stock ? (ru ? "запас" : "stock") : (ru ? "поток" : "flow")
        let frequency: String
        switch series.frequency {
        case .annual: frequency = ru ? "годовой" : "annual"
        case .semiannual: frequency = ru ? "полугодовой" : "semiannual"
        case .quarterly: frequency = ru ? "квартальный" : "quarterly"
        case .monthly: frequency = ru ? "месячный" : "monthly"
        case .daily: frequency = ru ? "дневной" : "daily"
        case .irregular: frequency = ru ? "на даты" : "irregular dates"
        }
        return "\(unitName(series.unit)), \(measure), \(frequency)"
    }

    // MARK: - Periods

    private static let monthsEn = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    private static let monthsRu = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]
    private static let monthsRuGenitive = [
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ]

    /// A month's short name: `Nov`, `ноя`.
    public func month(_ m: Int) -> String {
        let i = min(max(m, 1), 12) - 1
        return ru ? Self.monthsRu[i] : Self.monthsEn[i]
    }

    /// A period for people: `2024`, `Q3 2024`, `H1 2024`, `Nov 2025`, `6 Nov 2025`, `Jan 2024–Dec 2025`
    /// (Russian: `III кв. 2024`, `1 пол. 2024`, `ноя 2025`, `6 ноября 2025`, `янв 2024–дек 2025`).
    public func label(_ p: Period) -> String {
        switch p.kind {
        case .year(let y): return String(y)
        case .half(let y, let h): return ru ? "\(h) пол. \(y)" : "H\(h) \(y)"
        case .quarter(let y, let q): return ru ? "\(["I", "II", "III", "IV"][min(max(q, 1), 4) - 1]) кв. \(y)" : "Q\(q) \(y)"
        case .month(let y, let m): return "\(month(m)) \(y)"
        case .day(let d): return ru ? "\(d.day) \(Self.monthsRuGenitive[d.month - 1]) \(d.year)" : "\(d.day) \(month(d.month)) \(d.year)"
        case .monthSpan(let fy, let fm, let ty, let tm): return "\(month(fm)) \(fy)–\(month(tm)) \(ty)"
        }
    }
}
