/// Writes CSV rows (RFC 4180): fields with the delimiter, quotes or line breaks are quoted, quotes doubled.
public struct CSVWriter {
    public var delimiter: Character = ","
    public var lineEnding = "\n"
    /// Prefix text cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR)
    /// with an apostrophe, as OWASP advises. Numbers are never touched.
    public var formulaGuard = true

    public init(delimiter: Character = ",", lineEnding: String = "\n", formulaGuard: Bool = true) {
        self.delimiter = delimiter
        self.lineEnding = lineEnding
        self.formulaGuard = formulaGuard
    }

    /// A CSV cell.
    public enum Cell {
        case text(String?)
        case number(Double?)
    }

    /// One row as text, line ending included.
    public func row(_ cells: [Cell]) -> String {
        var line = ""
        for (i, cell) in cells.enumerated() {
            if i > 0 { line.append(delimiter) }
            switch cell {
            case .number(let x): if let x { line += DecimalText.format(x) }
            case .text(let s): if let s { line += field(s) }
            }
        }
        return line + lineEnding
    }

    /// A header row of plain names.
    public func header(_ names: [String]) -> String {
        row(names.map { .text($0) })
    }

    func field(_ raw: String) -> String {
        var text = raw
        if formulaGuard, let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            text = "'" + text
        }
        let needsQuotes = text.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
