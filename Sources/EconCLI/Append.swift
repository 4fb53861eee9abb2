import ArgumentParser
import EconKit

struct Append: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add a figure to a series: the everyday \"new yearly figure\" command.",
        discussion: """
            VALUE is in base units (26 bn is 26000000000 or 26e9); negative values work (econ append S 2024 -5). \
            A bound gives its value as the bound (--qualifier more-than 26e9); a range gives --low and --high and no VALUE. \
            Appending a different figure for a period that has one stores a revision and keeps the old one; \
            appending the same figure again changes nothing.

            EXAMPLES:
              econ append ru_kz.investment.yearly 2024 4e9 --qualifier approx \\
                --published 2025-11
              econ append ru_kz.investment.cumulative 2025-11 26e9 --qualifier more-than
              econ append kz_us.deals.value 2025-11-06 --qualifier range \\
                --low 3e9 --high 5e9
            """
    )

    @OptionGroup var store: StoreOptions
    @Argument(
        parsing: .allUnrecognized,
        help: ArgumentHelp(
            "SERIES PERIOD [VALUE]: the series code, the period (2024, 2024-Q3, 2024-03, 2025-11-06, 2025-01/2025-09) and the value in base units.",
            valueName: "series period value")
    )
    var positional: [String] = []
    @Option(help: "exact, approx, more-than, at-least, less-than, at-most or range.") var qualifier: Qualifier = .exact
    @Option(help: "Lower end of a range.") var low: String?
    @Option(help: "Upper end of a range.") var high: String?
    @Option(
        help: ArgumentHelp(
            "When the source published the figure (2025, 2025-11, 2025-11-10 or an ISO 8601 time); default: now.", valueName: "date"))
    var published: String?
    @Option(help: "Where the figure comes from (a URL, a release).") var source: String?
    @Option(help: "A free-text note.") var note: String?

    func validate() throws {
        // A number-like word (-5, -1e400, -.5) is a value, checked as a number in run(); only other
        // words starting with '-' are unknown options.
        func numberLike(_ word: String) -> Bool { word.dropFirst().first.map { $0.isASCII && ($0.isNumber || $0 == ".") } ?? false }
        if let unknown = positional.first(where: { $0.hasPrefix("-") && !numberLike($0) }) {
            throw ValidationError("Unknown option '\(unknown)'")
        }
        guard (2...3).contains(positional.count) else {
            throw ValidationError("expected SERIES PERIOD [VALUE], got \(positional.count) argument(s)")
        }
        if qualifier == .range {
            guard positional.count == 2, low != nil, high != nil else {
                throw ValidationError("a range takes --low and --high and no VALUE")
            }
        } else {
            guard positional.count == 3 else {
                throw ValidationError("missing VALUE (a range is given with --qualifier range --low X --high Y)")
            }
            guard low == nil, high == nil else {
                throw ValidationError("--low and --high go with --qualifier range; a bound is given as VALUE with its qualifier")
            }
        }
    }

    func run() throws {
        let code = positional[0]
        let period = try Arguments.period(positional[1])
        let amount: Amount
        if qualifier == .range, let low, let high {
            amount = try Amount(rangeFrom: Arguments.number(low), to: Arguments.number(high))
        } else {
            amount = try Amount(Arguments.number(positional[2]), qualifier)
        }
        let figure = NewObservation(
            series: code, period: period, amount: amount, published: try Arguments.time(published), source: source, note: note)
        let outcome = try store.openForWriting().record(figure)
        print("\(code) \(period): \(outcome.rawValue)")
    }
}

struct Retract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Withdraw the current figure of a period (kept in the revisions).",
        discussion: "EXAMPLE:\n  econ retract ru_kz.investment.yearly 2024 --note \"figure was a misprint\""
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "The series code.") var series: String
    @Argument(help: "The period whose figure is withdrawn.") var period: String
    @Option(help: ArgumentHelp("When the retraction was published; default: now.", valueName: "date")) var published: String?
    @Option(help: "Who or what withdrew it.") var source: String?
    @Option(help: "Why.") var note: String?

    func run() throws {
        let period = try Arguments.period(period)
        try store.openForWriting().retract(
            series: series, period: period, published: try Arguments.time(published), source: source, note: note)
        print("\(series) \(period): retracted")
    }
}
