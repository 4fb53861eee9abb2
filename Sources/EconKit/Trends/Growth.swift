import Foundation

/// Compound annual growth between two figures.
public enum Growth {
    /// Years between the ends of two periods.
    ///
    /// When both periods end on the last day of a month (years, halves, quarters, months, spans),
    /// the span is counted in whole months / 12, so `2020` → `2024` is exactly 4 years and
    /// `2024-Q1` → `2024-Q3` is 0.5. Otherwise it is days / 365.2425 (the mean Gregorian year).
    public static func years(from start: Period, to end: Period) -> Double {
        let a = start.end
        let b = end.end
        if a.day == CivilDate.daysIn(month: a.month, year: a.year), b.day == CivilDate.daysIn(month: b.month, year: b.year) {
            return Double((b.year * 12 + b.month) - (a.year * 12 + a.month)) / 12
        }
        return Double(b.daysSinceEpoch - a.daysSinceEpoch) / 365.2425
    }

    /// The compound annual growth rate from `start` to `end`, in percent:
    /// `((x(end) / x(start))^(1 / years) − 1) · 100`, years as in ``years(from:to:)``.
    ///
    /// Both figures must be positive; otherwise the result is missing with the reason. Bounds
    /// propagate: from exact 20 to more than 26 over 2 years is *more than* 14.02 %.
    /// From 100 in `2020` to 146.41 in `2024` is 10 %.
    /// - Throws: ``TrendError/emptySpan(from:to:)`` when `end` does not end after `start`.
    public static func cagr(from start: DatedAmount, to end: DatedAmount) throws(TrendError) -> TrendValue {
        let years = years(from: start.period, to: end.period)
        guard years > 0 else { throw .emptySpan(from: start.period.description, to: end.period.description) }
        let x0 = start.interval
        let x1 = end.interval
        guard x0.isPositive, x1.isPositive else {
            let bad = x0.isPositive ? end : start
            return .missing("undefined: CAGR needs positive values, and x(\(bad.period)) \(bad.interval.isPoint ? "is not" : "may not be")")
        }
        return TrendValue { () throws(UndefinedValue) in try (x1 / x0).power(1 / years).shifted(by: -1).scaled(by: 100) }
    }
}
