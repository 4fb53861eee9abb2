/// Writes CSV rows (RFC 4180): fields with the delimiter, quotes or line breaks are quoted, quotes doubled.
///
/// Numbers are written in their shortest exact form (``DecimalText``) with `.` or, with
/// ``decimalComma``, `,` as the decimal mark; they are never quoted and never guarded.
public struct CSVWriter: Sendable {
    /// The character between cells.
    public var delimiter: Character = ","
    /// What ends each row: `"\n"` or `"\r\n"`.
    public var lineEnding = "\n"
    /// Prefix text cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR)
    /// with an apostrophe, as OWASP advises. Numbers are never touched.
    ///
    /// A text that itself starts with an apostrophe gets one more, so that a reader that drops one
    /// leading apostrophe from every text cell (econ's import does) gets the original text back.
    public var formulaGuard = true
    /// Write `,` instead of `.` as the decimal mark of number cells.
    public var decimalComma = false

    /// A writer; the defaults give plain RFC 4180 with LF and the formula guard on.
    public init(delimiter: Character = ",", lineEnding: String = "\n", formulaGuard: Bool = true, decimalComma: Bool = false) {
        self.delimiter = delimiter
        self.lineEnding = lineEnding
        self.formulaGuard = formulaGuard
        self.decimalComma = decimalComma
    }

    /// A CSV cell; `nil` is an empty cell.
    public enum Cell: Sendable, Equatable {
        case text(String?)
        case number(Double?)
        /// A number already written as plain decimal text with `.` as its mark (`56.6`, `-0.001`),
        /// such as a scaled value; the writer only swaps the mark for ``CSVWriter/decimalComma``.
        case decimal(String?)
        /// Text written as it is (quoted when needed) and never guarded: econ's own cells whose
        /// leading apostrophe is deliberate, such as a period kept as text.
        case unguarded(String?)
    }

    /// The characters that make a spreadsheet read a cell as a formula (OWASP's list), and the
    /// apostrophe itself (see ``formulaGuard``).
    static let guardedFirstScalars: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "'"]

    /// One row as text, line ending included.
    public func row(_ cells: [Cell]) -> String {
        var line = ""
        for (i, cell) in cells.enumerated() {
            if i > 0 { line.append(delimiter) }
            switch cell {
            case .number(let x): if let x { line += number(DecimalText.format(x)) }
            case .decimal(let s): if let s { line += number(s) }
            case .text(let s): if let s { line += field(s) }
            case .unguarded(let s): if let s { line += quoted(s) }
            }
        }
        return line + lineEnding
    }

    /// A header row of plain names.
    public func header(_ names: [String]) -> String {
        row(names.map { .text($0) })
    }

    func number(_ text: String) -> String {
        guard decimalComma else { return text }
        return String(text.map { $0 == "." ? "," : $0 })
    }

    func field(_ raw: String) -> String {
        var text = raw
        if formulaGuard, let first = text.unicodeScalars.first, Self.guardedFirstScalars.contains(first) {
            text = "'" + text
        }
        return quoted(text)
    }

    func quoted(_ text: String) -> String {
        let needsQuotes: Bool
        if let d = delimiter.asciiValue {
            // Bytes, not Characters: grapheme breaking every text cell is the slow part of a big export.
            needsQuotes = text.utf8.contains { $0 == d || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        } else {
            needsQuotes = text.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
