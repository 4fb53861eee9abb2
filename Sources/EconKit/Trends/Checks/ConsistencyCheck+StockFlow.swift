extension ConsistencyCheck {
    /// Findings about a stock and the flow it accumulates: the stock's change against the sum of
    /// the flows over the span, each flow against the stock, and a stock that falls while its flows
    /// are positive.
    ///
    /// Two consecutive stock figures at `s0` and `s1` are compared with the flows whose periods lie
    /// within (end of `s0`, end of `s1`]; the change is compared with their sum only when those
    /// flows cover the span exactly, day for day. A flow is compared with the stock at the end of
    /// its period, or the first stock figure after it.
    public func stockFlowFindings(stock: Series, stockFigures: [DatedAmount], flow: Series, flowFigures: [DatedAmount]) -> [Finding] {
        let stocks = stockFigures.sorted { $0.period.end < $1.period.end }
        var findings: [Finding] = []
        for (s0, s1) in zip(stocks, stocks.dropFirst()) {
            let inside = flowFigures.filter { $0.period.start > s0.period.end && $0.period.end <= s1.period.end }
            let change = checkInterval(s1.amount) - checkInterval(s0.amount)
            if Self.covers(inside, after: s0.period, through: s1.period) {
                let flowSum = inside.dropFirst().reduce(checkInterval(inside[0].amount)) { $0 + checkInterval($1.amount) }
                let difference = change - flowSum
                let scale =
                    [change.low.value, change.high.value, flowSum.low.value, flowSum.high.value]
                    .filter(\.isFinite).map(abs).max() ?? 0
                let truth = Truth.outside(difference, limit: tolerance * scale)
                if let certainty = Self.certainty(truth, [change, flowSum]) {
                    findings.append(
                        Finding(
                            .stockFlowMismatch, certainty, series: [stock.code, flow.code],
                            periods: [s0.period.description, s1.period.description] + inside.map(\.period.description),
                            values: [Finding.text(s0.amount), Finding.text(s1.amount)] + inside.map { Finding.text($0.amount) },
                            message:
                                "\(stock.code) changed by \(Finding.text(change)) from \(s0.period) to \(s1.period), but \(flow.code) sums to \(Finding.text(flowSum)) over the span (difference \(Finding.text(difference)), beyond the tolerance of \(DecimalText.format(tolerance * 100)) %)"
                        ))
                }
            }
            guard !inside.isEmpty else { continue }
            let flows = inside.map { checkInterval($0.amount) }
            let truth = Truth.all([Truth.negative(change)] + flows.map(Truth.positive))
            if let certainty = Self.certainty(truth, [change] + flows) {
                findings.append(
                    Finding(
                        .stockFallsWhileFlowsPositive, certainty, series: [stock.code, flow.code],
                        periods: [s0.period.description, s1.period.description] + inside.map(\.period.description),
                        values: [Finding.text(s0.amount), Finding.text(s1.amount)] + inside.map { Finding.text($0.amount) },
                        message:
                            "\(stock.code) fell by \(Finding.text(-change)) from \(s0.period) to \(s1.period) while \(flow.code) was positive in \(inside.map(\.period.description).joined(separator: ", "))"
                    ))
            }
        }
        for f in flowFigures {
            guard let s = stocks.first(where: { $0.period.end >= f.period.end }) else { continue }
            let flowInterval = checkInterval(f.amount)
            let stockInterval = checkInterval(s.amount)
            if let certainty = Self.certainty(Truth.greater(flowInterval, stockInterval), [flowInterval, stockInterval]) {
                findings.append(
                    Finding(
                        .flowExceedsStock, certainty, series: [flow.code, stock.code],
                        periods: [f.period.description, s.period.description],
                        values: [Finding.text(f.amount), Finding.text(s.amount)],
                        message:
                            "\(flow.code) in \(f.period) (\(Finding.text(f.amount))) is larger than the stock \(stock.code) at \(s.period) (\(Finding.text(s.amount))) that accumulates it"
                    ))
            }
        }
        return findings
    }

    /// Whether `flows` (in period order) cover the days after `start`'s end through `end`'s end
    /// exactly, without gaps or overlaps.
    static func covers(_ flows: [DatedAmount], after start: Period, through end: Period) -> Bool {
        guard let first = flows.first, let last = flows.last else { return false }
        guard first.period.start.daysSinceEpoch == start.end.daysSinceEpoch + 1, last.period.end == end.end else { return false }
        return zip(flows, flows.dropFirst()).allSatisfy { $1.period.start.daysSinceEpoch == $0.period.end.daysSinceEpoch + 1 }
    }
}
