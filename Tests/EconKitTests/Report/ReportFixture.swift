import EconKit
import Foundation

/// A small store for report tests: an annual flow with a gap, an approximate and a bounded figure,
/// and an irregular stock.
///
/// | series | figures |
/// |---|---|
/// | `t.flow` (USD, flow, annual) | 2020: 100e9, 2021: 110e9, 2023: ≈121e9, 2024: >130e9 |
/// | `t.stock` (jobs, stock, irregular) | 2024-03: >5000, 2025-11-06: 6000 |
func reportStore(_ engine: TestEngine = .sqlite) throws -> Store {
    let store = try engine.store(clock: TestClock().now)
    try store.addSeries(
        Series(code: "t.flow", measure: .flow, unit: "USD", frequency: .annual, titleEn: "Trade <goods> & services", titleRu: "Торговля"))
    try store.addSeries(
        Series(code: "t.stock", measure: .stock, unit: "jobs", frequency: .irregular, titleEn: "Jobs", titleRu: "Рабочие места"))
    func add(_ code: String, _ period: String, _ amount: Amount, source: String? = nil) throws {
        try store.record(
            NewObservation(series: code, period: .p(period), amount: amount, published: .t("2025-11-20"), source: source))
    }
    try add("t.flow", "2020", Amount(100e9), source: "https://example.org/a")
    try add("t.flow", "2021", Amount(110e9), source: "https://example.org/a")
    try add("t.flow", "2023", Amount(121e9, .approx), source: "Газета")
    try add("t.flow", "2024", Amount(130e9, .moreThan))
    try add("t.stock", "2024-03", Amount(5000, .moreThan))
    try add("t.stock", "2025-11-06", Amount(6000))
    return store
}

/// A report definition from rule texts; a bad rule is a test bug.
func definition(alerts: [String] = [], allPeriods: Bool = false, language: ReportLanguage = .en) -> ReportDefinition {
    var d = ReportDefinition()
    d.alerts = alerts.map { text in
        guard let rule = try? AlertRule(parsing: text) else { preconditionFailure("bad rule \(text)") }
        return rule
    }
    d.allPeriods = allPeriods
    d.language = language
    return d
}

/// A report rendered from a new ``reportStore(_:)`` on `engine`, its store named `:memory:` on
/// every engine, so that one expected text serves both.
func renderedReport(_ engine: TestEngine, _ d: ReportDefinition, as format: ReportFormat) throws -> String {
    let store = try reportStore(engine)
    let text = ReportRenderer.render(try TrendReport.build(from: store, definition: d), as: format)
    guard engine != .sqlite else { return text }
    // Markdown escapes the underscores of a name such as econ_test.
    return text.replacingOccurrences(of: store.name.replacingOccurrences(of: "_", with: "\\_"), with: ":memory:")
        .replacingOccurrences(of: store.name, with: ":memory:")
}
