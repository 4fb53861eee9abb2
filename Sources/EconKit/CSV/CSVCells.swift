/// Reading cell text the way spreadsheets and statistical offices write it.
public enum CSVCells {
    /// Texts that mean "no value": skipped, never stored as 0.
    public static let missingMarkers: Set<String> = ["", "..", "...", "NA", "N/A", "n/a", "na", "-", "—", "–", "#N/A", "null", "NULL"]

    /// The text with econ's formula guard removed: one leading apostrophe is dropped from every text
    /// cell that has one. ``CSVWriter`` puts one before `= + - @`, tab, CR, before months and days
    /// kept as text, and before a text that starts with an apostrophe, so this gives back the exact
    /// text (see docs/csv.md).
    public static func unguarded(_ text: String) -> String {
        text.utf8.first == UInt8(ascii: "'") ? String(text.dropFirst()) : text
    }

    /// The power of ten a scale cell names: `thousands` 3, `millions` 6, `billions` 9, `units` 0, or
    /// SDMX's `UNIT_MULT` digits.
    public static func scaleExponent(_ text: String) throws(RowError) -> Int {
        switch text {
        case "units", "": return 0
        case "thousands": return 3
        case "millions": return 6
        case "billions": return 9
        default:
            guard let n = Int(text), (0...18).contains(n) else {
                throw RowError("scale '\(text)' is not units, thousands, millions or billions")
            }
            return n
        }
    }

    /// A unit cell of a wide or by-period export, `USD` or `USD, billions`: the unit and the scale's exponent.
    public static func unitAndScale(_ text: String) throws(RowError) -> (unit: String, exponent: Int) {
        let parts = text.split(separator: ",", maxSplits: 1).map { trimmed(String($0)) }
        guard parts.count == 2 else { return (trimmed(text), 0) }
        return (parts[0], try scaleExponent(parts[1]))
    }

    /// The text without leading and trailing spaces, tabs and no-break spaces; the same string when
    /// there are none (the common case, kept cheap for bulk imports).
    public static func trimmed(_ text: String) -> String {
        // Bytes that can start or end a space: ' ', tab, and the UTF-8 of U+00A0 (C2 A0) and U+202F (E2 80 AF).
        guard let firstByte = text.utf8.first, let lastByte = text.utf8.last,
            firstByte == 0x20 || firstByte == 0x09 || firstByte == 0xC2 || firstByte == 0xE2 || lastByte == 0x20
                || lastByte == 0x09 || lastByte == 0xA0 || lastByte == 0xAF
        else { return text }
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
        // No marker starts with a digit: numbers are told apart without hashing.
        if let first = text.utf8.first, first >= 0x30, first <= 0x39 { return false }
        return missingMarkers.contains(trimmed(text))
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
