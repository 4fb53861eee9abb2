/// An alert: "this transformation of this series crosses this threshold", written
/// `SERIES TRANSFORM OP NUMBER` (`ru_kz.investment.yearly pc1 < -10`).
///
/// `SERIES` is a code or a glob (`ru_kz.*`, see ``SeriesSelection/matches(_:pattern:)``); `TRANSFORM`
/// a ``Transform`` (`lin` for the levels); `OP` one of `<`, `<=`, `>`, `>=`; `NUMBER` in the unit of
/// the transform's results (base units for `lin`, `chg`, `ch1`; percent for `pc1` and the other
/// rates), written as ``DecimalText/parse(_:decimalComma:exponentShift:)`` reads it (`-10`, `2.6e10`).
public struct AlertRule: Sendable, Equatable, CustomStringConvertible {
    /// A comparison with the threshold.
    public enum Comparison: String, Sendable, CaseIterable {
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
    }

    /// A series code or a glob pattern.
    public var series: String
    /// The transformation whose results the rule looks at.
    public var transform: Transform
    /// The comparison.
    public var comparison: Comparison
    /// The threshold, in the unit of the transform's results.
    public var threshold: Double

    public init(series: String, transform: Transform, comparison: Comparison, threshold: Double) {
        self.series = series
        self.transform = transform
        self.comparison = comparison
        self.threshold = threshold
    }

    /// Parses `SERIES TRANSFORM OP NUMBER` (any run of spaces between the parts).
    ///
    /// - Throws: ``ReportError/badRule(_:reason:)`` naming the part that is wrong.
    public init(parsing text: String) throws(ReportError) {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard parts.count == 4 else {
            throw .badRule(text, reason: "expected 4 parts separated by spaces, found \(parts.count)")
        }
        guard let transform = Transform(rawValue: parts[1]) else {
            throw .badRule(
                text, reason: "unknown transform '\(parts[1])' (one of \(Transform.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        guard let comparison = Comparison(rawValue: parts[2]) else {
            throw .badRule(text, reason: "unknown comparison '\(parts[2])'")
        }
        guard let threshold = try? DecimalText.parse(parts[3]) else {
            throw .badRule(text, reason: "'\(parts[3])' is not a number")
        }
        self.init(series: parts[0], transform: transform, comparison: comparison, threshold: threshold)
    }

    /// The rule as written in canonical form: `ru_kz.investment.yearly pc1 < -10`.
    public var description: String {
        "\(series) \(transform.rawValue) \(comparison.rawValue) \(DecimalText.format(threshold))"
    }

    /// Whether the rule names series by a pattern rather than one code.
    public var isPattern: Bool { series.contains("*") || series.contains("?") }

    /// Whether the rule applies to a series with this code.
    public func covers(_ code: String) -> Bool {
        isPattern ? SeriesSelection.matches(code, pattern: series) : code == series
    }

    /// Whether the rule holds for every value of `interval` (`.certain`), for some of them
    /// (`.possible`), or for none (`nil`).
    public func evaluate(_ interval: Interval) -> AlertFinding.Certainty? {
        let c = threshold
        let low = interval.low
        let high = interval.high
        let all: Bool
        let some: Bool
        switch comparison {
        case .less:
            all = high.value < c || (high.value == c && high.isStrict)
            some = low.value < c
        case .lessOrEqual:
            all = high.value <= c
            some = low.value < c || (low.value == c && !low.isStrict)
        case .greater:
            all = low.value > c || (low.value == c && low.isStrict)
            some = high.value > c
        case .greaterOrEqual:
            all = low.value >= c
            some = high.value > c || (high.value == c && !high.isStrict)
        }
        return all ? .certain : some ? .possible : nil
    }
}
