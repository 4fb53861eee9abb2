/// Reading cell text the way spreadsheets and statistical offices write it.
public enum CSVCells {
    /// Texts that mean "no value": skipped, never stored as 0.
    public static let missingMarkers: Set<String> = ["", "..", "...", "NA", "N/A", "n/a", "na", "-", "—", "–", "#N/A", "null", "NULL"]

    /// The text with econ's formula guard removed: a leading apostrophe before `= + - @`, tab or CR
    /// (what ``CSVWriter`` adds) is dropped.
    public static func unguarded(_ text: String) -> String {
        guard text.hasPrefix("'"), let second = text.unicodeScalars.dropFirst().first,
            ["=", "+", "-", "@", "\t", "\r"].contains(second)
        else { return text }
        return String(text.dropFirst())
    }

    /// The text without leading and trailing spaces, tabs and no-break spaces; the same string when
    /// there are none (the common case, kept cheap for bulk imports).
    public static func trimmed(_ text: String) -> String {
        func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\u{A0}" || s == "\u{202F}" }
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isSpace(first) || isSpace(last) else { return text }
        var view = Substring(text).unicodeScalars
        while let f = view.first, isSpace(f) { view.removeFirst() }
        while let l = view.last, isSpace(l) { view.removeLast() }
        return String(view)
    }

    /// Whether the cell holds no value.
    public static func isMissing(_ text: String) -> Bool {
        missingMarkers.contains(trimmed(text))
    }

    /// Parses a number cell: `.` decimals always, `,` decimals when the file's delimiter is not `,`;
    /// the value is multiplied by 10^`scale` exactly (by moving the decimal exponent, not by a
    /// floating-point multiplication).
    public static func number(_ raw: String, delimiter: UInt8, scale: Int = 0) throws(NumberError) -> Double {
        let text = unguarded(trimmed(raw))
        let decimalComma = delimiter != UInt8(ascii: ",") && text.contains(",")
        return try DecimalText.parse(text, decimalComma: decimalComma, exponentShift: scale)
    }
}
