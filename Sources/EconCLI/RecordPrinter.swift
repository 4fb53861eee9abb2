import EconKit

/// A value in a printed record.
enum Field {
    case text(String?)
    case number(Double?)
    case integer(Int?)
    case bool(Bool)

    /// As shown in tables and CSV: empty for missing values, numbers in shortest form.
    var plain: String {
        switch self {
        case .text(let s): s ?? ""
        case .number(let x): x.map(DecimalText.format) ?? ""
        case .integer(let n): n.map(String.init) ?? ""
        case .bool(let b): b ? "true" : "false"
        }
    }

    var json: JSONValue {
        switch self {
        case .text(let s): .string(s)
        case .number(let x): .number(x)
        case .integer(let n): .integer(n)
        case .bool(let b): .bool(b)
        }
    }

    var csv: CSVWriter.Cell {
        switch self {
        case .text(let s): .text(s)
        case .number(let x): .number(x)
        case .integer(let n): .number(n.map(Double.init))
        case .bool(let b): .text(b ? "true" : "false")
        }
    }
}

/// Prints flat records as an aligned table, CSV (one header row) or a JSON array of objects.
struct RecordPrinter {
    var format: RecordFormat

    func print(_ records: [[(String, Field)]], columns: [String]) throws {
        let sink = OutputSink.standardOutput()
        switch format {
        case .json:
            let array = JSONValue.array(records.map { .object($0.map { ($0.0, $0.1.json) }) })
            try sink.write(array.rendered(pretty: true) + "\n")
        case .csv:
            let writer = CSVWriter()
            try sink.write(writer.header(columns))
            for record in records { try sink.write(writer.row(record.map(\.1.csv))) }
        case .table:
            let rows = records.map { $0.map(\.1.plain) }
            try sink.write(Self.table(header: columns, rows: rows))
        }
        try sink.commit()
    }

    /// Columns padded to their widest cell, two spaces apart (``TextTable``).
    static func table(header: [String], rows: [[String]]) -> String {
        TextTable.render(header: header, rows: rows)
    }
}
