/// Why a file cannot be imported. Messages name the file and, for rows, the line.
public enum ImportError: Error, Equatable, Sendable, CategorizedError {
    case missingFile(String)
    case invalidFile(String, reason: String)
    /// One bad row: `file:line: reason`.
    case invalidRow(file: String, line: Int, reason: String)
    /// Several bad rows; the import was refused as a whole.
    case invalidRows(file: String, rows: [ImportRowProblem])
    case seriesMismatch(code: String, reason: String)
    case invalidTemplate(String, reason: String)
    /// The file's layout could not be told, or is not the one named.
    case layout(file: String, reason: String)

    public var category: ErrorCategory {
        switch self {
        case .missingFile: .noInput
        default: .dataError
        }
    }

    public var description: String {
        switch self {
        case .missingFile(let path): "\(path): no such file"
        case .invalidFile(let path, let reason): "\(path): \(reason)"
        case .invalidRow(let file, let line, let reason): "\(file):\(line): \(reason)"
        case .invalidRows(let file, let rows):
            rows.prefix(20).map { "\(file):\($0.line): \($0.reason)" }.joined(separator: "\n")
                + (rows.count > 20 ? "\n… and \(rows.count - 20) more bad rows" : "")
                + "\nnothing was imported from \(file)"
        case .seriesMismatch(let code, let reason): "series '\(code)' exists with different metadata: \(reason)"
        case .invalidTemplate(let template, let reason): "series template '\(template)' is not valid: \(reason)"
        case .layout(let file, let reason): "\(file): \(reason)"
        }
    }
}

/// A rejected row and why.
public struct ImportRowProblem: Equatable, Sendable {
    public var line: Int
    public var reason: String
}

/// A problem with one row, reported with the row's line by the importer.
public struct RowError: CategorizedError, Equatable {
    public var description: String
    public var category: ErrorCategory { .dataError }
    public init(_ description: String) { self.description = description }
}
