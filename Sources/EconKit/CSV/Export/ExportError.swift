/// Why an export cannot be written. Nothing is written when one of these is thrown.
public enum ExportError: Error, Equatable, Sendable, CategorizedError {
    /// `,` as delimiter and as decimal mark would make `1,5` two cells.
    case decimalCommaWithCommaDelimiter
    /// `--match` named a pattern no series code matches.
    case noSeriesMatch(String)
    /// A `--match` pattern that is empty.
    case emptyPattern
    /// A workbook's charts are drawn from the long layout's rows.
    case chartsNeedLongLayout

    public var category: ErrorCategory {
        switch self {
        case .decimalCommaWithCommaDelimiter, .emptyPattern, .chartsNeedLongLayout: .usage
        case .noSeriesMatch: .dataError
        }
    }

    public var description: String {
        switch self {
        case .decimalCommaWithCommaDelimiter:
            "a decimal comma needs a delimiter other than ',': use --delimiter ';' or --delimiter tab (or --preset excel-ru)"
        case .noSeriesMatch(let pattern):
            "no series code matches '\(pattern)' (patterns use * and ?, e.g. 'ru_kz.*'; see: econ series list)"
        case .emptyPattern: "--match needs a pattern such as 'ru_kz.*'"
        case .chartsNeedLongLayout: "--chart draws from the long layout: leave out --layout, or --chart"
        }
    }
}
