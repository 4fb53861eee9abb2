/// What a number counts or measures, read from the words after it (or a sign or code before it).
struct UnitMatch: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case money
        case percent
        case count
    }

    /// ISO 4217 code, `percent`, `pp`, or a counted noun's unit (`projects`, `jobs`, `t`).
    var unit: String
    var kind: Kind
    /// Index of the token after the unit words.
    var end: Int
    /// Whether the unit is people and needs an employment context to be a figure.
    var needsEmploymentContext = false
}
