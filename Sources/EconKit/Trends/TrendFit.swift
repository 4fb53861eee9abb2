import Foundation

/// A least-squares trend through a series: linear (`y = a + b·t`) or log-linear (`ln y = a + b·t`).
///
/// `t` counts periods from the first point for a fixed frequency (so ``slope`` is per period), and
/// years from the end of the first period for an irregular series. Only single-valued points
/// (exact or approximate) enter the fit: a bound or a range has no value to fit and is left out,
/// and ``note`` names what was left out. An approximate point makes the fit ``approximate``.
public struct TrendFit: Sendable, Equatable {
    /// The shape of the trend.
    public enum Kind: String, CaseIterable, Sendable {
        /// `y = a + b·t`.
        case linear
        /// `ln y = a + b·t`: constant growth; needs positive values.
        case log
    }

    /// Linear or log-linear.
    public var kind: Kind
    /// `a`: the fitted value (linear) or its logarithm (log) at the first point.
    public var intercept: Double
    /// `b`: the change per period (linear, in the series' unit) or in the logarithm per period (log).
    public var slope: Double
    /// The coefficient of determination of the fit on its own scale (of `ln y` for log), 0…1;
    /// `nil` when every point has the same value.
    public var rSquared: Double?
    /// The number of points fitted.
    public var count: Int
    /// Whether an approximate figure went into the fit.
    public var approximate: Bool
    /// What was left out of the fit and why; `nil` when nothing was.
    public var note: String?
    /// The first period fitted (t = 0).
    public var first: Period
    /// The last period fitted.
    public var last: Period
    let frequency: Frequency

    /// For a log fit: the growth per period, in percent (`(e^b − 1) · 100`); `nil` for linear.
    public var growthPercentPerPeriod: Double? { kind == .log ? (exp(slope) - 1) * 100 : nil }

    /// Fits a trend through `points`; `nil` when fewer than two usable points (at different times)
    /// remain. Non-positive values in a log fit are left out and named in ``note``.
    public init?(_ kind: Kind, points: [TrendPoint], frequency: Frequency) {
        guard let origin = points.first?.period else { return nil }
        var ts: [Double] = []
        var ys: [Double] = []
        var approximate = false
        var leftOut: [String] = []
        for point in points {
            guard let interval = point.value.interval, let y = interval.point, y.isFinite else {
                if !point.value.isMissing { leftOut.append("\(point.period) (a bound or range)") }
                continue
            }
            if kind == .log && y <= 0 {
                leftOut.append("\(point.period) (not positive)")
                continue
            }
            guard let t = Self.time(of: point.period, from: origin, frequency: frequency) else { continue }
            ts.append(t)
            ys.append(kind == .log ? Foundation.log(y) : y)
            approximate = approximate || interval.approximate
        }
        guard ts.count >= 2 else { return nil }
        let n = Double(ts.count)
        let meanT = ts.reduce(0, +) / n
        let meanY = ys.reduce(0, +) / n
        var stt = 0.0
        var sty = 0.0
        var syy = 0.0
        for (t, y) in zip(ts, ys) {
            stt += (t - meanT) * (t - meanT)
            sty += (t - meanT) * (y - meanY)
            syy += (y - meanY) * (y - meanY)
        }
        guard stt > 0 else { return nil }
        self.kind = kind
        self.slope = sty / stt
        self.intercept = meanY - slope * meanT
        self.rSquared = syy > 0 ? (sty * sty) / (stt * syy) : nil
        self.count = ts.count
        self.approximate = approximate
        self.note = leftOut.isEmpty ? nil : "left out of the fit: " + leftOut.joined(separator: ", ")
        self.first = origin
        self.last = points.last { $0.value.interval?.point != nil }?.period ?? origin
        self.frequency = frequency
    }

    /// The fitted value at `t` (periods, or years for an irregular series, after the first point).
    public func fitted(at t: Double) -> Double {
        kind == .log ? exp(intercept + slope * t) : intercept + slope * t
    }

    /// The trend continued `steps` periods past `end` (by default the last fitted period), one
    /// point per period, each approximate with a note. Empty for an irregular series (it has no
    /// next period).
    public func projection(_ steps: Int, after end: Period? = nil) -> [TrendPoint] {
        guard steps > 0, frequency != .irregular else { return [] }
        let start = end ?? last
        return (1...steps).compactMap { k in
            guard let period = start.advanced(by: k), let t = Self.time(of: period, from: first, frequency: frequency) else { return nil }
            let value = TrendValue(Interval(fitted(at: t), approximate: true), note: "projection of the \(kind.rawValue) trend")
            return TrendPoint(period: period, value: value)
        }
    }

    static func time(of period: Period, from origin: Period, frequency: Frequency) -> Double? {
        if frequency != .irregular, let a = origin.ordinal, let b = period.ordinal { return Double(b - a) }
        return Growth.years(from: origin, to: period)
    }
}
