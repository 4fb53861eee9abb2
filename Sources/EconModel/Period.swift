/// The time an observation refers to: a year, half-year, quarter, month, day or a span of months.
///
/// Periods are written and read in one canonical form, and print back exactly as parsed:
///
/// | form | example | meaning |
/// |---|---|---|
/// | `YYYY` | `2024` | a calendar year |
/// | `YYYY-Hn` | `2024-H1` | a half-year, n = 1…2 |
/// | `YYYY-Qn` | `2024-Q3` | a quarter, n = 1…4 |
/// | `YYYY-MM` | `2024-03` | a month |
/// | `YYYY-MM-DD` | `2025-11-06` | a day (also an as-of date of a stock) |
/// | `YYYY-MM/YYYY-MM` | `2025-01/2025-09` | the months from the first to the second, inclusive |
///
/// Periods are ordered by their first day, then by their last day, so `2024-01` < `2024-Q1` < `2024`
/// < `2024-02`.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible, LosslessStringConvertible {
    /// The shape of a period.
    public enum Kind: Hashable, Sendable {
        case year(Int)
        case half(year: Int, half: Int)
        case quarter(year: Int, quarter: Int)
        case month(year: Int, month: Int)
        case day(CivilDate)
        /// Months `from` through `to`, inclusive; each is (year, month).
        case monthSpan(fromYear: Int, fromMonth: Int, toYear: Int, toMonth: Int)

        /// A whole calendar year.
        public var isYear: Bool { if case .year = self { true } else { false } }
    }

    public let kind: Kind

    /// The first day the period covers.
    public let start: CivilDate
    /// The last day the period covers.
    public let end: CivilDate

    /// Creates a period from its parts, or returns `nil` when they do not name one.
    public init?(_ kind: Kind) {
        let bounds: (CivilDate, CivilDate)?
        switch kind {
        case .year(let y):
            bounds = Self.monthBounds(y, 1, y, 12)
        case .half(let y, let h):
            bounds = (1...2).contains(h) ? Self.monthBounds(y, h * 6 - 5, y, h * 6) : nil
        case .quarter(let y, let q):
            bounds = (1...4).contains(q) ? Self.monthBounds(y, q * 3 - 2, y, q * 3) : nil
        case .month(let y, let m):
            bounds = Self.monthBounds(y, m, y, m)
        case .day(let d):
            bounds = (d, d)
        case .monthSpan(let fy, let fm, let ty, let tm):
            // A span covers at least two months; one month is written as a month.
            bounds = (fy, fm) < (ty, tm) ? Self.monthBounds(fy, fm, ty, tm) : nil
        }
        guard let (start, end) = bounds else { return nil }
        self.kind = kind
        self.start = start
        self.end = end
    }

    private static func monthBounds(_ fy: Int, _ fm: Int, _ ty: Int, _ tm: Int) -> (CivilDate, CivilDate)? {
        guard let s = CivilDate(year: fy, month: fm, day: 1), let e = CivilDate.lastDay(year: ty, month: tm),
            s <= e
        else { return nil }
        return (s, e)
    }

    /// Parses a period in its canonical form (see the type's documentation).
    ///
    /// - Throws: ``PeriodError`` naming the text and what is wrong with it.
    public init(parsing text: String) throws(PeriodError) {
        var text = text
        guard let kind = text.withUTF8(Self.parseKind) else { throw PeriodError.malformed(text) }
        guard let kind, let period = Period(kind) else { throw PeriodError.outOfRange(text) }
        self = period
    }

    /// `LosslessStringConvertible`: `nil` when the text is not a valid period.
    public init?(_ description: String) {
        guard let period = try? Period(parsing: description) else { return nil }
        self = period
    }

    /// `nil` when the text has no period form; `.some(nil)` when it has one but names no real period.
    private static func parseKind(_ b: UnsafeBufferPointer<UInt8>) -> Kind?? {
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= b.count else { return nil }
            var n = 0
            for i in range {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                n = n * 10 + Int(b[i] - 0x30)
            }
            return n
        }
        let dash = UInt8(ascii: "-")
        guard b.count >= 4, let year = digits(0..<4) else { return nil }
        if b.count == 4 { return .year(year) }
        guard b[4] == dash else { return nil }
        switch b.count {
        case 7 where b[5] == UInt8(ascii: "H"):
            return digits(6..<7).map { .half(year: year, half: $0) }
        case 7 where b[5] == UInt8(ascii: "Q"):
            return digits(6..<7).map { .quarter(year: year, quarter: $0) }
        case 7:
            return digits(5..<7).map { .month(year: year, month: $0) }
        case 10 where b[7] == dash:
            guard let m = digits(5..<7), let d = digits(8..<10) else { return nil }
            return .some(CivilDate(year: year, month: m, day: d).map { .day($0) })
        case 15 where b[7] == UInt8(ascii: "/") && b[12] == dash:
            guard let m1 = digits(5..<7), let y2 = digits(8..<12), let m2 = digits(13..<15) else { return nil }
            return .monthSpan(fromYear: year, fromMonth: m1, toYear: y2, toMonth: m2)
        default:
            return nil
        }
    }

    /// The canonical text, identical to what was parsed.
    public var description: String {
        switch kind {
        case .year(let y): pad(y, 4)
        case .half(let y, let h): "\(pad(y, 4))-H\(h)"
        case .quarter(let y, let q): "\(pad(y, 4))-Q\(q)"
        case .month(let y, let m): "\(pad(y, 4))-\(pad(m, 2))"
        case .day(let d): d.description
        case .monthSpan(let fy, let fm, let ty, let tm): "\(pad(fy, 4))-\(pad(fm, 2))/\(pad(ty, 4))-\(pad(tm, 2))"
        }
    }

    /// The fixed frequency whose periods have this form; `nil` for a span of months.
    public var frequency: Frequency? {
        switch kind {
        case .year: .annual
        case .half: .semiannual
        case .quarter: .quarterly
        case .month: .monthly
        case .day: .daily
        case .monthSpan: nil
        }
    }

    /// Whether a series of `frequency` may hold this period: its own form, or any for `irregular`.
    public func fits(_ frequency: Frequency) -> Bool {
        frequency == .irregular || self.frequency == frequency
    }

    /// The period `steps` periods later (earlier when negative) of the same form; `nil` for spans or
    /// when the result leaves years 1–9999.
    public func advanced(by steps: Int) -> Period? {
        switch kind {
        case .year(let y): return Period(.year(y + steps))
        case .half(let y, let h):
            let i = y * 2 + (h - 1) + steps
            return Period(.half(year: Self.floorDiv(i, 2), half: Self.floorMod(i, 2) + 1))
        case .quarter(let y, let q):
            let i = y * 4 + (q - 1) + steps
            return Period(.quarter(year: Self.floorDiv(i, 4), quarter: Self.floorMod(i, 4) + 1))
        case .month(let y, let m):
            let i = y * 12 + (m - 1) + steps
            return Period(.month(year: Self.floorDiv(i, 12), month: Self.floorMod(i, 12) + 1))
        case .day(let d):
            let date = CivilDate(daysSinceEpoch: d.daysSinceEpoch + steps)
            return CivilDate(year: date.year, month: date.month, day: date.day).flatMap { Period(.day($0)) }
        case .monthSpan:
            return nil
        }
    }

    /// The same stretch of time a year before ("2023-H1" → "2022-H1", January–May 2024 → January–May
    /// 2023); `nil` when that leaves years 1–9999.
    public var yearEarlier: Period? {
        switch kind {
        case .year: advanced(by: -1)
        case .half: advanced(by: -2)
        case .quarter: advanced(by: -4)
        case .month: advanced(by: -12)
        case .day(let d): CivilDate(year: d.year - 1, month: d.month, day: min(d.day, 28)).flatMap { Period(.day($0)) }
        case .monthSpan(let fy, let fm, let ty, let tm): Period(.monthSpan(fromYear: fy - 1, fromMonth: fm, toYear: ty - 1, toMonth: tm))
        }
    }

    private static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
    private static func floorMod(_ a: Int, _ b: Int) -> Int { a - floorDiv(a, b) * b }

    public static func < (a: Period, b: Period) -> Bool {
        (a.start, a.end) < (b.start, b.end)
    }
}

/// Why a text is not a period.
public enum PeriodError: Error, Equatable, Sendable, CategorizedError {
    /// The text has none of the period forms.
    case malformed(String)
    /// The text has a period form but names no real period (`2024-13`, `2024-Q5`, `2025-02-30`).
    case outOfRange(String)
    /// The period is valid but not of the series' frequency.
    case wrongFrequency(period: String, series: String, frequency: Frequency)

    public var category: ErrorCategory { .dataError }

    public var description: String {
        switch self {
        case .malformed(let text):
            "'\(text)' is not a period; use 2024, 2024-H1, 2024-Q3, 2024-03, 2025-11-06 or 2025-01/2025-09"
        case .outOfRange(let text):
            "'\(text)' is not a real period (month 01–12, quarter Q1–Q4, half H1–H2, a day that exists, years 0001–9999)"
        case .wrongFrequency(let period, let series, let frequency):
            "period '\(period)' does not fit series '\(series)', which is \(frequency.rawValue) (periods like \(frequency.examplePeriod))"
        }
    }
}
