/// How a figure relates to the true value: exactly it, about it, or a bound on it.
///
/// The raw values are the tokens used everywhere: on the command line, in CSV and in JSON.
public enum Qualifier: String, CaseIterable, Codable, Sendable {
    /// The figure as stated, without hedging.
    case exact
    /// "около", "примерно", "порядка", "почти": close to the figure.
    case approx
    /// "более", "свыше": strictly above the figure (the figure is `low`).
    case moreThan = "more-than"
    /// "не менее": the figure or above (the figure is `low`).
    case atLeast = "at-least"
    /// "менее": strictly below the figure (the figure is `high`).
    case lessThan = "less-than"
    /// "не более", "до": the figure or below (the figure is `high`).
    case atMost = "at-most"
    /// "от … до": between `low` and `high`; there is no single value.
    case range

    /// A short mark for tables: `>`, `≥`, `≈`, `<`, `≤`, `…`, or nothing for exact.
    public var mark: String {
        switch self {
        case .exact: ""
        case .approx: "≈"
        case .moreThan: ">"
        case .atLeast: "≥"
        case .lessThan: "<"
        case .atMost: "≤"
        case .range: "…"
        }
    }

    /// Parses a token; `nil` when unknown.
    public init?(token: String) {
        self.init(rawValue: token)
    }

    /// The list of tokens, for help texts and messages.
    public static var tokenList: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }
}
