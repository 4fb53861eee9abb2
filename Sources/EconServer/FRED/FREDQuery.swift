import EconKit
import EconModel

/// A request's query parameters, read as FRED reads them, with FRED's messages for bad values.
struct FREDQuery: Sendable {
    var parameters: QueryParameters

    /// `file_type`: `xml` (FRED's default) or `json`. An unknown type is answered in XML.
    var fileType: FREDFileType {
        get throws(FREDError) {
            guard let text = parameters["file_type"] else { return .xml }
            guard let type = FREDFileType(rawValue: text) else {
                throw .badRequest("Variable file_type is not one of the values: xml, json.")
            }
            return type
        }
    }

    func required(_ name: String) throws(FREDError) -> String {
        guard let value = parameters[name], !value.isEmpty else { throw .badRequest("Variable \(name) is not set.") }
        return value
    }

    /// A `YYYY-MM-DD` date, or `fallback` when the parameter is absent.
    func date(_ name: String, default fallback: CivilDate) throws(FREDError) -> CivilDate {
        guard let text = parameters[name], !text.isEmpty else { return fallback }
        guard let date = Self.parseDate(text) else {
            throw .badRequest("Variable \(name) is not a valid date in the format YYYY-MM-DD: '\(text)'.")
        }
        return date
    }

    /// A whole number between `range`'s bounds, or `fallback` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws(FREDError) -> Int {
        guard let text = parameters[name], !text.isEmpty else { return fallback }
        guard let n = Int(text), range.contains(n) else {
            throw .badRequest("Variable \(name) is not an integer between \(range.lowerBound) and \(range.upperBound): '\(text)'.")
        }
        return n
    }

    /// One of `choices`, or `fallback` when absent.
    func choice(_ name: String, _ choices: [String], default fallback: String) throws(FREDError) -> String {
        guard let text = parameters[name], !text.isEmpty else { return fallback }
        guard choices.contains(text) else {
            throw .badRequest("Variable \(name) is not one of the values: \(choices.joined(separator: ", ")).")
        }
        return text
    }

    /// The `realtime_start`…`realtime_end` window, each `today` by default.
    func realTime(today: CivilDate, defaultStart: CivilDate? = nil, defaultEnd: CivilDate? = nil) throws(FREDError) -> ClosedRange<
        CivilDate
    > {
        let start = try date("realtime_start", default: defaultStart ?? today)
        let end = try date("realtime_end", default: defaultEnd ?? today)
        guard start <= end else {
            throw .badRequest("The real-time period is not valid: realtime_start (\(start)) is after realtime_end (\(end)).")
        }
        return start...end
    }

    /// `YYYY-MM-DD` with a real day, or `nil`.
    static func parseDate(_ text: String) -> CivilDate? {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func n(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b[i]) else { return nil }
                v = v * 10 + Int(b[i] - UInt8(ascii: "0"))
            }
            return v
        }
        guard let y = n(0..<4), let m = n(5..<7), let d = n(8..<10) else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    /// FRED's "the beginning of time" and "the end of time" for real-time and observation dates.
    static let earliest = CivilDate(year: 1776, month: 7, day: 4)!
    static let latest = CivilDate(year: 9999, month: 12, day: 31)!
}

/// URL query parameters as HTML forms and FRED clients write them: `&`-separated, `+` for a space,
/// percent-encoded UTF-8. Empty pieces (`a=1&&b=2`) are skipped; a repeated name keeps its first value.
public struct QueryParameters: Sendable {
    private var values: [String: String] = [:]

    public init(_ query: String?) {
        guard let query else { return }
        for piece in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            if values[name] == nil { values[name] = value }
        }
    }

    public subscript(name: String) -> String? { values[name] }

    /// Whether any parameter is named `name`.
    public func contains(_ name: String) -> Bool { values[name] != nil }

    /// Percent-decoding with `+` as a space; a malformed escape is kept as written.
    static func decode(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        let b = Array(text.utf8)
        var i = 0
        func hex(_ c: UInt8) -> UInt8? {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        while i < b.count {
            if b[i] == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if b[i] == UInt8(ascii: "%"), i + 2 < b.count, let h = hex(b[i + 1]), let l = hex(b[i + 2]) {
                bytes.append(h << 4 | l)
                i += 2
            } else {
                bytes.append(b[i])
            }
            i += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
