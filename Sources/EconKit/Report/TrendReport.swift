import Foundation

/// A report computed from the store: for each series its trends (one ``SeriesTrend`` per
/// transformation), and the alert findings. Renderers (``ReportRenderer``) turn it into text,
/// Markdown, JSON, CSV or HTML; building and rendering are separate so that the same numbers go to
/// every format.
///
/// The trend math is ``TrendQuery``'s: a report only chooses what to compute and how to show it.
public struct TrendReport: Sendable {
    /// One series' part of the report.
    public struct Section: Sendable {
        /// The series.
        public var series: Series
        /// One result per transformation that applies to the series, in the definition's order.
        public var trends: [SeriesTrend]
        /// Transformations that do not apply to the series, with the reason (e.g. `pc1` on an
        /// irregular series).
        public var skipped: [(transform: Transform, reason: String)]
        /// The source of each period's current figure (the source, else the document name).
        public var sources: [Period: String]
        /// The current figures, in period order (for charts: the levels with their qualifiers).
        public var figures: [DatedAmount]
        /// For a figure reported by more than one document: every report's outlet (else its
        /// title or file), the first report first.
        public var reporters: [Period: [String]] = [:]
    }

    /// A rule that could not be checked at a period: the result there is missing.
    public struct Unevaluated: Sendable, Equatable {
        public var rule: AlertRule
        public var series: String
        public var period: Period?
        public var reason: String
    }

    /// What the report was asked for.
    public var definition: ReportDefinition
    /// The series, in the order named (then matched, in code order).
    public var sections: [Section]
    /// Alert findings, in rule order, then series code, then period: certain ones fire, possible
    /// ones are reported only.
    public var findings: [AlertFinding]
    /// Rules whose series has no result at its latest period in the window (a gap, an undefined
    /// change): nothing to check there. With ``ReportDefinition/allPeriods`` earlier missing
    /// results are passed over silently.
    public var unevaluated: [Unevaluated]
    /// The store's file name (not its folder, so the same store gives the same report anywhere).
    public var storeName: String
    /// The latest publication time among the figures shown, canonical text; `nil` when there are none.
    public var lastPublished: String?

    /// Whether any alert fired.
    public var fires: Bool { findings.contains { $0.fires } }

    /// Computes the report.
    ///
    /// - Throws: ``SeriesError/unknown(_:)`` for a named series (in the selection or an alert rule)
    ///   that is not in the store; ``TrendError/noSeriesMatch(_:)`` for a pattern that matches
    ///   nothing; ``TrendError/needsFixedFrequency(series:operation:)`` for a rule naming an
    ///   irregular series with a transform that needs observations per year; store errors.
    public static func build(from store: Store, definition: ReportDefinition) throws -> TrendReport {
        try definition.validate()
        // Named series without a pattern or alert rules need only themselves, not the whole catalogue
        // (a server renders a one-series report per page view).
        let namedOnly = definition.match == nil && !definition.series.isEmpty && definition.alerts.isEmpty
        let catalog =
            try namedOnly
            ? definition.series.map { code in
                guard let series = try store.series(code) else { throw SeriesError.unknown(code) }
                return series
            } : store.allSeries()
        let selected = try SeriesSelection.resolve(
            codes: definition.series, pattern: definition.match, all: false, in: catalog, emptyMeansAll: true)
        var cache: [String: (figures: [DatedAmount], observations: [Observation])] = [:]
        func load(_ s: Series) throws -> (figures: [DatedAmount], observations: [Observation]) {
            if let hit = cache[s.code] { return hit }
            let observations = try store.observations(s.code, asOf: definition.asOf).sorted { $0.period < $1.period }
            let figures = observations.compactMap { o in o.amount.map { DatedAmount(period: o.period, amount: $0) } }
            cache[s.code] = (figures, observations)
            return (figures, observations)
        }

        var sections: [Section] = []
        var lastPublished: String?
        for s in selected {
            let (figures, observations) = try load(s)
            var section = Section(series: s, trends: [], skipped: [], sources: [:], figures: figures)
            for o in observations {
                if let source = o.source ?? o.document { section.sources[o.period] = source }
                if lastPublished.map({ o.published > $0 }) ?? true { lastPublished = o.published }
            }
            for (period, reports) in Dictionary(grouping: try store.sources(s.code, asOf: definition.asOf), by: \.period)
            where reports.count > 1 {
                section.reporters[period] = reports.map { $0.source ?? $0.title ?? $0.document ?? "?" }
            }
            for t in definition.effectiveTransforms {
                let query = Self.query(t, definition)
                guard query.applies(to: s) else {
                    section.skipped.append((t, "not shown: the series has irregular dates, and \(t.rawValue) needs a fixed frequency"))
                    continue
                }
                section.trends.append(try query.result(for: s, figures: figures))
            }
            sections.append(section)
        }

        var findings: [AlertFinding] = []
        var unevaluated: [Unevaluated] = []
        var seenRules: Set<String> = []
        for rule in definition.alerts where seenRules.insert(rule.description).inserted {
            let targets = catalog.filter { rule.covers($0.code) }
            if targets.isEmpty {
                if rule.isPattern { throw TrendError.noSeriesMatch(rule.series) }
                throw SeriesError.unknown(rule.series)
            }
            let query = Self.query(rule.transform, definition)
            for s in targets {
                guard query.applies(to: s) else {
                    if rule.isPattern { continue }
                    throw TrendError.needsFixedFrequency(series: s.code, operation: rule.transform.rawValue)
                }
                let figures = try load(s).figures
                let shown = try query.result(for: s, figures: figures).points
                let widened = try query.result(for: s, figures: Self.widened(figures, by: definition.tolerance)).points
                var checkedByPeriod: [Period: Interval] = [:]
                for p in widened { checkedByPeriod[p.period] = p.value.interval }
                let points = definition.allPeriods ? shown : Array(shown.suffix(1))
                if points.isEmpty {
                    unevaluated.append(Unevaluated(rule: rule, series: s.code, period: nil, reason: "no figures in the report's window"))
                }
                for point in points {
                    guard let interval = point.value.interval else {
                        // Only the latest period's missing value is worth a word: earlier gaps are history.
                        if point.period == shown.last?.period {
                            unevaluated.append(
                                Unevaluated(rule: rule, series: s.code, period: point.period, reason: point.value.note ?? "no value"))
                        }
                        continue
                    }
                    let checked = checkedByPeriod[point.period] ?? interval
                    guard var certainty = rule.evaluate(checked) else { continue }
                    // An undetermined result never fires, whatever its ends.
                    if point.value.qualifier == nil { certainty = .possible }
                    findings.append(
                        AlertFinding(
                            rule: rule, series: s.code, period: point.period, value: point.value, checked: checked, certainty: certainty))
                }
            }
        }
        return TrendReport(
            definition: definition, sections: sections, findings: findings, unevaluated: unevaluated,
            storeName: store.name, lastPublished: lastPublished)
    }

    /// The query for one transformation with the definition's window and vintage.
    static func query(_ transform: Transform, _ definition: ReportDefinition) -> TrendQuery {
        var query = TrendQuery()
        query.transform = transform
        query.from = definition.from
        query.to = definition.to
        query.asOf = definition.asOf
        return query
    }

    /// Approximate figures as the ranges they stand for when alerts are checked: x ± tolerance·|x|.
    static func widened(_ figures: [DatedAmount], by tolerance: Double) -> [DatedAmount] {
        guard tolerance > 0 else { return figures }
        return figures.map { f in
            guard f.amount.qualifier == .approx, let x = f.amount.value, x != 0,
                let range = try? Amount(rangeFrom: x - abs(x) * tolerance, to: x + abs(x) * tolerance)
            else { return f }
            return DatedAmount(period: f.period, amount: range)
        }
    }
}
