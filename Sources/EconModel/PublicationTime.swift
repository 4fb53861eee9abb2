#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// When a source published a figure, as precisely as it is known: a year, a month, a day or an instant.
///
/// The canonical text (`2025`, `2025-11`, `2025-11-06`, `2025-11-06T09:30:00Z`) sorts
/// chronologically as plain text, a less precise date sorting as the start of its span. Instants
/// given with an offset are converted to UTC; fractions of a second are dropped.
public struct PublicationTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The canonical text, as stored.
    public let text: String

    /// The last instant this time can stand for, as canonical instant text: a date means the end of
    /// that day (month, year) in UTC. Used for "as of" cut-offs.
    public let endText: String

    public var description: String { text }

    /// An integer that sorts exactly as ``text`` does: `YYYYMMDDhhmmss` (unknown parts zero) times 10
    /// plus the precision (0 year, 1 month, 2 day, 3 instant). `2025-11` is `202511000000001`.
    /// The store keeps this number: smaller and faster to compare than the text.
    public var sortKey: Int64 { Self.key(text) }

    /// ``sortKey`` of ``endText``: the cut-off for "as of" queries.
    public var endKey: Int64 { Self.key(endText) }

    /// The time a ``sortKey`` stands for; `nil` when the number is not one.
    public init?(sortKey: Int64) {
        let precision = sortKey % 10
        var rest = sortKey / 10
        let second = rest % 100; rest /= 100
        let minute = rest % 100; rest /= 100
        let hour = rest % 100; rest /= 100
        let day = rest % 100; rest /= 100
        let month = rest % 100; rest /= 100
        let year = Int(rest)
        // Built directly rather than parsed back: exports decode a key per row.
        let y = pad(year, 4), m = pad(Int(month), 2), d = pad(Int(day), 2)
        switch precision {
        case 0:
            guard (1...9999).contains(year), month == 0, day == 0, hour + minute + second == 0 else { return nil }
            self.init(text: y, end: CivilDate(year: year, month: 12, day: 31))
        case 1:
            guard let last = CivilDate.lastDay(year: year, month: Int(month)), day == 0, hour + minute + second == 0 else { return nil }
            self.init(text: "\(y)-\(m)", end: last)
        case 2:
            guard let date = CivilDate(year: year, month: Int(month), day: Int(day)), hour + minute + second == 0 else { return nil }
            self.init(text: date.description, end: date)
        case 3:
            guard CivilDate(year: year, month: Int(month), day: Int(day)) != nil, hour < 24, minute < 60, second < 60 else { return nil }
            let text = "\(y)-\(m)-\(d)T\(pad(Int(hour), 2)):\(pad(Int(minute), 2)):\(pad(Int(second), 2))Z"
            self.init(text: text, endText: text)
        default:
            return nil
        }
    }

    /// The key of canonical text (see ``sortKey``).
    private static func key(_ text: String) -> Int64 {
        let b = Array(text.utf8)
        func n(_ r: Range<Int>) -> Int64 {
            guard r.upperBound <= b.count else { return 0 }
            var v: Int64 = 0
            for i in r { v = v * 10 + Int64(b[i] &- 0x30) }
            return v
        }
        let precision: Int64 = b.count >= 20 ? 3 : b.count >= 10 ? 2 : b.count >= 7 ? 1 : 0
        let date = n(0..<4) * 10_000 + n(5..<7) * 100 + n(8..<10)
        let time = n(11..<13) * 10_000 + n(14..<16) * 100 + n(17..<19)
        return (date * 1_000_000 + time) * 10 + precision
    }

    /// Parses ISO 8601: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM[:SS[.fff]]` followed by
    /// `Z` or an offset `±HH:MM`.
    ///
    /// - Throws: ``TimeError`` naming the text.
    public init(parsing raw: String) throws(TimeError) {
        let b = Array(raw.utf8)
        func digits(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= b.count, !r.isEmpty else { return nil }
            var n = 0
            for i in r {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                n = n * 10 + Int(b[i] - 0x30)
            }
            return n
        }
        func char(_ i: Int, _ c: Character) -> Bool { i < b.count && b[i] == c.asciiValue }
        guard let year = digits(0..<4), (1...9999).contains(year) else { throw .malformed(raw) }
        if b.count == 4 {
            self.init(text: raw, end: CivilDate(year: year, month: 12, day: 31))
            return
        }
        guard char(4, "-"), let month = digits(5..<7), (1...12).contains(month) else { throw .malformed(raw) }
        if b.count == 7 {
            self.init(text: raw, end: CivilDate.lastDay(year: year, month: month))
            return
        }
        guard char(7, "-"), let day = digits(8..<10), let date = CivilDate(year: year, month: month, day: day)
        else { throw .malformed(raw) }
        if b.count == 10 {
            self.init(text: raw, end: date)
            return
        }
        guard char(10, "T") || char(10, " "), let hour = digits(11..<13), hour < 24, char(13, ":"),
            let minute = digits(14..<16), minute < 60
        else { throw .malformed(raw) }
        var i = 16
        var second = 0
        if char(i, ":") {
            guard let s = digits(17..<19), s < 60 else { throw .malformed(raw) }
            second = s
            i = 19
            if char(i, ".") || char(i, ",") {
                i += 1
                let fractionStart = i
                while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
                guard i > fractionStart else { throw .malformed(raw) }
            }
        }
        var offsetSeconds = 0
        if char(i, "Z") && i + 1 == b.count {
        } else if (char(i, "+") || char(i, "-")), let oh = digits(i + 1..<i + 3), oh < 24 {
            var om = 0
            if b.count == i + 6, char(i + 3, ":"), let m = digits(i + 4..<i + 6) {
                om = m
            } else if b.count == i + 5, let m = digits(i + 3..<i + 5) {
                om = m
            } else if b.count != i + 3 {
                throw .malformed(raw)
            }
            guard om < 60 else { throw .malformed(raw) }
            offsetSeconds = (oh * 3600 + om * 60) * (char(i, "-") ? -1 : 1)
        } else {
            throw .malformed(raw)
        }
        let epoch = date.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        guard let instant = Self.instantText(epochSeconds: epoch) else { throw .malformed(raw) }
        self.init(text: instant, endText: instant)
    }

    private init(text: String, end: CivilDate?) {
        self.init(text: text, endText: end.map { "\($0)T23:59:59Z" } ?? text)
    }

    private init(text: String, endText: String) {
        self.text = text
        self.endText = endText
    }

    /// The instant `date`, to the second, in UTC.
    public init(_ date: Date) {
        let text = Self.instantText(epochSeconds: Int(date.timeIntervalSince1970.rounded(.down))) ?? "9999-12-31T23:59:59Z"
        self.init(text: text, endText: text)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` for seconds since 1970, or `nil` outside years 1–9999.
    static func instantText(epochSeconds: Int) -> String? {
        let days = epochSeconds >= 0 ? epochSeconds / 86_400 : -((-epochSeconds + 86_399) / 86_400)
        let rest = epochSeconds - days * 86_400
        let date = CivilDate(daysSinceEpoch: days)
        guard (1...9999).contains(date.year) else { return nil }
        return "\(date)T\(pad(rest / 3600, 2)):\(pad(rest / 60 % 60, 2)):\(pad(rest % 60, 2))Z"
    }

    public static func < (a: PublicationTime, b: PublicationTime) -> Bool { a.text < b.text }
}

/// An instant formatted for `recorded_at`: UTC with microseconds, `2025-11-25T10:36:10.123456Z`.
///
/// The fixed width keeps the text in chronological order when sorted.
public enum RecordingTime {
    public static func text(_ date: Date) -> String {
        text(micros: micros(date))
    }

    /// Microseconds since 1970-01-01T00:00:00Z: how the store keeps `recorded_at`.
    public static func micros(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000_000).rounded(.down))
    }

    /// The recording time one microsecond after `text` (a ``text(_:)`` result), or `nil` if `text`
    /// is not in that form.
    public static func text(after text: String) -> String? {
        micros(text).map { Self.text(micros: Int64($0 + 1)) }
    }

    /// The text of a time in microseconds since 1970.
    public static func text(micros: Int64) -> String {
        let micros = Int(micros)
        let seconds = micros >= 0 ? micros / 1_000_000 : -((-micros + 999_999) / 1_000_000)
        let fraction = micros - seconds * 1_000_000
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let rest = seconds - days * 86_400
        let date = CivilDate(daysSinceEpoch: days)
        guard (1...9999).contains(date.year) else { return "9999-12-31T23:59:59.\(pad(fraction, 6))Z" }
        // Written digit by digit: stores read a recording time per row.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 27) { b in
            writeDigits(date.year, width: 4, into: b, at: 0)
            b[4] = UInt8(ascii: "-")
            writeDigits(date.month, width: 2, into: b, at: 5)
            b[7] = UInt8(ascii: "-")
            writeDigits(date.day, width: 2, into: b, at: 8)
            b[10] = UInt8(ascii: "T")
            writeDigits(rest / 3600, width: 2, into: b, at: 11)
            b[13] = UInt8(ascii: ":")
            writeDigits(rest / 60 % 60, width: 2, into: b, at: 14)
            b[16] = UInt8(ascii: ":")
            writeDigits(rest % 60, width: 2, into: b, at: 17)
            b[19] = UInt8(ascii: ".")
            writeDigits(fraction, width: 6, into: b, at: 20)
            b[26] = UInt8(ascii: "Z")
            return String(decoding: UnsafeBufferPointer(b), as: UTF8.self)
        }
    }

    static func micros(_ text: String) -> Int? {
        let b = Array(text.utf8)
        guard b.count == 27, b[19] == UInt8(ascii: "."), b[26] == UInt8(ascii: "Z") else { return nil }
        func n(_ r: Range<Int>) -> Int? { Int(String(decoding: b[r], as: UTF8.self)) }
        guard let y = n(0..<4), let mo = n(5..<7), let d = n(8..<10), let h = n(11..<13), let mi = n(14..<16),
            let s = n(17..<19), let f = n(20..<26), let day = CivilDate(year: y, month: mo, day: d)
        else { return nil }
        return ((day.daysSinceEpoch * 86_400 + h * 3600 + mi * 60 + s) * 1_000_000) + f
    }
}

/// Why a text is not a date or time.
public enum TimeError: Error, Equatable, Sendable, CategorizedError {
    case malformed(String)

    public var category: ErrorCategory { .dataError }

    public var description: String {
        switch self {
        case .malformed(let text):
            "'\(text)' is not a date or time; use 2025, 2025-11, 2025-11-10, 2025-11-10T12:00:00Z or 2025-11-10T17:00:00+05:00"
        }
    }
}
