/// Escaping for text and attribute values in HTML and SVG (XML-compatible: only `&amp;`, `&lt;`,
/// `&gt;`, `&quot;` and `&#39;`).
public enum HTMLText {
    /// `text` safe inside an element or a quoted attribute.
    public static func escape(_ text: String) -> String {
        // Most text has nothing to escape: return it as it is.
        if !text.utf8.contains(where: {
            $0 < 0x20 || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"")
                || $0 == UInt8(ascii: "'")
        }) {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters other than tab and newline are not allowed in XML.
                if c.value < 0x20 && c != "\t" && c != "\n" { out += " " } else { out.unicodeScalars.append(c) }
            }
        }
        return out
    }

    /// `text` safe inside a quoted XML attribute, keeping its line breaks and tabs (a parser would
    /// turn literal ones into spaces).
    public static func escapeAttribute(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\t") }) else { return escape(text) }
        return escape(text).replacingOccurrences(of: "\n", with: "&#10;").replacingOccurrences(of: "\t", with: "&#9;")
    }
}
