/// One trend request over one or many series: what `econ trend` runs.
///
/// For each series, in this order: its current figures (as of ``asOf``) → optional aggregation to
/// a lower frequency → the transform (or the share of the flow in its stock) over *all* figures
/// (so the first period of the window still has its earlier period) → optional trailing moving
/// average → the ``from``…``to`` window → optional CAGR between the window's first and last
/// figures, least-squares fit and projection.
public struct TrendQuery: Sendable {
    /// The FRED transformation to apply (default `lin`).
    public var transform: Transform = .lin
    /// Only periods starting on or after this period's start.
    public var from: Period?
    /// Only periods ending on or before this period's end.
    public var to: Period?
    /// Aggregate to this lower frequency first.
    public var aggregateTo: Frequency?
    /// How to aggregate; `nil` means sum for flows, end of period for stocks.
    public var aggregation: Aggregation.Method?
    /// Report each flow as a percent of the stock that accumulates it (or, for a stock, its flow
    /// as a percent of it) instead of a transform.
    public var share = false
    /// The trailing moving-average window, in periods.
    public var movingAverage: Int?
    /// Compute the CAGR between the first and last figure in the window.
    public var cagr = false
    /// Fit a least-squares trend through the window's results.
    public var fit: TrendFit.Kind?
    /// Periods to project past the last fitted one (needs ``fit``).
    public var projection = 0
    /// Only figures published by then.
    public var asOf: PublicationTime?

    /// A query for the levels (`lin`) of every figure, with nothing else asked for.
    public init() {}

    /// Checks that the options go together.
    ///
    /// - Throws: ``TrendError/invalidParameter(_:)``.
    public func validate() throws(TrendError) {
        if let movingAverage, movingAverage < 1 { throw .invalidParameter("--ma must be at least 1, got \(movingAverage)") }
        if projection < 0 { throw .invalidParameter("--project must be 0 or more, got \(projection)") }
        if projection > 0 && fit == nil { throw .invalidParameter("--project needs --fit linear or --fit log") }
        if share && transform != .lin { throw .invalidParameter("--share replaces the transform; leave out --transform") }
        if share && aggregateTo != nil { throw .invalidParameter("--share and --aggregate do not go together") }
        if let from, let to, to.end < from.start { throw .invalidParameter("--to \(to) is before --from \(from)") }
    }

    /// Whether the query can run on `series`: aggregation needs a higher fixed frequency, and the
    /// transforms that use n need a fixed frequency. (``result(for:figures:partner:)`` throws for
    /// a series it cannot run on; a whole-store run can skip such series first.)
    public func applies(to series: Series) -> Bool {
        if let aggregateTo {
            guard let n = series.frequency.periodsPerYear, let m = aggregateTo.periodsPerYear else { return false }
            return n > m && aggregateTo != .daily
        }
        return share || !transform.needsPeriodsPerYear || series.frequency != .irregular
    }

    /// The label of the results in the `transform` column: `pc1`, `pc1+ma3`, `share`, `sum:annual+pch`.
    public var label: String {
        var parts: [String] = []
        if let aggregateTo { parts.append("\((aggregation?.rawValue).map { $0 + ":" } ?? "")\(aggregateTo.rawValue)") }
        parts.append(share ? "share" : transform.rawValue)
        if let movingAverage { parts.append("ma\(movingAverage)") }
        return parts.joined(separator: "+")
    }

    /// Runs the query over `series`, calling `body` with each series' result in turn (memory holds
    /// one series at a time).
    public func run(on store: Store, series: [Series], _ body: (SeriesTrend) throws -> Void) throws {
        try validate()
        guard share else {
            try store.forEachCurrentFigures(of: series, asOf: asOf) { s, figures in try body(try result(for: s, figures: figures)) }
            return
        }
        let catalog = try store.allSeries()
        for s in series {
            let partner = try Self.partner(of: s, in: catalog).map { try store.currentFigures($0.code, asOf: asOf) }
            try body(try result(for: s, figures: store.currentFigures(s.code, asOf: asOf), partner: partner))
        }
    }

    /// The series that a share pairs `series` with: the stock accumulating a flow, or a stock's flow.
    static func partner(of series: Series, in catalog: [Series]) -> Series? {
        if series.measure == .stock { return catalog.first { $0.code == series.accumulates } }
        return catalog.first { $0.accumulates == series.code }
    }

    /// The result for one series from its figures and, for ``share``, the figures of the series it
    /// pairs with (`nil` when there is none: every share is then missing, with the reason).
    public func result(for series: Series, figures: [DatedAmount], partner: [DatedAmount]? = nil) throws(TrendError) -> SeriesTrend {
        var frequency = series.frequency
        var levels = figures
        var points: [TrendPoint]
        if let aggregateTo {
            let method = aggregation ?? .natural(for: series.measure)
            let aggregated = try Aggregation.aggregate(
                figures, from: series.frequency, to: aggregateTo, method: method, series: series.code)
            frequency = aggregateTo
            levels = aggregated.compactMap { p in
                guard let i = p.value.interval, let amount = Self.amount(i) else { return nil }
                return DatedAmount(period: p.period, amount: amount)
            }
            points = try transformed(aggregated, levels: levels, frequency: frequency, series: series)
        } else if share {
            if let partner {
                points =
                    series.measure == .flow
                    ? Share.flowInStock(flow: figures, stock: partner) : Share.flowInStock(flow: partner, stock: figures)
            } else {
                let reason =
                    series.measure == .flow
                    ? "no share: no stock series accumulates \(series.code)" : "no share: \(series.code) names no flow it accumulates"
                points = figures.map { TrendPoint(period: $0.period, value: .missing(reason)) }
            }
        } else {
            points = try transform.apply(to: figures, frequency: frequency, series: series.code)
        }
        if let movingAverage { points = try MovingAverage.trailing(points, window: movingAverage, frequency: frequency) }
        points = points.filter(inWindow)
        var trend = SeriesTrend(series: series, label: label, points: points)
        if cagr {
            let window = levels.filter { inWindow($0.period) }
            if let first = window.first, let last = window.last, first.period != last.period {
                trend.cagr = (first.period, last.period, try Growth.cagr(from: first, to: last))
            }
        }
        if let fit {
            trend.fit = TrendFit(fit, points: points, frequency: frequency)
            trend.projection = points.last.flatMap { trend.fit?.projection(projection, after: $0.period) } ?? []
        }
        return trend
    }

    /// Applies the transform to aggregated points, keeping the missing (incomplete) periods as gaps.
    private func transformed(_ aggregated: [TrendPoint], levels: [DatedAmount], frequency: Frequency, series: Series) throws(TrendError)
        -> [TrendPoint]
    {
        let computed = try transform.apply(to: levels, frequency: frequency, series: series.code)
        var byPeriod: [Period: TrendValue] = [:]
        for p in computed { byPeriod[p.period] = p.value }
        return aggregated.map { p in TrendPoint(period: p.period, value: byPeriod[p.period] ?? p.value) }
    }

    /// An interval back as a stored-figure amount, when it is one (aggregates of figures always are,
    /// except an approximate range, which becomes a range).
    static func amount(_ i: Interval) -> Amount? {
        if let x = i.point { return try? Amount(x, i.approximate ? .approx : .exact) }
        switch (i.low.value.isFinite, i.high.value.isFinite) {
        case (true, true): return try? Amount(rangeFrom: i.low.value, to: i.high.value)
        case (true, false): return try? Amount(i.low.value, i.low.isStrict ? .moreThan : .atLeast)
        case (false, true): return try? Amount(i.high.value, i.high.isStrict ? .lessThan : .atMost)
        case (false, false): return nil
        }
    }

    private func inWindow(_ point: TrendPoint) -> Bool { inWindow(point.period) }

    private func inWindow(_ period: Period) -> Bool {
        if let from, period.start < from.start { return false }
        if let to, period.end > to.end { return false }
        return true
    }
}

/// What a ``TrendQuery`` gives for one series.
public struct SeriesTrend: Sendable {
    /// The series the results are for.
    public var series: Series
    /// The `transform` column's text (``TrendQuery/label``).
    public var label: String
    /// One result per period in the window.
    public var points: [TrendPoint]
    /// The CAGR between the window's first and last figures, when asked for and there are two.
    public var cagr: (from: Period, to: Period, value: TrendValue)?
    /// The least-squares trend, when asked for and there are enough points.
    public var fit: TrendFit?
    /// The fit continued past the last period.
    public var projection: [TrendPoint] = []

    public init(series: Series, label: String, points: [TrendPoint]) {
        self.series = series
        self.label = label
        self.points = points
    }
}
