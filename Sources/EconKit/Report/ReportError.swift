/// Why a report cannot be made: a bad alert rule, a bad report file, a bad option value.
public enum ReportError: Error, Equatable, Sendable, CategorizedError {
    /// An alert rule that does not read as `SERIES TRANSFORM OP NUMBER`; the reason says which part.
    case badRule(String, reason: String)
    /// A report file that cannot be read or decoded.
    case badReportFile(path: String, reason: String)
    /// A report file that does not exist.
    case missingReportFile(String)
    /// An option value (in the report file or on the command line) that is not allowed.
    case badOption(name: String, value: String, reason: String)

    public var category: ErrorCategory {
        switch self {
        case .badRule, .badOption: .usage
        case .badReportFile: .dataError
        case .missingReportFile: .noInput
        }
    }

    public var description: String {
        switch self {
        case .badRule(let rule, let reason):
            "alert rule '\(rule)': \(reason) (write it as 'SERIES TRANSFORM OP NUMBER', e.g. 'ru_kz.investment.yearly pc1 < -10'; OP is <, <=, > or >=)"
        case .badReportFile(let path, let reason): "report file \(path): \(reason)"
        case .missingReportFile(let path): "report file \(path) does not exist"
        case .badOption(let name, let value, let reason): "\(name) '\(value)': \(reason)"
        }
    }
}
