/// What kind of quantity a unit measures, as far as checks need to know.
public enum UnitKind: Sendable, Equatable {
    /// An ISO 4217 currency code (`USD`, `KZT`): amounts may be negative (a balance, a change).
    case money
    /// `percent` or `pp` (percentage points): may be negative.
    case ratio
    /// Counted things and physical quantities (`projects`, `jobs`, `t`, `m3`): never negative.
    case count

    public init(unit: String) {
        if unit == "percent" || unit == "pp" || unit == "%" {
            self = .ratio
        } else if unit.utf8.count == 3, unit.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) {
            self = .money
        } else {
            self = .count
        }
    }

    /// Whether a value below zero makes sense in this unit.
    public var allowsNegative: Bool { self != .count }
}
