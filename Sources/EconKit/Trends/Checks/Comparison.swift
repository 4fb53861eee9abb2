/// Whether a statement about figures holds, given their qualifiers: for every value they allow,
/// for some, or for none.
enum Truth: Comparable {
    case never, possibly, certainly

    /// `a > b` for the values two intervals allow.
    static func greater(_ a: Interval, _ b: Interval) -> Truth {
        let strictly = a.low.value > b.high.value || (a.low.value == b.high.value && (a.low.isStrict || b.high.isStrict))
        if strictly { return .certainly }
        return a.high.value > b.low.value ? .possibly : .never
    }

    /// `a < 0`.
    static func negative(_ a: Interval) -> Truth {
        if a.isNegative { return .certainly }
        return a.low.value < 0 ? .possibly : .never
    }

    /// `a > 0`.
    static func positive(_ a: Interval) -> Truth {
        if a.isPositive { return .certainly }
        return a.high.value > 0 ? .possibly : .never
    }

    /// `|a| > limit` (limit ≥ 0).
    static func outside(_ a: Interval, limit: Double) -> Truth {
        if a.low.value > limit || a.high.value < -limit { return .certainly }
        return a.high.value > limit || a.low.value < -limit ? .possibly : .never
    }

    /// The statement holds for two things at once: the weaker of the two.
    static func all(_ truths: [Truth]) -> Truth { truths.min() ?? .certainly }
}

extension ConsistencyCheck {
    /// The interval a figure stands for in a check: an approximate figure counts as anything within
    /// the tolerance of it, so "about 17" and "more than 17" do not conflict.
    func checkInterval(_ amount: Amount) -> Interval {
        let exact = Interval(amount)
        guard amount.qualifier == .approx, let x = amount.value else { return exact }
        let spread = abs(x) * tolerance
        return Interval(low: .init(x - spread), high: .init(x + spread), approximate: true)
    }

    /// A finding's certainty when `truth` is worth reporting: always when certain; when possible,
    /// only if every interval involved is bounded — an open-ended bound allows almost anything, and
    /// a "possible" from it would say nothing.
    static func certainty(_ truth: Truth, _ intervals: [Interval]) -> Finding.Certainty? {
        switch truth {
        case .certainly: .certain
        case .possibly: intervals.allSatisfy(\.isBounded) ? .possible : nil
        case .never: nil
        }
    }
}
