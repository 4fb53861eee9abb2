/// The share of a part in a whole, and of a flow in the stock it accumulates.
public enum Share {
    /// `part / whole · 100`, in percent, by ``Interval`` arithmetic: ≈4 of more than 26 is
    /// *approximately, less than* 15.38 %.
    public static func percent(of part: Interval, in whole: Interval) -> TrendValue {
        TrendValue { () throws(UndefinedValue) in try (part / whole).scaled(by: 100) }
    }

    /// Each flow figure as a percent of the stock that accumulates it.
    ///
    /// A flow for a period is set against the stock at that period's end, or — when the stock has
    /// no figure then — the first stock figure after it (which includes the flow); the note names
    /// the stock period used. A flow after the last stock figure has no share.
    public static func flowInStock(flow: [DatedAmount], stock: [DatedAmount]) -> [TrendPoint] {
        let stock = stock.sorted { $0.period.end < $1.period.end }
        var j = 0
        return flow.map { f in
            while j < stock.count, stock[j].period.end < f.period.end { j += 1 }
            guard j < stock.count else {
                return TrendPoint(period: f.period, value: .missing("no stock figure at or after the end of \(f.period)"))
            }
            let whole = stock[j]
            let value = percent(of: f.interval, in: whole.interval).noting("of the stock at \(whole.period)")
            return TrendPoint(period: f.period, value: value)
        }
    }
}
