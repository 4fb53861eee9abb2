import ArgumentParser
import EconKit
import Foundation

struct Copy: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy a whole store to another place: SQLite ⇄ PostgreSQL, or PostgreSQL → PostgreSQL.",
        discussion: """
            Copies every series, every revision with its published and recorded times, the documents and \
            the sentences figures came from, annotations and the review queue, in one transaction that \
            ends with a check of every table (row counts and a checksum that ignores row ids and \
            engines). DEST must be empty unless --merge, which adds what DEST lacks and keeps what it \
            has. If anything fails, DEST is left as it was. Rules files are files: copy them yourself.

            EXAMPLES:
              econ copy ~/.local/share/econ/econ.sqlite postgresql://econ@db.example.org/research
              econ copy postgresql://econ@db.example.org/research backup.sqlite
            """
    )

    @Argument(help: ArgumentHelp("The store to copy: a file or a PostgreSQL URI.", valueName: "source")) var source: String
    @Argument(help: ArgumentHelp("Where the copy goes: a file or a PostgreSQL URI (created when missing).", valueName: "dest"))
    var destination: String
    @Flag(help: "Add to a DEST that already holds data, keeping what it has.") var merge = false
    @Option(help: "table or json.") var format: RecordFormat = .table

    func run() throws {
        guard source != destination else { throw ValidationError("SOURCE and DEST are the same store") }
        let from = try Store.open(at: source, options: .init(create: false))
        let to = try Store.open(at: destination, options: .init(create: true))
        let report = try to.copy(from: from, merge: merge)
        let rows = report.tables.map { t in
            [t.name, String(t.source), String(t.copied), String(t.destination), String(t.destinationChecksum.prefix(16))]
        }
        switch format {
        case .json:
            let tables: [JSONValue] = report.tables.map { t in
                .object([
                    ("table", .string(t.name)), ("source", .number(Double(t.source))), ("copied", .number(Double(t.copied))),
                    ("destination", .number(Double(t.destination))), ("source_sha256", .string(t.sourceChecksum)),
                    ("destination_sha256", .string(t.destinationChecksum)),
                ])
            }
            print(
                JSONValue.object([
                    ("from", .string(from.path)), ("to", .string(to.path)), ("merged", .bool(merge)), ("tables", .array(tables)),
                ]).rendered(pretty: true))
        case .csv, .table:
            print("copied \(from.path) → \(to.path)\(merge ? " (merged)" : ""); every table checked")
            print(RecordPrinter.table(header: ["table", "source rows", "copied", "rows now", "sha256"], rows: rows), terminator: "")
        }
    }
}
