/// Something `econ check` found: which series, periods, values and sources are involved, and why.
public struct Finding: Sendable, Equatable {
    /// What kind of inconsistency.
    public enum Kind: String, CaseIterable, Sendable {
        /// A stock's change between two figures disagrees with the sum of its flows over the span.
        case stockFlowMismatch = "stock-flow-mismatch"
        /// A flow for a period is larger than the stock that accumulates it.
        case flowExceedsStock = "flow-exceeds-stock"
        /// A stock fell while every flow in between was positive.
        case stockFallsWhileFlowsPositive = "stock-falls"
        /// Different sources give figures for the same period that cannot both be true.
        case conflictingSources = "conflicting-sources"
        /// A revision moved a figure by more than the threshold.
        case largeRevision = "large-revision"
        /// A fixed-frequency series has no figure for some periods between its first and last.
        case gap
    }

    /// How sure the finding is.
    public enum Certainty: String, Sendable {
        /// It holds for every value the figures' qualifiers allow.
        case certain
        /// It holds for some of the values a range or an approximate figure allows, not all.
        case possible
    }

    /// What was found.
    public var kind: Kind
    /// Whether it certainly or possibly holds.
    public var certainty: Certainty
    /// The series involved (a stock and its flow, or one series).
    public var series: [String]
    /// The periods involved.
    public var periods: [String]
    /// The figures involved, as shown in tables (`>26000000000`, `≈4000000000`).
    public var values: [String]
    /// The sources of those figures, where known.
    public var sources: [String]
    /// What was found, in a sentence.
    public var message: String

    public init(
        _ kind: Kind, _ certainty: Certainty, series: [String], periods: [String], values: [String], sources: [String] = [],
        message: String
    ) {
        self.kind = kind
        self.certainty = certainty
        self.series = series
        self.periods = periods
        self.values = values
        self.sources = sources
        self.message = message
    }

    /// A figure as tables show it: `26000000000`, `≈4000000000`, `>26000000000`, `3000000000…5000000000`.
    public static func text(_ amount: Amount) -> String {
        if amount.qualifier == .range, let low = amount.low, let high = amount.high {
            return DecimalText.format(low) + "…" + DecimalText.format(high)
        }
        return amount.qualifier.mark + (amount.value.map(DecimalText.format) ?? "")
    }

    /// A computed quantity as text, with its qualifier mark (see ``TrendTable/cell(_:)``, but unrounded).
    static func text(_ interval: Interval) -> String {
        let value = TrendValue(interval)
        guard let q = value.qualifier else { return "?" }
        if q == .range, let low = value.low, let high = value.high {
            return (value.approximate ? "≈" : "") + DecimalText.format(low) + "…" + DecimalText.format(high)
        }
        return value.mark + (value.value.map(DecimalText.format) ?? "")
    }
}
