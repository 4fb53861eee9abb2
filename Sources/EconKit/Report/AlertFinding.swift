/// What an alert rule found at one period of one series.
public struct AlertFinding: Sendable, Equatable {
    /// How sure the finding is.
    public enum Certainty: String, Sendable {
        /// The rule holds for every value the figures allow: the alert fires (exit status 1).
        case certain
        /// The rule holds for some values the figures allow (a bound, a range, an approximate
        /// figure) but not for all: reported, but the alert does not fire.
        case possible
    }

    /// The rule, as written in canonical form.
    public var rule: AlertRule
    /// The series the rule was checked on.
    public var series: String
    /// The period of the result.
    public var period: Period
    /// The result as the report shows it (qualifier and note included).
    public var value: TrendValue
    /// The interval the rule was checked against: ``value``'s, with approximate figures widened by
    /// the report's tolerance before the transform.
    public var checked: Interval
    /// Whether the rule holds for every value (fires) or only some.
    public var certainty: Certainty

    public init(rule: AlertRule, series: String, period: Period, value: TrendValue, checked: Interval, certainty: Certainty) {
        self.rule = rule
        self.series = series
        self.period = period
        self.value = value
        self.checked = checked
        self.certainty = certainty
    }

    /// Whether the alert fires (the rule holds for every value the figures allow).
    public var fires: Bool { certainty == .certain }

    /// The value as tables show it, with its qualifier mark: `≈33.33`, `>26000000000`, `1…5`
    /// (rounded to 2 decimals from 1, 4 below 1, bounds outward so they stay true; JSON keeps full
    /// precision).
    public var valueText: String { TrendTable.cell(value) }

    /// One line for cron mail: what fired (or might), where, the value and the rule.
    ///
    /// `alert: ru_kz.investment.yearly 2024 pc1 ≈33.33: rule 'ru_kz.investment.yearly pc1 > 30' holds`
    public var line: String {
        let head = "\(series) \(period) \(rule.transform.rawValue) \(valueText): rule '\(rule)'"
        switch certainty {
        case .certain: return "alert: \(head) holds"
        case .possible: return "possible: \(head) might hold but is not certain (\(Self.why(value)))"
        }
    }

    static func why(_ v: TrendValue) -> String {
        switch v.qualifier {
        case .none: "the value cannot be determined from the figures' bounds"
        case .range: "the value is a range"
        case .moreThan, .atLeast, .lessThan, .atMost: v.approximate ? "the value is an approximate bound" : "the value is a bound"
        case .approx: "the value is approximate"
        case .exact: "the value is exact"
        }
    }
}
