/// A figure's value with its qualifier: exact, approximate, a bound, or a range.
///
/// Values are in base units (26 bn USD is `26_000_000_000`). `low` and `high` are filled for bounds
/// and ranges, so that a reader never has to interpret the qualifier to find the limits:
///
/// | qualifier | value | low | high |
/// |---|---|---|---|
/// | exact, approx | x | – | – |
/// | more-than, at-least | x | x | – |
/// | less-than, at-most | x | – | x |
/// | range | – | a | b |
public struct Amount: Hashable, Sendable {
    public let value: Double?
    public let qualifier: Qualifier
    public let low: Double?
    public let high: Double?

    /// Creates a single-valued amount; for bounds the value becomes `low` or `high`.
    ///
    /// - Throws: ``AmountError`` when the value is not finite or the qualifier is ``Qualifier/range``.
    public init(_ value: Double, _ qualifier: Qualifier = .exact) throws(AmountError) {
        guard value.isFinite else { throw .notFinite(value) }
        switch qualifier {
        case .exact, .approx: (low, high) = (nil, nil)
        case .moreThan, .atLeast: (low, high) = (value, nil)
        case .lessThan, .atMost: (low, high) = (nil, value)
        case .range: throw .rangeNeedsBounds
        }
        self.value = value
        self.qualifier = qualifier
    }

    /// Creates a range from `low` to `high` (inclusive); it has no single value.
    public init(rangeFrom low: Double, to high: Double) throws(AmountError) {
        guard low.isFinite else { throw .notFinite(low) }
        guard high.isFinite else { throw .notFinite(high) }
        guard low <= high else { throw .invertedRange(low: low, high: high) }
        self.value = nil
        self.qualifier = .range
        self.low = low
        self.high = high
    }

    /// Rebuilds an amount from stored columns, checking that they agree with each other.
    public init(value: Double?, qualifier: Qualifier, low: Double?, high: Double?) throws(AmountError) {
        if qualifier == .range {
            guard let low, let high else { throw .rangeNeedsBounds }
            try self.init(rangeFrom: low, to: high)
        } else {
            guard let value else { throw .missingValue(qualifier) }
            try self.init(value, qualifier)
        }
    }

    /// The same amount with every number multiplied by `factor` (a scale such as 1e9).
    public func scaled(by factor: Double) throws(AmountError) -> Amount {
        if qualifier == .range, let low, let high {
            return try Amount(rangeFrom: low * factor, to: high * factor)
        }
        return try Amount((value ?? 0) * factor, qualifier)
    }

    /// The amount with its sign changed: a fall of "more than 5 %" is growth of less than −5 %.
    public var negated: Amount {
        let flipped: Qualifier =
            switch qualifier {
            case .moreThan: .lessThan
            case .atLeast: .atMost
            case .lessThan: .moreThan
            case .atMost: .atLeast
            case .exact, .approx, .range: qualifier
            }
        // Negating finite numbers keeps them finite and a range ordered once its ends swap.
        return Amount(checked: value.map { -$0 }, flipped, low: high.map { -$0 }, high: low.map { -$0 })
    }

    private init(checked value: Double?, _ qualifier: Qualifier, low: Double?, high: Double?) {
        self.value = value
        self.qualifier = qualifier
        self.low = low
        self.high = high
    }
}

/// Why numbers do not make an ``Amount``.
public enum AmountError: Error, Equatable, Sendable, CategorizedError {
    case notFinite(Double)
    case rangeNeedsBounds
    case invertedRange(low: Double, high: Double)
    case missingValue(Qualifier)

    public var category: ErrorCategory { .dataError }

    public var description: String {
        switch self {
        case .notFinite(let x): "\(x) is not a finite number"
        case .rangeNeedsBounds: "a range needs --low and --high (and no single value)"
        case .invertedRange(let low, let high):
            "range low \(DecimalText.format(low)) is above high \(DecimalText.format(high))"
        case .missingValue(let q): "a value is needed with qualifier '\(q.rawValue)'"
        }
    }
}
