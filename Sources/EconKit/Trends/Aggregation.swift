/// Aggregation of a series to a lower frequency (monthly → quarterly → semiannual → annual; daily
/// → any of them).
///
/// FRED's completeness rule: a lower-frequency period gets a value only when every one of its
/// periods has one; an incomplete year is missing (with how many periods it has), never a smaller sum.
public enum Aggregation {
    /// How the periods of a lower-frequency period combine.
    public enum Method: String, CaseIterable, Sendable {
        /// The total: for flows (investment in the year is the sum of its quarters).
        case sum
        /// The value of the last period: for stocks (the level at the end of the year).
        case endOfPeriod = "eop"
        /// The mean of the periods.
        case average

        /// The natural method for a measure: sum for a flow, end of period for a stock.
        public static func natural(for measure: Measure) -> Method { measure == .flow ? .sum : .endOfPeriod }
    }

    /// `figures` (of `frequency`, in period order) aggregated to `target`, one point per target
    /// period from the first figure's to the last figure's. Bounds travel by ``Interval`` arithmetic.
    ///
    /// - Throws: ``TrendError/cannotAggregate(series:from:to:)`` unless `target` is a lower fixed
    ///   frequency whose periods are made of whole periods of `frequency`.
    public static func aggregate(
        _ figures: [DatedAmount], from frequency: Frequency, to target: Frequency, method: Method, series: String = ""
    ) throws(TrendError) -> [TrendPoint] {
        guard let perTarget = periodsPerPeriod(of: frequency, in: target) else {
            throw .cannotAggregate(series: series, from: frequency, to: target)
        }
        var groups: [(period: Period, members: [DatedAmount])] = []
        for figure in figures {
            guard let container = containing(figure.period, in: target) else { continue }
            if groups.last?.period == container {
                groups[groups.count - 1].members.append(figure)
            } else {
                groups.append((container, [figure]))
            }
        }
        guard let firstGroup = groups.first?.period, let lastGroup = groups.last?.period,
            let firstOrdinal = firstGroup.ordinal, let lastOrdinal = lastGroup.ordinal
        else { return [] }
        var byOrdinal: [Int: [DatedAmount]] = [:]
        for group in groups { if let o = group.period.ordinal { byOrdinal[o] = group.members } }
        return (0...(lastOrdinal - firstOrdinal)).compactMap { step in
            guard let period = firstGroup.advanced(by: step) else { return nil }
            let members = byOrdinal[firstOrdinal + step] ?? []
            let expected = perTarget(period)
            guard members.count == expected, let lastMember = members.last else {
                return TrendPoint(period: period, value: .missing("incomplete: \(members.count) of \(expected) periods"))
            }
            let total = members.dropFirst().reduce(members[0].interval) { $0 + $1.interval }
            switch method {
            case .sum: return TrendPoint(period: period, value: TrendValue(total))
            case .average: return TrendPoint(period: period, value: TrendValue(total.scaled(by: 1 / Double(expected))))
            case .endOfPeriod: return TrendPoint(period: period, value: TrendValue(lastMember.interval))
            }
        }
    }

    /// How many periods of `frequency` make up a given period of `target`, or `nil` when `target`
    /// is not a lower frequency made of whole `frequency` periods.
    static func periodsPerPeriod(of frequency: Frequency, in target: Frequency) -> ((Period) -> Int)? {
        guard let n = frequency.periodsPerYear, let m = target.periodsPerYear, n > m, target != .daily else { return nil }
        if frequency == .daily {
            return { Period.days(in: $0) }
        }
        guard n % m == 0 else { return nil }
        return { _ in n / m }
    }

    /// The period of `target` frequency that holds `period`.
    static func containing(_ period: Period, in target: Frequency) -> Period? {
        let year = period.start.year
        let month = period.start.month
        switch target {
        case .annual: return Period(.year(year))
        case .semiannual: return Period(.half(year: year, half: (month - 1) / 6 + 1))
        case .quarterly: return Period(.quarter(year: year, quarter: (month - 1) / 3 + 1))
        case .monthly: return Period(.month(year: year, month: month))
        case .daily, .irregular: return nil
        }
    }
}

extension Period {
    /// The number of days a period covers.
    static func days(in period: Period) -> Int { period.end.daysSinceEpoch - period.start.daysSinceEpoch + 1 }
}
