/// Numbers as text: the shortest form that reads back to the same `Double`, and a strict parser.
///
/// econ writes every number the same way in CSV, JSON and tables meant for machines, whatever the
/// locale: `.` as the decimal separator, no digit grouping, no exponent below 10^21.
///
/// ```swift
/// DecimalText.format(56.6e9)   // "56600000000"
/// DecimalText.format(0.1)      // "0.1"
/// DecimalText.format(1.5e-7)   // "0.00000015"
/// ```
public enum DecimalText {
    /// The shortest decimal text that reads back to exactly `x` (`-0` prints as `0`).
    ///
    /// Values of 10^21 and above use an exponent (`1e+21`), as JavaScript does. Non-finite values
    /// print as `NaN`, `Infinity` and `-Infinity`; econ never stores them.
    public static func format(_ x: Double) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x < 0 ? "-Infinity" : "Infinity" }
        if x == 0 { return "0" }
        // Swift's description is the shortest round-trip form, possibly with an exponent.
        let description = x.description
        // Without an exponent it is already plain decimal; only a whole number's ".0" goes.
        if !description.utf8.contains(UInt8(ascii: "e")) {
            return description.hasSuffix(".0") ? String(description.dropLast(2)) : description
        }
        var text = Substring(description)
        let negative = text.first == "-"
        if negative { text = text.dropFirst() }
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = text[..<e]
        }
        let point = text.firstIndex(of: ".") ?? text.endIndex
        var digits = Array(text[..<point].utf8)
        var pointPosition = digits.count + exponent
        if point != text.endIndex { digits += text[text.index(after: point)...].utf8 }
        let zero = UInt8(ascii: "0")
        let leadingZeros = digits.prefix { $0 == zero }.count
        digits.removeFirst(leadingZeros)
        pointPosition -= leadingZeros
        while digits.last == zero { digits.removeLast() }

        var out = negative ? "-" : ""
        if pointPosition > 21 {
            out += String(decoding: digits.prefix(1), as: UTF8.self)
            if digits.count > 1 { out += "." + String(decoding: digits.dropFirst(), as: UTF8.self) }
            out += "e+\(pointPosition - 1)"
        } else if pointPosition <= 0 {
            out += "0." + String(repeating: "0", count: -pointPosition) + String(decoding: digits, as: UTF8.self)
        } else if pointPosition >= digits.count {
            out += String(decoding: digits, as: UTF8.self) + String(repeating: "0", count: pointPosition - digits.count)
        } else {
            out +=
                String(decoding: digits[..<pointPosition], as: UTF8.self) + "."
                + String(decoding: digits[pointPosition...], as: UTF8.self)
        }
        return out
    }

    /// Parses a plain decimal number: optional sign, digits with an optional fraction, optional
    /// exponent (`-5`, `56.6`, `1e9`, `2.5E-3`). Hexadecimal, `nan`, `inf`, grouping and spaces are refused.
    ///
    /// - Parameters:
    ///   - decimalComma: accept `,` instead of `.` as the decimal separator.
    ///   - exponentShift: multiply by 10^shift exactly, by moving the decimal exponent before
    ///     conversion (`56.6` shifted by 9 is exactly the `Double` nearest 56 600 000 000).
    /// - Throws: ``NumberError`` when the text is not such a number or is out of `Double`'s range.
    public static func parse(_ text: some StringProtocol, decimalComma: Bool = false, exponentShift: Int = 0) throws(NumberError) -> Double
    {
        try parse(String(text), decimalComma: decimalComma, exponentShift: exponentShift)
    }

    /// ``parse(_:decimalComma:exponentShift:)`` for a `String`: not generic, so callers in other
    /// modules (bulk imports) do not go through the unspecialized generic path.
    public static func parse(_ text: String, decimalComma: Bool = false, exponentShift: Int = 0) throws(NumberError) -> Double {
        // The common case (a plain number with '.', no scale) is validated in place and converted
        // without copies: bulk imports parse millions of cells.
        if !decimalComma, exponentShift == 0,
            let valid = text.utf8.withContiguousStorageIfAvailable({ isPlainNumber($0, separator: UInt8(ascii: ".")) })
        {
            guard valid else { throw .malformed(text) }
            if let exact = text.utf8.withContiguousStorageIfAvailable(exactlyConverted) ?? nil { return exact }
            guard let value = Double(text) else { throw .malformed(text) }
            guard value.isFinite else { throw .outOfRange(text) }
            return value
        }
        var bytes = Array(text.utf8)
        let separator = decimalComma ? UInt8(ascii: ",") : UInt8(ascii: ".")
        guard isPlainNumber(bytes, separator: separator) else { throw .malformed(text) }
        if decimalComma, let i = bytes.firstIndex(of: separator) { bytes[i] = UInt8(ascii: ".") }
        if exponentShift != 0 {
            var exponent = 0
            if let e = bytes.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
                exponent = saturatingExponent(bytes[(e + 1)...])
                bytes.removeSubrange(e...)
            }
            bytes += Array("e\(exponent + exponentShift)".utf8)
        }
        guard let value = Double(String(decoding: bytes, as: UTF8.self)) else { throw .malformed(text) }
        guard value.isFinite else { throw .outOfRange(text) }
        return value
    }

    /// The exponent digits (after `e`, with an optional sign) as an `Int`, saturated at ±100 000:
    /// far beyond `Double`'s range, so the value still overflows or underflows, and adding a scale
    /// cannot overflow `Int` (`Int(…)` would give `nil` for 1e99999999999999999999).
    private static func saturatingExponent(_ b: ArraySlice<UInt8>) -> Int {
        var negative = false
        var n = 0
        for byte in b {
            if byte == UInt8(ascii: "-") {
                negative = true
            } else if byte >= 0x30, byte <= 0x39 {
                n = min(n * 10 + Int(byte - 0x30), 100_000)
            }
        }
        return negative ? -n : n
    }

    /// Powers of ten that a `Double` holds exactly.
    private static let exactPowersOfTen: [Double] = (0...22).map { (0..<$0).reduce(1.0) { x, _ in x * 10 } }

    /// A plain number (validated: sign, digits, '.', digits, no exponent) of at most 15 digits
    /// converted without `strtod`: its digits as an integer and its power of ten are both exact
    /// doubles, so one division is correctly rounded (Clinger's fast path) and equals `strtod`'s
    /// result. `nil` for anything else, which goes to `strtod`.
    private static func exactlyConverted(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        var negative = false
        if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") {
            negative = b[i] == UInt8(ascii: "-")
            i += 1
        }
        var mantissa: Int64 = 0
        var digits = 0
        var fractionDigits = 0
        var inFraction = false
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: ".") {
                inFraction = true
            } else if c >= 0x30, c <= 0x39 {
                mantissa = mantissa * 10 + Int64(c - 0x30)
                digits += 1
                if inFraction { fractionDigits += 1 }
                if digits > 15 { return nil }
            } else {
                return nil
            }
            i += 1
        }
        let value = Double(mantissa) / exactPowersOfTen[fractionDigits]
        return negative ? -value : value
    }

    private static func isPlainNumber(_ b: [UInt8], separator: UInt8) -> Bool {
        b.withUnsafeBufferPointer { isPlainNumber($0, separator: separator) }
    }

    private static func isPlainNumber(_ b: UnsafeBufferPointer<UInt8>, separator: UInt8) -> Bool {
        var i = 0
        func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
        var mantissaDigits = 0
        while i < b.count, isDigit(b[i]) { i += 1; mantissaDigits += 1 }
        if i < b.count, b[i] == separator {
            i += 1
            while i < b.count, isDigit(b[i]) { i += 1; mantissaDigits += 1 }
        }
        guard mantissaDigits > 0 else { return false }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
            var exponentDigits = 0
            while i < b.count, isDigit(b[i]) { i += 1; exponentDigits += 1 }
            guard exponentDigits > 0 else { return false }
        }
        return i == b.count
    }
}

/// Why a text is not a usable number.
public enum NumberError: Error, Equatable, Sendable, CategorizedError {
    case malformed(String)
    case outOfRange(String)

    public var category: ErrorCategory { .dataError }

    public var description: String {
        switch self {
        case .malformed(let text): "'\(text)' is not a number (write it like 26000000000, -5, 56.6 or 2.6e10)"
        case .outOfRange(let text): "'\(text)' is out of range (NaN and infinities are not allowed)"
        }
    }
}
