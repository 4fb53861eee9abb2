/// The result of a trend computation for one period: a value, a bound, a range, "cannot be
/// determined", or missing — with the reason in ``note``.
///
/// The reported qualifier is always a true statement about the result:
///
/// | interval | ``qualifier`` | ``value`` | ``low`` / ``high`` |
/// |---|---|---|---|
/// | one number x | `exact` (or `approx`) | x | – |
/// | (x, …) with only the low end stated | `more-than` / `at-least` | x | x / the high end if finite |
/// | (…, x) with only the high end stated | `less-than` / `at-most` | x | the low end if finite / x |
/// | both ends stated | `range` | – | a / b |
/// | no end stated | `nil`: cannot be determined | – | finite ends, if any |
/// | missing (gap, undefined) | `nil` | – | – |
///
/// A bound is never reported as an exact number: its ``value`` always comes with a bound qualifier.
/// A result can be both a bound and approximate (``approximate``): "≈4 bn of more than 26 bn" is
/// *approximately, less than* 15.38 %.
public struct TrendValue: Sendable, Equatable {
    /// The interval the result lies in; `nil` when the result is missing.
    public var interval: Interval?
    /// Why a result is missing or undetermined, or what it was computed from; `nil` when nothing needs saying.
    public var note: String?

    /// A result lying in `interval`; an undetermined one gets a note saying why when none is given.
    public init(_ interval: Interval, note: String? = nil) {
        self.interval = interval
        self.note = note
        if qualifier == nil {
            let why =
                interval.low.value < 0 && interval.high.value > 0
                ? "cannot be determined: the sign is unknown (the figures are bounds that allow either)"
                : "cannot be determined: the figures' bounds leave the result open on both sides"
            self.note = note.map { why + "; " + $0 } ?? why
        }
    }

    /// A missing result and why (a gap, a division by zero).
    public static func missing(_ reason: String) -> TrendValue { TrendValue(missing: reason) }

    private init(missing reason: String) {
        interval = nil
        note = reason
    }

    /// The result of an operation that may be undefined.
    public init(_ compute: () throws(UndefinedValue) -> Interval, note: String? = nil) {
        do {
            self.init(try compute(), note: note)
        } catch {
            self = .missing(note.map { error.reason + "; " + $0 } ?? error.reason)
        }
    }

    /// Whether there is a result (possibly undetermined).
    public var isMissing: Bool { interval == nil }

    /// The qualifier of the statement the result supports; `nil` when missing or undetermined.
    public var qualifier: Qualifier? {
        guard let i = interval else { return nil }
        if i.isPoint, i.low.value.isFinite { return i.approximate ? .approx : .exact }
        switch (i.low.isStated, i.high.isStated) {
        case (true, true): return .range
        case (true, false): return i.low.isStrict ? .moreThan : .atLeast
        case (false, true): return i.high.isStrict ? .lessThan : .atMost
        case (false, false): return nil
        }
    }

    /// Whether an approximate figure went into the result.
    public var approximate: Bool { interval?.approximate ?? false }

    /// The number the qualifier qualifies: the value, or the stated bound; `nil` for ranges,
    /// undetermined and missing results.
    public var value: Double? {
        guard let i = interval, let q = qualifier else { return nil }
        switch q {
        case .exact, .approx: return i.low.value
        case .moreThan, .atLeast: return i.low.value
        case .lessThan, .atMost: return i.high.value
        case .range: return nil
        }
    }

    /// The lower end when it is finite and the result is not a single number.
    public var low: Double? {
        guard let i = interval, !i.isPoint, i.low.value.isFinite else { return nil }
        return i.low.value
    }

    /// The upper end when it is finite and the result is not a single number.
    public var high: Double? {
        guard let i = interval, !i.isPoint, i.high.value.isFinite else { return nil }
        return i.high.value
    }

    /// The qualifier as text for CSV and JSON: a ``Qualifier`` token, prefixed by `approx ` for an
    /// approximate bound or range (`approx less-than`); empty when missing or undetermined.
    public var qualifierText: String {
        guard let q = qualifier else { return "" }
        return approximate && q != .approx ? "approx " + q.rawValue : q.rawValue
    }

    /// The table mark: `>`, `≥`, `<`, `≤`, `≈`, `≈<`, … or nothing for an exact value.
    public var mark: String {
        guard let q = qualifier else { return "" }
        return approximate && q != .approx ? "≈" + q.mark : q.mark
    }

    /// The value with an extra note appended.
    func noting(_ extra: String?) -> TrendValue {
        guard let extra else { return self }
        var copy = self
        copy.note = note.map { $0 + "; " + extra } ?? extra
        return copy
    }
}
