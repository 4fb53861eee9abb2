/// One row of `econ trend`'s long output: `series,period,transform,value,qualifier,low,high,note`.
///
/// A gap or undefined result has no value and the reason in ``note``. CAGR rows have the period
/// `FROM/TO` and the transform `cagr`; fit rows have the period `FIRST/LAST` and the transform
/// `LABEL+fit-KIND:slope` (`:intercept`, `:r2`, `:points`, and `:growth` — percent per period — for
/// a log fit); projection rows have the projected period and the transform `LABEL+fit-KIND`.
public struct TrendRecord: Sendable, Equatable {
    /// The series code.
    public var series: String
    /// The period, or `FROM/TO` for a CAGR or fit statistic.
    public var period: String
    /// What was computed (``TrendQuery/label``, `cagr`, `…+fit-linear:slope`).
    public var transform: String
    /// The result, with its qualifier and note.
    public var value: TrendValue

    /// The column names, in order.
    public static let columns = ["series", "period", "transform", "value", "qualifier", "low", "high", "note"]

    public init(series: String, period: String, transform: String, value: TrendValue) {
        self.series = series
        self.period = period
        self.transform = transform
        self.value = value
    }
}

extension SeriesTrend {
    /// Every record of the result: the points, then the CAGR, the fit and the projection.
    public var records: [TrendRecord] {
        points.map { TrendRecord(series: series.code, period: $0.period.description, transform: label, value: $0.value) } + summaryRecords
    }

    /// The records after the points: the CAGR, the fit's statistics and the projection.
    public var summaryRecords: [TrendRecord] {
        let code = series.code
        var out: [TrendRecord] = []
        if let cagr {
            out.append(TrendRecord(series: code, period: "\(cagr.from)/\(cagr.to)", transform: "cagr", value: cagr.value))
        }
        if let fit {
            let name = "\(label)+fit-\(fit.kind.rawValue)"
            let span = "\(fit.first)/\(fit.last)"
            func stat(_ key: String, _ x: Double?, note: String? = nil) {
                guard let x, x.isFinite else { return }
                out.append(
                    TrendRecord(
                        series: code, period: span, transform: "\(name):\(key)",
                        value: TrendValue(Interval(x, approximate: fit.approximate), note: note)))
            }
            stat("slope", fit.slope, note: fit.note)
            stat("intercept", fit.intercept)
            stat("r2", fit.rSquared)
            stat("points", Double(fit.count))
            stat("growth", fit.growthPercentPerPeriod)
            out += projection.map { TrendRecord(series: code, period: $0.period.description, transform: name, value: $0.value) }
        }
        return out
    }
}
