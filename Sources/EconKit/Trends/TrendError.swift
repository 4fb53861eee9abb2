/// Why a trend computation cannot be run at all (as opposed to a missing value for one period,
/// which is a ``TrendValue`` with a note).
public enum TrendError: Error, Equatable, Sendable, CategorizedError {
    /// The transform needs observations per year and the series is irregular.
    case needsFixedFrequency(series: String, operation: String)
    /// A parameter is out of range (a window of 0, a projection without a fit).
    case invalidParameter(String)
    /// Two periods do not span a positive time.
    case emptySpan(from: String, to: String)
    /// Aggregation asked for a frequency that is not lower than the series'.
    case cannotAggregate(series: String, from: Frequency, to: Frequency)
    /// A selection matched no series.
    case noSeriesMatch(String)

    public var category: ErrorCategory {
        switch self {
        case .invalidParameter: .usage
        default: .dataError
        }
    }

    public var description: String {
        switch self {
        case .needsFixedFrequency(let series, let operation):
            "\(operation) needs observations per year, and series '\(series)' is irregular; use lin, chg, pch, cch or log (they compare each observation with the previous one)"
        case .invalidParameter(let text): text
        case .emptySpan(let from, let to): "\(from) to \(to) is not a positive span of time"
        case .cannotAggregate(let series, let from, let to):
            "series '\(series)' is \(from.rawValue) and cannot be aggregated to \(to.rawValue) (only to a lower fixed frequency)"
        case .noSeriesMatch(let pattern): "no series matches '\(pattern)' (see: econ series list)"
        }
    }
}
