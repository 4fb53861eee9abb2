import EconKit

/// The documented exit codes (see `econ --help`).
enum ExitStatus {
    static let success: Int32 = 0
    /// The command worked and found something: an alert fired, a check failed.
    static let findings: Int32 = 1

    static func code(for category: ErrorCategory) -> Int32 {
        switch category {
        case .usage: 64
        case .dataError: 65
        case .noInput: 66
        case .unavailable: 69
        case .internalError: 70
        case .ioError: 74
        case .busy: 75
        case .permission: 77
        }
    }
}
