import Foundation

/// A quantity known only to lie between two ends: the arithmetic that carries qualifiers through
/// every trend computation.
///
/// Each stored figure becomes an interval:
///
/// | figure | interval |
/// |---|---|
/// | exact x | [x, x] |
/// | ≈ x | [x, x], ``approximate`` |
/// | > x, ≥ x | (x, +∞), [x, +∞) |
/// | < x, ≤ x | (−∞, x), (−∞, x] |
/// | a … b | [a, b] |
///
/// Operations give the smallest interval that holds every result the inputs allow, so a bound that
/// comes out is one that truly follows. An approximate input makes the result approximate. An end
/// that exists only because an input is open-ended (the 0 in ≈4 ÷ (>26) = (0, 0.154)) is marked
/// ``End/isFromOpenSide``: it restates a limit or a sign rather than something the figures state,
/// so ``TrendValue`` reports such a result as "less than 0.154", not as the range 0…0.154.
///
/// Undefined operations (dividing by an interval that may hold zero, the logarithm of a value that
/// may not be positive) throw ``UndefinedValue`` with the reason.
public struct Interval: Sendable, Equatable {
    /// One end of an interval.
    public struct End: Sendable, Equatable {
        /// The end's value; `-infinity` or `+infinity` when the side is unbounded.
        public var value: Double
        /// Whether the end itself is excluded (`>` and `<` rather than `≥` and `≤`).
        public var isStrict: Bool
        /// Whether the end exists only because an input is unbounded on one side (see the type's notes).
        public var isFromOpenSide: Bool

        /// An end; an infinite value is always strict and from an open side.
        public init(_ value: Double, strict: Bool = false, fromOpenSide: Bool = false) {
            self.value = value
            self.isStrict = strict || value.isInfinite
            self.isFromOpenSide = fromOpenSide || value.isInfinite
        }

        /// Whether the end is a finite number that the figures state (not a restated limit).
        public var isStated: Bool { value.isFinite && !isFromOpenSide }

        static let minusInfinity = End(-.infinity)
        static let plusInfinity = End(.infinity)
    }

    /// The lower end.
    public var low: End
    /// The upper end.
    public var high: End
    /// Whether any input was approximate ("около", "примерно").
    public var approximate: Bool

    /// An interval from its ends.
    public init(low: End, high: End, approximate: Bool = false) {
        self.low = low
        self.high = high
        self.approximate = approximate
    }

    /// The single value `x`, exact or approximate.
    public init(_ x: Double, approximate: Bool = false) {
        self.init(low: End(x), high: End(x), approximate: approximate)
    }

    /// The interval a stored figure stands for (see the table in the type's notes).
    public init(_ amount: Amount) {
        let x = amount.value ?? 0
        switch amount.qualifier {
        case .exact: self.init(x)
        case .approx: self.init(x, approximate: true)
        case .moreThan: self.init(low: End(amount.low ?? x, strict: true), high: .plusInfinity)
        case .atLeast: self.init(low: End(amount.low ?? x), high: .plusInfinity)
        case .lessThan: self.init(low: .minusInfinity, high: End(amount.high ?? x, strict: true))
        case .atMost: self.init(low: .minusInfinity, high: End(amount.high ?? x))
        case .range: self.init(low: End(amount.low ?? x), high: End(amount.high ?? x))
        }
    }

    /// Whether the interval is one number.
    public var isPoint: Bool { low.value == high.value }
    /// The number when the interval is one; `nil` otherwise.
    public var point: Double? { isPoint ? low.value : nil }
    /// Whether every value in the interval is above zero.
    public var isPositive: Bool { low.value > 0 || (low.value == 0 && low.isStrict && high.value > 0) }
    /// Whether every value in the interval is below zero.
    public var isNegative: Bool { high.value < 0 || (high.value == 0 && high.isStrict && low.value < 0) }
    /// Whether zero is among the values the interval allows.
    public var mayBeZero: Bool { !isPositive && !isNegative }
    /// Whether both ends are finite (no open-ended bound went in).
    public var isBounded: Bool { low.value.isFinite && high.value.isFinite }

    // MARK: - Arithmetic

    /// The sum.
    public static func + (a: Interval, b: Interval) -> Interval {
        Interval(low: sum(a.low, b.low), high: sum(a.high, b.high), approximate: a.approximate || b.approximate)
    }

    /// The negation.
    public static prefix func - (a: Interval) -> Interval {
        Interval(low: negated(a.high), high: negated(a.low), approximate: a.approximate)
    }

    /// The difference: every `x − y` with `x` in `a` and `y` in `b`.
    public static func - (a: Interval, b: Interval) -> Interval { a + (-b) }

    /// The product: every `x · y`.
    public static func * (a: Interval, b: Interval) -> Interval {
        let candidates = [product(a.low, b.low), product(a.low, b.high), product(a.high, b.low), product(a.high, b.high)]
        return Interval(low: lowest(candidates), high: highest(candidates), approximate: a.approximate || b.approximate)
    }

    /// The interval times a constant.
    public func scaled(by factor: Double) -> Interval { self * Interval(factor) }

    /// The interval plus a constant.
    public func shifted(by offset: Double) -> Interval { self + Interval(offset) }

    /// The quotient: every `x / y`.
    ///
    /// - Throws: ``UndefinedValue`` when `b` may be zero.
    public static func / (a: Interval, b: Interval) throws(UndefinedValue) -> Interval {
        a * (try b.reciprocal())
    }

    /// Every `1 / y`.
    ///
    /// - Throws: ``UndefinedValue`` when the interval may hold zero.
    public func reciprocal() throws(UndefinedValue) -> Interval {
        guard !mayBeZero else {
            throw UndefinedValue(isPoint ? "division by zero" : "the divisor may be zero (its bounds allow it)")
        }
        func inverse(_ e: End) -> End {
            if e.value.isInfinite { return End(0, strict: true, fromOpenSide: true) }
            if e.value == 0 { return End(e.value.sign == .minus ? -.infinity : .infinity) }
            return End(1 / e.value, strict: e.isStrict, fromOpenSide: e.isFromOpenSide)
        }
        // A zero end here is strict, so it is excluded; its sign says which side it stands for.
        let lowEnd = low.value == 0 ? End(0.0, strict: true) : low
        let highEnd = high.value == 0 ? End(-0.0, strict: true) : high
        return Interval(low: inverse(highEnd), high: inverse(lowEnd), approximate: approximate)
    }

    /// The natural logarithm of every value.
    ///
    /// - Throws: ``UndefinedValue`` when the interval may hold zero or negative values.
    public func logarithm() throws(UndefinedValue) -> Interval {
        guard isPositive else {
            if high.value <= 0 { throw UndefinedValue("the logarithm of a value that is not positive is undefined") }
            throw UndefinedValue("the value may be zero or negative (its bounds allow it), so its logarithm is undefined")
        }
        return mapIncreasing { log($0) }
    }

    /// Every value raised to `exponent` (> 0); the interval must be positive.
    ///
    /// - Throws: ``UndefinedValue`` when the interval may hold zero or negative values.
    public func power(_ exponent: Double) throws(UndefinedValue) -> Interval {
        guard isPositive else { throw UndefinedValue("a power of a value that may be zero or negative is not a growth rate") }
        return mapIncreasing { pow($0, exponent) }
    }

    /// Applies an increasing function to both ends, keeping their kind.
    func mapIncreasing(_ f: (Double) -> Double) -> Interval {
        func map(_ e: End) -> End { End(f(e.value), strict: e.isStrict, fromOpenSide: e.isFromOpenSide) }
        return Interval(low: map(low), high: map(high), approximate: approximate)
    }

    // MARK: - Ends

    private static func sum(_ a: End, _ b: End) -> End {
        End(a.value + b.value, strict: a.isStrict || b.isStrict, fromOpenSide: a.isFromOpenSide || b.isFromOpenSide)
    }

    private static func negated(_ a: End) -> End { End(-a.value, strict: a.isStrict, fromOpenSide: a.isFromOpenSide) }

    /// A product of ends; a zero end wins over infinity (the interval's zero is a real value).
    private static func product(_ a: End, _ b: End) -> End {
        if a.value == 0 { return End(0, strict: a.isStrict, fromOpenSide: a.isFromOpenSide) }
        if b.value == 0 { return End(0, strict: b.isStrict, fromOpenSide: b.isFromOpenSide) }
        return End(a.value * b.value, strict: a.isStrict || b.isStrict, fromOpenSide: a.isFromOpenSide || b.isFromOpenSide)
    }

    /// The smallest candidate; among equal ones an attained, stated end wins.
    private static func lowest(_ ends: [End]) -> End {
        ends.dropFirst().reduce(ends[0]) { best, e in
            e.value < best.value || (e.value == best.value && better(e, than: best)) ? e : best
        }
    }

    private static func highest(_ ends: [End]) -> End {
        ends.dropFirst().reduce(ends[0]) { best, e in
            e.value > best.value || (e.value == best.value && better(e, than: best)) ? e : best
        }
    }

    private static func better(_ a: End, than b: End) -> Bool {
        (!a.isStrict && b.isStrict) || (a.isStrict == b.isStrict && !a.isFromOpenSide && b.isFromOpenSide)
    }
}

/// Why a computation has no value: the reason, in words fit for a `note` column.
public struct UndefinedValue: Error, Sendable, Equatable {
    /// What makes the value undefined, e.g. "division by zero".
    public var reason: String

    public init(_ reason: String) { self.reason = reason }
}
