import Foundation

/// Writing to the terminal: diagnostics to standard error, prefixed with the program name.
enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("econ: error: \(message)\n".utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("econ: warning: \(message)\n".utf8))
    }

    /// A note for the person at the terminal (not part of the output).
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("econ: \(message)\n".utf8))
    }

    /// Shows a progress line on standard error (a terminal only), or clears it when `nil`.
    static func progress(_ message: String?) {
        FileHandle.standardError.write(Data("\r\u{1B}[K\(message.map { "econ: \($0)" } ?? "")".utf8))
    }

    /// Whether standard error is a terminal (progress and colour only then).
    static var isInteractive: Bool { isatty(STDERR_FILENO) == 1 }
}
