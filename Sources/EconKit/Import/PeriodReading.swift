/// Periods as people write them in spreadsheets, turned into econ's canonical ``Period``.
///
/// Accepted besides the canonical forms: `2024Q1`, `2024q1`, `2024H1`, `2024M03`, `03.2024`,
/// `2024-03-01` for the month when the series is monthly, World Bank headers such as
/// `1960 [YR1960]`, and SDMX's `2024-S1` and `2025-01-01/P9M`.
public enum PeriodReading {
    /// Reads `text` for a series of `frequency` (`nil` when the series does not exist yet).
    ///
    /// - Throws: ``PeriodError`` when the text is no period at all or does not fit the frequency.
    public static func period(_ raw: String, frequency: Frequency?) throws(PeriodError) -> Period {
        let text = CSVCells.trimmed(raw)
        var period: Period
        if let canonical = Period(text) {
            period = canonical
        } else if let loose = loose(text) {
            period = loose
        } else {
            // The canonical parser says whether the text is malformed or names no real period.
            period = try Period(parsing: text)
        }
        // A month written as its first day, in a monthly series.
        if frequency == .monthly, case .day(let d) = period.kind, d.day == 1, let month = Period(.month(year: d.year, month: d.month)) {
            period = month
        }
        return period
    }

    /// A header cell that names a period, or `nil` (an id column).
    public static func headerPeriod(_ text: String) -> Period? {
        let trimmed = CSVCells.trimmed(text)
        return Period(trimmed) ?? loose(trimmed)
    }

    private static func loose(_ text: String) -> Period? {
        let b = Array(text.utf8)
        func n(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= b.count else { return nil }
            var v = 0
            for i in r {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                v = v * 10 + Int(b[i] - 0x30)
            }
            return v
        }
        // 2024Q1, 2024q1, 2024H1, 2024M03
        if b.count >= 6, let y = n(0..<4) {
            switch b[4] {
            case UInt8(ascii: "Q"), UInt8(ascii: "q"): if b.count == 6, let q = n(5..<6) { return Period(.quarter(year: y, quarter: q)) }
            case UInt8(ascii: "H"), UInt8(ascii: "h"): if b.count == 6, let h = n(5..<6) { return Period(.half(year: y, half: h)) }
            case UInt8(ascii: "M"), UInt8(ascii: "m"): if b.count == 7, let m = n(5..<7) { return Period(.month(year: y, month: m)) }
            default: break
            }
        }
        // SDMX: 2024-S1 (a half-year), 2025-01-01/P9M (nine months from January)
        if b.count == 7, b[4] == UInt8(ascii: "-"), b[5] == UInt8(ascii: "S"), let y = n(0..<4), let h = n(6..<7) {
            return Period(.half(year: y, half: h))
        }
        if b.count >= 14, b[10] == UInt8(ascii: "/"), b[11] == UInt8(ascii: "P"), b.last == UInt8(ascii: "M"), let y = n(0..<4),
            let m = n(5..<7),
            n(8..<10) == 1, let months = n(12..<(b.count - 1)), months >= 2, months <= 1200
        {
            let last = y * 12 + (m - 1) + months - 1
            return Period(.monthSpan(fromYear: y, fromMonth: m, toYear: last / 12, toMonth: last % 12 + 1))
        }
        // 03.2024
        if b.count == 7, b[2] == UInt8(ascii: "."), let m = n(0..<2), let y = n(3..<7) { return Period(.month(year: y, month: m)) }
        // 1960 [YR1960]
        if b.count == 13, let y = n(0..<4), text.hasSuffix("[YR\(text.prefix(4))]") { return Period(.year(y)) }
        return nil
    }
}
