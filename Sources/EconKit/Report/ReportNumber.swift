import Foundation

/// Numbers as a report shows them to people: levels in a scale chosen per series (bn, mn,
/// thousand), rounded as ``TrendTable`` rounds (bounds outward, so a rounded bound stays true).
/// Machine formats (JSON, CSV) do not use this: they keep full precision.
public enum ReportNumber {
    /// The scale for a series' values: billions from 10^9 up, millions from 10^6, thousands from
    /// 10^4 (so 2 500 projects stay 2500), else units; chosen from the largest finite magnitude.
    public static func scale(for values: [TrendValue]) -> ExportScale {
        var largest = 0.0
        for v in values {
            for x in [v.value, v.low, v.high] {
                if let x, x.isFinite { largest = max(largest, abs(x)) }
            }
        }
        if largest >= 1e9 { return .billions }
        if largest >= 1e6 { return .millions }
        if largest >= 1e4 { return .thousands }
        return .units
    }

    /// `x` divided exactly by the scale (56.6e9 in billions is 56.6, not 56.599999999999994).
    public static func scaled(_ x: Double, _ scale: ExportScale) -> Double {
        guard x.isFinite, scale != .units else { return x }
        return (try? DecimalText.parse(scale.text(x))) ?? x / pow(10, Double(scale.exponent))
    }

    /// The result with its interval's ends divided exactly by the scale.
    public static func scaled(_ v: TrendValue, _ scale: ExportScale) -> TrendValue {
        guard scale != .units, let i = v.interval else { return v }
        func end(_ e: Interval.End) -> Interval.End {
            Interval.End(scaled(e.value, scale), strict: e.isStrict, fromOpenSide: e.isFromOpenSide)
        }
        var copy = v
        copy.interval = Interval(low: end(i.low), high: end(i.high), approximate: i.approximate)
        return copy
    }

    /// The table text of a result in a scale: `≈4`, `>26`, `3…5`, `?` (undetermined), `–` (missing).
    public static func cell(_ v: TrendValue, _ scale: ExportScale) -> String {
        TrendTable.cell(scaled(v, scale))
    }

    /// The number a chart or sparkline plots for a result: the value, the stated bound, or a
    /// range's middle; `nil` when missing or undetermined.
    public static func plotted(_ v: TrendValue) -> Double? {
        if let x = v.value { return x }
        if v.qualifier == .range, let low = v.low, let high = v.high { return (low + high) / 2 }
        return nil
    }
}
