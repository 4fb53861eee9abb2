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

    /// One row as text, line ending included.
    public func row(_ cells: [Cell]) -> String {
        var bytes: [UInt8] = []
        append(cells, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One text cell as written (guarded and quoted as needed), without a delimiter.
    func field(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendText(text, guarded: formulaGuard, delimiterByte: delimiter.asciiValue, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A header row of plain names.
    public func header(_ names: [String]) -> String {
        row(names.map { .text($0) })
    }

    /// Appends one row, line ending included, to `bytes` as UTF-8: the fast path for big exports.
    public func append(_ cells: [Cell], to bytes: inout [UInt8]) {
        let delimiterByte = delimiter.asciiValue
        for (i, cell) in cells.enumerated() {
            if i > 0 {
                if let delimiterByte { bytes.append(delimiterByte) } else { bytes.append(contentsOf: delimiter.utf8) }
            }
            switch cell {
            case .number(let x): if let x { appendNumber(DecimalText.format(x), to: &bytes) }
            case .decimal(let s): if let s { appendNumber(s, to: &bytes) }
            case .text(let s): if let s { appendText(s, guarded: formulaGuard, delimiterByte: delimiterByte, to: &bytes) }
            case .unguarded(let s): if let s { appendText(s, guarded: false, delimiterByte: delimiterByte, to: &bytes) }
            }
        }
        bytes.append(contentsOf: lineEnding.utf8)
    }

    /// Whether a text starting with `byte` needs the guard: the characters that make a spreadsheet
    /// read a cell as a formula (OWASP's list), and the apostrophe itself (see ``formulaGuard``).
    static func isGuarded(firstByte byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D, UInt8(ascii: "'"): true
        default: false
        }
    }

    func appendNumber(_ text: String, to bytes: inout [UInt8]) {
        guard decimalComma else {
            bytes.append(contentsOf: text.utf8)
            return
        }
        for b in text.utf8 { bytes.append(b == UInt8(ascii: ".") ? UInt8(ascii: ",") : b) }
    }

    func appendText(_ text: String, guarded: Bool, delimiterByte: UInt8?, to bytes: inout [UInt8]) {
        let utf8 = text.utf8
        let apostrophe = guarded && utf8.first.map(Self.isGuarded(firstByte:)) == true
        let quote = needsQuotes(text, delimiterByte: delimiterByte)
        if quote { bytes.append(UInt8(ascii: "\"")) }
        if apostrophe { bytes.append(UInt8(ascii: "'")) }
        if quote {
            for b in utf8 {
                if b == UInt8(ascii: "\"") { bytes.append(b) }
                bytes.append(b)
            }
            bytes.append(UInt8(ascii: "\""))
        } else {
            bytes.append(contentsOf: utf8)
        }
    }

    func needsQuotes(_ text: String, delimiterByte: UInt8?) -> Bool {
        if let d = delimiterByte {
            // Bytes, not Characters: grapheme breaking every text cell is slow in a big export.
            func scan(_ bytes: some Sequence<UInt8>) -> Bool {
                for b in bytes where b == d || b == 0x22 || b == 0x0A || b == 0x0D { return true }
                return false
            }
            return text.utf8.withContiguousStorageIfAvailable { scan($0) } ?? scan(text.utf8)
        }
        return text.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    }
}
