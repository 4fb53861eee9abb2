/// Trailing moving averages.
public enum MovingAverage {
    /// The mean of each window of `window` consecutive periods, placed at the window's *last*
    /// period (trailing alignment: the value at 2024 with window 3 averages 2022, 2023 and 2024).
    ///
    /// The first `window − 1` periods have no value. A window with a gap (a missing period, or a
    /// missing value in `points`) gives a missing value naming the gap. On an irregular series
    /// (`frequency` `.irregular`) the window is the last `window` observations, and the note says so.
    /// Bounds and approximations travel by ``Interval`` arithmetic.
    ///
    /// - Throws: ``TrendError/invalidParameter(_:)`` when `window` is below 1.
    public static func trailing(_ points: [TrendPoint], window: Int, frequency: Frequency) throws(TrendError) -> [TrendPoint] {
        guard window >= 1 else { throw .invalidParameter("the moving-average window must be at least 1, got \(window)") }
        let fixed = frequency != .irregular
        return points.enumerated().map { i, point in
            guard i + 1 >= window else {
                return TrendPoint(period: point.period, value: .missing("fewer than \(window) periods before it for the moving average"))
            }
            let slice = points[(i + 1 - window)...i]
            if fixed, let last = point.period.ordinal, let first = slice.first?.period.ordinal, last - first != window - 1 {
                return TrendPoint(
                    period: point.period,
                    value: .missing("gap in the moving-average window \(slice.first?.period.description ?? "")–\(point.period)"))
            }
            var sum = Interval(0)
            for member in slice {
                guard let interval = member.value.interval else {
                    return TrendPoint(period: point.period, value: .missing("no value for \(member.period) in the moving-average window"))
                }
                sum = sum + interval
            }
            let note = fixed ? nil : "average of the last \(window) observations"
            return TrendPoint(period: point.period, value: TrendValue(sum.scaled(by: 1 / Double(window)), note: note))
        }
    }
}
