/// How an export spells its cells: delimiter, decimal mark, byte order mark, line ending, formula guard.
///
/// The two presets match what spreadsheets expect when a user double-clicks a CSV file:
/// ``excelRU`` for Russian (and most continental European) regional settings, whose list separator
/// is `;` and decimal mark `,`, and ``excelEN`` for English ones. Neither writes a `sep=` line:
/// Excel ignores a byte order mark when a `sep=` line follows it, so the two never go together.
///
/// ```swift
/// var dialect = CSVDialect.excelRU        // ; , BOM CRLF
/// dialect.formulaGuard = false
/// try dialect.validate()
/// ```
public struct CSVDialect: Sendable, Equatable {
    /// The character between cells.
    public enum Delimiter: String, Sendable, CaseIterable {
        case comma = ","
        case semicolon = ";"
        case tab = "\t"

        /// The delimiter as a character.
        public var character: Character { Character(rawValue) }
    }

    /// The character between cells.
    public var delimiter: Delimiter
    /// Numbers use `,` as decimal mark instead of `.`; not allowed with the comma delimiter.
    public var decimalComma: Bool
    /// Start the file with the UTF-8 byte order mark, which Excel needs to read UTF-8 (Cyrillic).
    public var byteOrderMark: Bool
    /// End lines with CR LF instead of LF.
    public var crlf: Bool
    /// Put an apostrophe before text cells a spreadsheet would run as a formula (see ``CSVWriter/formulaGuard``).
    public var formulaGuard: Bool

    /// A dialect; the defaults are ``standard``.
    public init(
        delimiter: Delimiter = .comma, decimalComma: Bool = false, byteOrderMark: Bool = false, crlf: Bool = false,
        formulaGuard: Bool = true
    ) {
        self.delimiter = delimiter
        self.decimalComma = decimalComma
        self.byteOrderMark = byteOrderMark
        self.crlf = crlf
        self.formulaGuard = formulaGuard
    }

    /// Plain RFC 4180 for programs: `,`, `.`, no BOM, LF, formula guard on.
    public static let standard = CSVDialect()
    /// Russian Excel and LibreOffice: `;`, decimal comma, BOM, CRLF.
    public static let excelRU = CSVDialect(delimiter: .semicolon, decimalComma: true, byteOrderMark: true, crlf: true)
    /// English Excel and LibreOffice: `,`, `.`, BOM, CRLF.
    public static let excelEN = CSVDialect(delimiter: .comma, decimalComma: false, byteOrderMark: true, crlf: true)

    /// Checks that a number can always be told from the next cell.
    ///
    /// - Throws: ``ExportError/decimalCommaWithCommaDelimiter`` for `,` as both delimiter and decimal mark.
    public func validate() throws(ExportError) {
        if decimalComma && delimiter == .comma { throw .decimalCommaWithCommaDelimiter }
    }

    /// The row writer for this dialect.
    public var writer: CSVWriter {
        CSVWriter(delimiter: delimiter.character, lineEnding: crlf ? "\r\n" : "\n", formulaGuard: formulaGuard, decimalComma: decimalComma)
    }

    /// The UTF-8 byte order mark, written first when ``byteOrderMark`` is set.
    public static let byteOrderMarkBytes: [UInt8] = [0xEF, 0xBB, 0xBF]
}
