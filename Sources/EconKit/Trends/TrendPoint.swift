/// A trend result for one period.
public struct TrendPoint: Sendable, Equatable {
    public var period: Period
    public var value: TrendValue

    public init(period: Period, value: TrendValue) {
        self.period = period
        self.value = value
    }
}

/// A figure as trend computations take it: a period and its amount.
public struct DatedAmount: Sendable, Equatable {
    public var period: Period
    public var amount: Amount

    public init(period: Period, amount: Amount) {
        self.period = period
        self.amount = amount
    }

    /// The figure as an interval.
    public var interval: Interval { Interval(amount) }
}
