import EconKit

/// The CLI prints the library's record fields.
typealias Field = RecordField

/// Prints flat records as an aligned table, CSV (one header row) or a JSON array of objects.
struct RecordPrinter {
    var format: RecordFormat

    func print(_ records: [[(String, Field)]], columns: [String]) throws {
        let sink = OutputSink.standardOutput()
        switch format {
        case .json:
            let array = JSONValue.array(records.map(JSONValue.record))
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
