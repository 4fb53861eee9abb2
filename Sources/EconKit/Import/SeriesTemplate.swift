/// A series code built from a row: `{Indicator Code}.{Country Code}`, `grunfeld.{firm}.{column}`.
///
/// `{name}` is the row's cell in column `name`; `{column}` is the header of the value column (panel
/// files). In substituted text every run of characters a series code may not contain becomes one
/// `_` (`General Motors` → `General_Motors`), see ``SeriesCode/sanitize(_:)``.
public struct SeriesTemplate: Sendable, Equatable {
    enum Part: Equatable {
        case literal(String)
        case column(String)
    }

    let parts: [Part]

    /// The column names the template uses (`column` included).
    public var columns: [String] {
        parts.compactMap { if case .column(let c) = $0 { c } else { nil } }
    }

    /// Parses a template; braces must pair.
    public init(_ text: String) throws(ImportError) {
        var parts: [Part] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            if open > rest.startIndex { parts.append(.literal(String(rest[..<open]))) }
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw .invalidTemplate(text, reason: "'{' without '}'")
            }
            let name = String(rest[rest.index(after: open)..<close])
            guard !name.isEmpty else { throw .invalidTemplate(text, reason: "empty '{}'") }
            parts.append(.column(name))
            rest = rest[rest.index(after: close)...]
        }
        if rest.contains("}") { throw .invalidTemplate(text, reason: "'}' without '{'") }
        if !rest.isEmpty { parts.append(.literal(String(rest))) }
        self.parts = parts
    }

    /// The code for a row; `cell` gives a column's text, `valueColumn` the current value column.
    public func code(cell: (String) -> String?, valueColumn: String?) -> String {
        parts.map { part in
            switch part {
            case .literal(let text): text
            case .column("column"): SeriesCode.sanitize(valueColumn ?? "")
            case .column(let name): SeriesCode.sanitize(cell(name) ?? "")
            }
        }.joined()
    }
}
