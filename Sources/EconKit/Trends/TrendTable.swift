import Foundation

/// Renders trend results as a table: a row per period, a column per series, each cell with its
/// qualifier mark (`>`, `≥`, `<`, `≤`, `≈`, `≈<`, …), `a…b` for a range, `?` when undetermined and
/// `–` when missing; notes follow the table.
///
/// The table rounds (to whole numbers from 1000 up, 2 decimals from 1, 4 below) and rounds bounds
/// *outward* — a lower bound down, an upper bound up — so a rounded bound stays true
/// ("< 15.39" for less than 15.3846…). CSV and JSON keep full precision.
public struct TrendTable: Sendable {
    private var columns: [String] = []
    private var cells: [Period: [String: String]] = [:]
    private var notes: [String] = []
    private var summaries: [String] = []

    /// An empty table.
    public init() {}

    /// Adds one series' results as a column.
    public mutating func add(_ trend: SeriesTrend) {
        let column = trend.series.code
        columns.append(column)
        for point in trend.points + trend.projection {
            cells[point.period, default: [:]][column] = Self.cell(point.value)
            if let note = point.value.note { notes.append("\(column) \(point.period): \(note)") }
        }
        if let cagr = trend.cagr {
            summaries.append(
                "CAGR \(column) \(cagr.from)–\(cagr.to): \(Self.cell(cagr.value)) %\(cagr.value.note.map { " (\($0))" } ?? "")")
        }
        if let fit = trend.fit {
            var text =
                "\(fit.kind.rawValue) fit \(column) \(fit.first)–\(fit.last): slope \(Self.number(fit.slope, .toNearestOrAwayFromZero)) per period"
            if let growth = fit.growthPercentPerPeriod { text += " (\(Self.number(growth, .toNearestOrAwayFromZero)) % per period)" }
            if let r2 = fit.rSquared { text += ", R² \(Self.number(r2, .toNearestOrAwayFromZero))" }
            text += ", \(fit.count) points"
            if let note = fit.note { text += "; \(note)" }
            summaries.append(text)
        }
    }

    /// The whole table, notes and summaries included.
    public func rendered(title: String) -> String {
        let periods = cells.keys.sorted()
        let rows = periods.map { p in [p.description] + columns.map { cells[p]?[$0] ?? "" } }
        var out = title + "\n" + TextTable.render(header: ["period"] + columns, rows: rows)
        if !summaries.isEmpty { out += "\n" + summaries.map { $0 + "\n" }.joined() }
        if !notes.isEmpty { out += "\nnotes:\n" + notes.map { "  " + $0 + "\n" }.joined() }
        return out
    }

    /// The text of one cell.
    public static func cell(_ value: TrendValue) -> String {
        guard let q = value.qualifier else { return value.isMissing ? "–" : "?" }
        let mark = value.approximate && q != .approx ? "≈" : ""
        switch q {
        case .range:
            return mark + number(value.low ?? 0, .down) + "…" + number(value.high ?? 0, .up)
        case .moreThan, .atLeast:
            return value.mark + number(value.value ?? 0, .down)
        case .lessThan, .atMost:
            return value.mark + number(value.value ?? 0, .up)
        case .exact, .approx:
            return value.mark + number(value.value ?? 0, .toNearestOrAwayFromZero)
        }
    }

    static func number(_ x: Double, _ rule: FloatingPointRoundingRule) -> String {
        let magnitude = abs(x)
        let decimals = magnitude >= 1000 ? 0 : magnitude >= 1 ? 2 : 4
        let scale = pow(10, Double(decimals))
        return DecimalText.format((x * scale).rounded(rule) / scale)
    }
}
