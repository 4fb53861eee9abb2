import Foundation

/// Tick positions and labels for chart axes: "nice" steps (1, 2 or 5 × 10^k) on the value axis,
/// and whole years or months on the time axis.
public enum ChartAxis {
    /// A tick: where it is and what it says.
    public struct Tick: Sendable, Equatable {
        public var value: Double
        public var label: String
    }

    /// The value axis for data from `low` to `high`: about `count` ticks at a nice step, the first at
    /// or below `low` and the last at or above `high`.
    public static func valueTicks(low: Double, high: Double, count: Int = 5) -> [Tick] {
        var low = low
        var high = high
        if !(high > low) {
            let pad = low == 0 ? 1 : abs(low) * 0.1
            low -= pad
            high += pad
        }
        let raw = (high - low) / Double(max(count, 1))
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        let decimals = max(0, -Int(floor(log10(step))))
        let first = Int(floor(low / step))
        let last = Int(ceil(high / step))
        guard last - first <= 50 else { return [] }
        return (first...last).map { k in
            let scale = pow(10, Double(decimals))
            let value = (Double(k) * step * scale).rounded() / scale
            return Tick(value: value, label: DecimalText.format(value))
        }
    }

    /// The time axis from day `first` to day `last` (days since 1970-01-01): 1 January of every
    /// 1st, 2nd, 5th, 10th… year when the span is two years or more, else the 1st of every 1st, 2nd,
    /// 3rd or 6th month, labelled with `labels`' month names. With `yearsCentred` (annual series,
    /// whose points sit in the middle of their year) a year's tick sits in its middle too, under
    /// its point.
    public static func timeTicks(first: Double, last: Double, labels: ReportLabels, yearsCentred: Bool = false, count: Int = 8) -> [Tick] {
        let from = CivilDate(daysSinceEpoch: Int(floor(first)))
        let to = CivilDate(daysSinceEpoch: Int(ceil(last)))
        func day(_ y: Int, _ m: Int) -> Double { Double(CivilDate(year: y, month: m, day: 1)?.daysSinceEpoch ?? 0) }
        if last - first >= 2 * 365 || yearsCentred {
            let years = to.year - from.year + 1
            let step = [1, 2, 5, 10, 20, 50, 100].first { years / $0 <= count } ?? 100
            let start = (from.year + step - 1) / step * step
            return stride(from: start, through: to.year, by: step).compactMap { y in
                let d = yearsCentred ? (day(y, 1) + day(y + 1, 1)) / 2 : day(y, 1)
                return d >= first && d <= last ? Tick(value: d, label: String(y)) : nil
            }
        }
        let months = (to.year - from.year) * 12 + to.month - from.month + 1
        let step = [1, 2, 3, 6, 12].first { months / $0 <= count } ?? 12
        var ticks: [Tick] = []
        var index = from.year * 12 + from.month - 1
        index = (index + step - 1) / step * step
        while index <= to.year * 12 + to.month - 1 {
            let y = index / 12
            let m = index % 12 + 1
            let d = day(y, m)
            if d >= first && d <= last { ticks.append(Tick(value: d, label: "\(labels.month(m)) \(y)")) }
            index += step
        }
        return ticks
    }
}
