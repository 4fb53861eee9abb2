/// A trend result for one period.
public struct TrendPoint: Sendable, Equatable {
    /// The period the result is for.
    public var period: Period
    /// The result.
    public var value: TrendValue

    public init(period: Period, value: TrendValue) {
        self.period = period
        self.value = value
    }
}

/// A figure as trend computations take it: a period and its amount.
public struct DatedAmount: Sendable, Equatable {
    /// The period of the figure.
    public var period: Period
    /// The figure, with its qualifier.
    public var amount: Amount

    public init(period: Period, amount: Amount) {
        self.period = period
        self.amount = amount
    }

    /// The figure as an interval.
    public var interval: Interval { Interval(amount) }
}
