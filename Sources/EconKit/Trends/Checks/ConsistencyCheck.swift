/// The checks `econ check` runs over series: stocks against their flows, sources against each
/// other, revisions against a threshold, and fixed-frequency series for gaps.
///
/// Honest about bounds: a finding is ``Finding/Certainty/certain`` when it holds for every value the
/// figures' qualifiers allow, and ``Finding/Certainty/possible`` when it holds for some of them and
/// every figure involved is bounded on both sides (exact, approximate, range). A comparison with an
/// open-ended bound ("more than 26 bn") gives a finding only when it is certain. Approximate figures
/// count as anything within ``tolerance`` of their value.
public struct ConsistencyCheck: Sendable {
    /// Relative tolerance, as a fraction (0.05 = 5 %): how far a stock's change may be from the sum
    /// of its flows, and how far an approximate figure may be from its value.
    public var tolerance: Double
    /// A revision that moves a figure by more than this many percent is reported.
    public var revisionThreshold: Double
    /// Only figures published by then.
    public var asOf: PublicationTime?

    public init(tolerance: Double = 0.05, revisionThreshold: Double = 10, asOf: PublicationTime? = nil) {
        self.tolerance = tolerance
        self.revisionThreshold = revisionThreshold
        self.asOf = asOf
    }

    /// Every finding about `series`, series by series: for each stock (or flow) in the list its
    /// stock–flow checks, then each series' sources, revisions and gaps.
    public func run(on store: Store, series: [Series]) throws -> [Finding] {
        let catalog = try store.allSeries()
        var findings: [Finding] = []
        var pairsDone: Set<String> = []
        for s in series {
            let stocks = s.measure == .stock ? [s] : catalog.filter { $0.accumulates == s.code }
            for stock in stocks {
                guard let flowCode = stock.accumulates, let flow = catalog.first(where: { $0.code == flowCode }),
                    pairsDone.insert(stock.code).inserted
                else { continue }
                findings += stockFlowFindings(
                    stock: stock, stockFigures: try store.currentFigures(stock.code, asOf: asOf), flow: flow,
                    flowFigures: try store.currentFigures(flow.code, asOf: asOf))
            }
            let revisions = try store.revisions(s.code, asOf: asOf)
            findings += sourceFindings(series: s, revisions: revisions)
            findings += revisionFindings(series: s, revisions: revisions)
            findings += gapFindings(series: s, figures: try store.currentFigures(s.code, asOf: asOf))
        }
        return findings
    }
}
