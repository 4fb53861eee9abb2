/// The output formats of a report.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, markdown, json, csv, html

    /// The format a file name suggests (`.md`, `.json`, `.csv`, `.html`); `nil` for anything else.
    public init?(fileName: String) {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
            self = .markdown
        } else if lower.hasSuffix(".json") {
            self = .json
        } else if lower.hasSuffix(".csv") {
            self = .csv
        } else if lower.hasSuffix(".html") || lower.hasSuffix(".htm") {
            self = .html
        } else if lower.hasSuffix(".txt") {
            self = .text
        } else {
            return nil
        }
    }
}

/// The language of a report's labels.
public enum ReportLanguage: String, Sendable, CaseIterable {
    case en, ru
}
