/// A time series: what is measured, in which unit, how often, between which areas.
public struct Series: Sendable, Equatable {
    /// The stable, case-sensitive code (`ru_kz.investment.cumulative`); see ``SeriesCode``.
    public var code: String
    public var titleEn: String?
    public var titleRu: String?
    /// What is measured, in a word or two (`investment`, `trade_turnover`, `jobs`).
    public var indicator: String?
    public var measure: Measure
    /// ISO 4217 for money (`USD`, `RUB`, `KZT`), else a word (`projects`, `jobs`, `percent`).
    public var unit: String
    public var frequency: Frequency
    /// Reference area, ISO 3166 alpha-2 (`RU`).
    public var area: String?
    /// Counterpart area, ISO 3166 alpha-2 (`KZ`).
    public var counterpart: String?
    /// For a stock: the code of the flow series it accumulates.
    public var accumulates: String?
    public var source: String?
    public var note: String?

    public init(
        code: String, measure: Measure, unit: String, frequency: Frequency, titleEn: String? = nil,
        titleRu: String? = nil, indicator: String? = nil, area: String? = nil, counterpart: String? = nil,
        accumulates: String? = nil, source: String? = nil, note: String? = nil
    ) {
        self.code = code
        self.measure = measure
        self.unit = unit
        self.frequency = frequency
        self.titleEn = titleEn
        self.titleRu = titleRu
        self.indicator = indicator
        self.area = area
        self.counterpart = counterpart
        self.accumulates = accumulates
        self.source = source
        self.note = note
    }
}

/// Why a series cannot be created or used.
public enum SeriesError: Error, Equatable, Sendable, CategorizedError {
    case invalidCode(String, reason: String)
    case invalidUnit(String)
    case unknown(String)
    case alreadyExists(String)
    case badAccumulates(stock: String, flow: String, reason: String)
    /// An import met a series that does not exist and was not told how to create it.
    case unknownNeedsMetadata(String)

    public var category: ErrorCategory { .dataError }

    public var description: String {
        switch self {
        case .invalidCode(let code, let reason): "series code '\(code)' is not valid: \(reason)"
        case .invalidUnit(let unit): "unit '\(unit)' is not valid: use an ISO 4217 code such as USD, or a word such as projects"
        case .unknown(let code):
            "no series '\(code)' in the store; create it first with: econ series add \(code) --measure stock|flow --unit UNIT --frequency annual|…"
        case .alreadyExists(let code): "series '\(code)' already exists (see: econ series show \(code))"
        case .badAccumulates(let stock, let flow, let reason): "series '\(stock)' cannot accumulate '\(flow)': \(reason)"
        case .unknownNeedsMetadata(let code):
            "no series '\(code)' in the store; to create it give --measure, --unit and --frequency (or --mapping FILE), or add it first with 'econ series add'"
        }
    }
}
