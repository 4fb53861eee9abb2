import EconExtract

/// Compact text of a figure for table tests: `value unit qualifier period`, a range as `low..high`,
/// a missing period as `-`. `17000000000 USD more-than 2025-11-06`.
func describe(_ f: ExtractedFigure) -> String {
    let number: String
    if f.qualifier == .range {
        number = "\(f.low.map(DecimalText.format) ?? "?")..\(f.high.map(DecimalText.format) ?? "?")"
    } else {
        number = f.value.map(DecimalText.format) ?? "?"
    }
    return "\(number) \(f.unit) \(f.qualifier.rawValue) \(f.period?.description ?? "-")"
}

/// Figures of `text` described with ``describe(_:)``; published 2025-11 unless told otherwise.
func found(_ text: String, published: String? = "2025-11") -> [String] {
    let time = published.flatMap { try? PublicationTime(parsing: $0) }
    return Extractor().extract(text, published: time).figures.map(describe)
}

/// Only `value unit qualifier` of each figure, for tables that do not test periods.
func values(_ text: String) -> [String] {
    found(text).map { $0.split(separator: " ").prefix(3).joined(separator: " ") }
}
