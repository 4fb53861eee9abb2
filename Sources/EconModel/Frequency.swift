/// How often a series has a value.
public enum Frequency: String, CaseIterable, Codable, Sendable {
    case annual
    case semiannual
    case quarterly
    case monthly
    case daily
    /// Values at arbitrary dates or spans (as-of figures from articles); any period form is accepted.
    case irregular

    /// Observations per year: FRED's `n` for `ch1`, `pc1`, `pca`, `cca`. `nil` for ``irregular``.
    public var periodsPerYear: Int? {
        switch self {
        case .annual: 1
        case .semiannual: 2
        case .quarterly: 4
        case .monthly: 12
        case .daily: 365
        case .irregular: nil
        }
    }

    /// An example period of this frequency, for messages.
    public var examplePeriod: String {
        switch self {
        case .annual: "2024"
        case .semiannual: "2024-H1"
        case .quarterly: "2024-Q3"
        case .monthly: "2024-03"
        case .daily: "2025-11-06"
        case .irregular: "2025-11-06"
        }
    }
}

/// Whether a series is a level at a date or an amount over a period.
public enum Measure: String, CaseIterable, Codable, Sendable {
    /// A level at a point in time: cumulative investment, projects under way.
    case stock
    /// An amount over a period: investment in 2024, trade in a quarter.
    case flow
}
