import EconKit

/// Figures for trend tests: `("2024", 100)` pairs become exact ``DatedAmount``s.
func figures(_ pairs: [(String, Double)]) -> [DatedAmount] {
    pairs.map { figure($0.0, $0.1) }
}

/// One figure; a bad literal is a test bug and fails loudly.
func figure(_ period: String, _ value: Double, _ qualifier: Qualifier = .exact) -> DatedAmount {
    guard let amount = try? Amount(value, qualifier) else { preconditionFailure("bad amount \(value)") }
    return DatedAmount(period: .p(period), amount: amount)
}

/// A range figure.
func figure(_ period: String, from low: Double, to high: Double) -> DatedAmount {
    guard let amount = try? Amount(rangeFrom: low, to: high) else { preconditionFailure("bad range") }
    return DatedAmount(period: .p(period), amount: amount)
}

/// An interval from a figure.
func interval(_ value: Double, _ qualifier: Qualifier = .exact) -> Interval {
    figure("2024", value, qualifier).interval
}

/// Whether two optional numbers agree to 1e-9 relative (both `nil` agrees).
func close(_ a: Double?, _ b: Double?) -> Bool {
    switch (a, b) {
    case (nil, nil): true
    case (let x?, let y?): abs(x - y) <= 1e-9 * max(1, abs(x), abs(y))
    default: false
    }
}

/// Whether every pair agrees (see ``close(_:_:)``).
func close(_ a: [Double?], _ b: [Double?]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { close($0, $1) }
}
