import Foundation

/// FRED's unit transformations, with FRED's formulas. `n` is the number of observations per year
/// of the series' frequency (``Frequency/periodsPerYear``: 1 annual, 2 semiannual, 4 quarterly,
/// 12 monthly, 365 daily); `x(t−1)` is the previous *period* and `x(t−n)` the same period a year
/// earlier.
///
/// | transform | formula | unit |
/// |---|---|---|
/// | `lin` | x(t) | the series' unit |
/// | `chg` | x(t) − x(t−1) | the series' unit |
/// | `ch1` | x(t) − x(t−n) | the series' unit |
/// | `pch` | (x(t) / x(t−1) − 1) · 100 | percent |
/// | `pc1` | (x(t) / x(t−n) − 1) · 100 | percent |
/// | `pca` | ((x(t) / x(t−1))^n − 1) · 100 | percent, annualized |
/// | `cch` | (ln x(t) − ln x(t−1)) · 100 | percent, continuously compounded |
/// | `cca` | n · (ln x(t) − ln x(t−1)) · 100 | percent, continuously compounded, annualized |
/// | `log` | ln x(t) | – |
///
/// Rules:
/// - A missing period is a gap: the result that needs it is missing with the reason, never bridged
///   to an older value.
/// - `pch` and `pc1` are missing when the earlier value is zero; from a negative earlier value they
///   are computed as FRED does, with a note that the sign reads reversed.
/// - `pca`, `cch`, `cca` and `log` need positive values; otherwise the result is missing with the reason.
/// - On an `irregular` series `ch1`, `pc1`, `pca` and `cca` are refused (``TrendError/needsFixedFrequency(series:operation:)``);
///   `chg`, `pch` and `cch` compare with the previous observation and say so in the note.
/// - Qualifiers travel by ``Interval`` arithmetic.
public enum Transform: String, CaseIterable, Sendable {
    case lin, chg, ch1, pch, pc1, pca, cch, cca, log

    /// Whether the formula uses `n`, the observations per year.
    public var needsPeriodsPerYear: Bool {
        switch self {
        case .ch1, .pc1, .pca, .cca: true
        default: false
        }
    }

    /// The unit of the results: `nil` for the series' own unit, else `percent` or `ln`.
    public var resultUnit: String? {
        switch self {
        case .lin, .chg, .ch1: nil
        case .log: "ln"
        default: "percent"
        }
    }

    /// The transformed series, one point per figure, in period order.
    ///
    /// - Parameters:
    ///   - figures: current figures in period order, one per period.
    ///   - frequency: the series' frequency (gives `n` and whether periods have fixed neighbours).
    ///   - series: the series code, for messages.
    /// - Throws: ``TrendError/needsFixedFrequency(series:operation:)`` for an `n`-based transform on an irregular series.
    public func apply(to figures: [DatedAmount], frequency: Frequency, series: String = "") throws(TrendError) -> [TrendPoint] {
        if self == .lin { return figures.map { TrendPoint(period: $0.period, value: TrendValue($0.interval)) } }
        if self == .log {
            return figures.map { f in
                TrendPoint(period: f.period, value: TrendValue { () throws(UndefinedValue) in try f.interval.logarithm() })
            }
        }
        guard let n = frequency.periodsPerYear else {
            guard !needsPeriodsPerYear else { throw .needsFixedFrequency(series: series, operation: rawValue) }
            return applyToPreviousObservation(figures)
        }
        let lag = needsPeriodsPerYear && self != .pca && self != .cca ? n : 1
        var points: [TrendPoint] = []
        points.reserveCapacity(figures.count)
        var j = 0
        for (i, figure) in figures.enumerated() {
            guard let ordinal = figure.period.ordinal else {
                points.append(TrendPoint(period: figure.period, value: .missing("a span of months has no previous period")))
                continue
            }
            let target = ordinal - lag
            while j < i, let o = figures[j].period.ordinal, o < target { j += 1 }
            guard j < i, figures[j].period.ordinal == target else {
                let earlier = figure.period.advanced(by: -lag).map(\.description) ?? "the period before"
                points.append(TrendPoint(period: figure.period, value: .missing("gap: no value for \(earlier)")))
                continue
            }
            points.append(TrendPoint(period: figure.period, value: value(figure, from: figures[j], n: n)))
        }
        return points
    }

    /// `chg`, `pch`, `cch` on an irregular series: each observation against the one before it.
    private func applyToPreviousObservation(_ figures: [DatedAmount]) -> [TrendPoint] {
        figures.enumerated().map { i, figure in
            guard i > 0 else { return TrendPoint(period: figure.period, value: .missing("no earlier observation")) }
            let earlier = figures[i - 1]
            let value = value(figure, from: earlier, n: 1).noting("compared with the previous observation, \(earlier.period)")
            return TrendPoint(period: figure.period, value: value)
        }
    }

    /// The formula for one period, given the earlier figure it compares with.
    func value(_ current: DatedAmount, from earlier: DatedAmount, n: Int) -> TrendValue {
        let x = current.interval
        let y = earlier.interval
        switch self {
        case .lin: return TrendValue(x)
        case .log: return TrendValue { () throws(UndefinedValue) in try x.logarithm() }
        case .chg, .ch1: return TrendValue(x - y)
        case .pch, .pc1:
            guard !y.mayBeZero else {
                return .missing(
                    y.isPoint ? "undefined: x(\(earlier.period)) is 0" : "undefined: x(\(earlier.period)) may be 0 (its bounds allow it)")
            }
            let note = y.isNegative ? "x(\(earlier.period)) is negative: the sign of a percent change from it reads reversed" : nil
            return TrendValue({ () throws(UndefinedValue) in try (x / y).shifted(by: -1).scaled(by: 100) }, note: note)
        case .pca, .cch, .cca:
            guard x.isPositive, y.isPositive else {
                let bad = x.isPositive ? earlier : current
                return .missing(
                    "undefined: \(rawValue) needs positive values, and x(\(bad.period)) \(Interval(bad.amount).isPoint ? "is not" : "may not be")"
                )
            }
            if self == .pca {
                return TrendValue { () throws(UndefinedValue) in try (x / y).power(Double(n)).shifted(by: -1).scaled(by: 100) }
            }
            let factor = self == .cca ? Double(n) * 100 : 100
            return TrendValue { () throws(UndefinedValue) in try (x.logarithm() - y.logarithm()).scaled(by: factor) }
        }
    }
}
