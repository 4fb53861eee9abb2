/// The unit multiple values are written in: units, thousands, millions or billions.
///
/// Division is exact: the shortest decimal text of the value (``DecimalText``) has its decimal
/// point moved, so 56.6e9 in billions is `56.6`, never the `56.599999999999994` that floating
/// division gives. Reading the text back and shifting the point the other way gives the stored
/// number exactly.
///
/// ```swift
/// ExportScale.billions.text(56.6e9)   // "56.6"
/// ExportScale.thousands.text(-0.5)    // "-0.0005"
/// ```
public enum ExportScale: String, Sendable, CaseIterable {
    /// Base units, as stored.
    case units
    /// Divided by 10^3.
    case thousands
    /// Divided by 10^6.
    case millions
    /// Divided by 10^9.
    case billions

    /// The power of ten the values are divided by (SDMX's `UNIT_MULT`): 0, 3, 6 or 9.
    public var exponent: Int {
        switch self {
        case .units: 0
        case .thousands: 3
        case .millions: 6
        case .billions: 9
        }
    }

    /// `x` divided by 10^``exponent``, as plain decimal text with `.` (an exponent only from 10^21 up,
    /// as ``DecimalText/format(_:)``).
    public func text(_ x: Double) -> String {
        let text = Self.integerText(x) ?? DecimalText.format(x)
        guard exponent > 0, x.isFinite, x != 0 else { return text }
        return Self.shift(text, by: -exponent)
    }

    /// The digits of a whole number below 2^53 in magnitude, where every integer is a double of its
    /// own, so the plain digits are the shortest form (``DecimalText/format(_:)`` gives the same text,
    /// more slowly); `nil` otherwise.
    static func integerText(_ x: Double) -> String? {
        guard x.magnitude < 9_007_199_254_740_992, x == x.rounded(.towardZero) else { return nil }
        return String(Int64(x))
    }

    /// Moves the decimal point of a ``DecimalText`` result `places` to the right (left when negative).
    static func shift(_ text: String, by places: Int) -> String {
        var body = Substring(text)
        let negative = body.first == "-"
        if negative { body = body.dropFirst() }
        var exponent = 0
        if let e = body.firstIndex(of: "e") {
            exponent = Int(body[body.index(after: e)...]) ?? 0  // "+21" parses as 21
            body = body[..<e]
        }
        let point = body.firstIndex(of: ".") ?? body.endIndex
        var digits = Array(body[..<point].utf8)
        var pointPosition = digits.count + exponent + places
        if point != body.endIndex { digits += body[body.index(after: point)...].utf8 }
        let zero = UInt8(ascii: "0")
        let leadingZeros = digits.prefix { $0 == zero }.count
        digits.removeFirst(leadingZeros)
        pointPosition -= leadingZeros
        while digits.last == zero { digits.removeLast() }
        guard !digits.isEmpty else { return "0" }

        func string(_ bytes: some Sequence<UInt8>) -> String { String(decoding: Array(bytes), as: UTF8.self) }
        var out = negative ? "-" : ""
        if pointPosition > 21 {
            out += string(digits.prefix(1))
            if digits.count > 1 { out += "." + string(digits.dropFirst()) }
            out += "e+\(pointPosition - 1)"
        } else if pointPosition <= 0 {
            out += "0." + String(repeating: "0", count: -pointPosition) + string(digits)
        } else if pointPosition >= digits.count {
            out += string(digits) + String(repeating: "0", count: pointPosition - digits.count)
        } else {
            out += string(digits[..<pointPosition]) + "." + string(digits[pointPosition...])
        }
        return out
    }
}
