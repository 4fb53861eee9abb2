/// Rules for series codes: case-sensitive, made of letters (any script), digits and `. _ -`.
public enum SeriesCode {
    /// The longest code accepted, in characters.
    public static let maximumLength = 200

    /// Checks `code` and returns it unchanged.
    ///
    /// - Throws: ``SeriesError/invalidCode(_:reason:)`` saying which character is not allowed.
    @discardableResult
    public static func validate(_ code: String) throws(SeriesError) -> String {
        guard !code.isEmpty else { throw .invalidCode(code, reason: "it is empty") }
        guard code.count <= maximumLength else { throw .invalidCode(code, reason: "it is longer than \(maximumLength) characters") }
        for scalar in code.unicodeScalars where !isAllowed(scalar) {
            let shown =
                scalar.properties.generalCategory == .control || scalar == " "
                ? "U+\(String(scalar.value, radix: 16, uppercase: true))" : "'\(scalar)'"
            throw .invalidCode(code, reason: "\(shown) is not allowed (use letters, digits, '.', '_' and '-')")
        }
        return code
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "_", "-": return true
        default:
            let category = scalar.properties.generalCategory
            return category == .decimalNumber
                || scalar.properties.isAlphabetic && category != .nonspacingMark
                    && category != .spacingMark && category != .enclosingMark
        }
    }

    /// Replaces every run of characters a code may not contain by one `_` (for codes built from
    /// free text, such as `General Motors` → `General_Motors`).
    public static func sanitize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var inRun = false
        for scalar in text.unicodeScalars {
            if isAllowed(scalar) {
                out.append(scalar)
                inRun = false
            } else if !inRun {
                out.append("_")
                inRun = true
            }
        }
        return String(out)
    }
}
