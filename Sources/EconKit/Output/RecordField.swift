/// A value in a flat record: what `econ show`, `econ trend --format json|csv` and econ's HTTP API
/// print for an observation, a report or a trend result, so that all of them name and format
/// fields alike.
public enum RecordField: Sendable, Equatable {
    case text(String?)
    case number(Double?)
    case integer(Int?)
    case bool(Bool)

    /// As shown in tables and CSV: empty for missing values, numbers in shortest form.
    public var plain: String {
        switch self {
        case .text(let s): s ?? ""
        case .number(let x): x.map(DecimalText.format) ?? ""
        case .integer(let n): n.map(String.init) ?? ""
        case .bool(let b): b ? "true" : "false"
        }
    }

    public var json: JSONValue {
        switch self {
        case .text(let s): .string(s)
        case .number(let x): .number(x)
        case .integer(let n): .integer(n)
        case .bool(let b): .bool(b)
        }
    }

    public var csv: CSVWriter.Cell {
        switch self {
        case .text(let s): .text(s)
        case .number(let x): .number(x)
        case .integer(let n): .number(n.map(Double.init))
        case .bool(let b): .text(b ? "true" : "false")
        }
    }
}

extension JSONValue {
    /// A flat record as a JSON object, its fields in order.
    public static func record(_ fields: [(String, RecordField)]) -> JSONValue {
        .object(fields.map { ($0.0, $0.1.json) })
    }
}
