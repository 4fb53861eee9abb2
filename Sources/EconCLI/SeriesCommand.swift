import ArgumentParser
import EconKit

struct SeriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "series",
        abstract: "Create, list and describe series.",
        subcommands: [Add.self, List.self, ShowSeries.self]
    )
}

extension Measure: ExpressibleByArgument {}
extension Frequency: ExpressibleByArgument {}
extension Qualifier: ExpressibleByArgument {}

extension SeriesCommand {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Create a series.",
            discussion: """
                A series code is case-sensitive and made of letters (any script), digits, '.', '_' and '-'. \
                A stock may name the flow series it accumulates, so checks can compare them.

                EXAMPLE:
                  econ series add ru_kz.investment.yearly --measure flow --unit USD \\
                    --frequency annual --area RU --counterpart KZ \\
                    --title-en "Russian investment in Kazakhstan in the year"
                  econ series add ru_kz.investment.cumulative --measure stock --unit USD \\
                    --frequency irregular --accumulates ru_kz.investment.yearly
                """
        )

        @OptionGroup var store: StoreOptions
        @Argument(help: "The series code, e.g. ru_kz.investment.yearly.") var code: String
        @Option(help: "stock (a level at a date) or flow (an amount over a period).") var measure: Measure
        @Option(help: "ISO 4217 code for money (USD, RUB, KZT, EUR), else a word (projects, jobs, percent).") var unit: String
        @Option(help: "annual, semiannual, quarterly, monthly, daily or irregular (as-of dates, any period form).") var frequency: Frequency
        @Option(name: .customLong("title-en"), help: "English title.") var titleEn: String?
        @Option(name: .customLong("title-ru"), help: "Russian title.") var titleRu: String?
        @Option(help: "What is measured (investment, trade_turnover, jobs …).") var indicator: String?
        @Option(help: "Reference area, ISO 3166 alpha-2 (RU).") var area: String?
        @Option(help: "Counterpart area, ISO 3166 alpha-2 (KZ).") var counterpart: String?
        @Option(help: ArgumentHelp("For a stock: the flow series it accumulates.", valueName: "flow-series")) var accumulates: String?
        @Option(help: "Where the figures come from.") var source: String?
        @Option(help: "A free-text note.") var note: String?

        func run() throws {
            let series = Series(
                code: code, measure: measure, unit: unit, frequency: frequency, titleEn: titleEn, titleRu: titleRu,
                indicator: indicator, area: area, counterpart: counterpart, accumulates: accumulates, source: source, note: note)
            try store.openForWriting().addSeries(series)
            print("added series \(code)")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the series in the store.",
            discussion: "EXAMPLE:\n  econ series list --format csv"
        )

        @OptionGroup var store: StoreOptions
        @Option(help: "table, csv or json.") var format: RecordFormat = .table

        func run() throws {
            let store = try store.openForReading()
            var records: [[(String, Field)]] = []
            for series in try store.allSeries() {
                let coverage = try store.coverage(of: series.code)
                records.append([
                    ("series", .text(series.code)), ("measure", .text(series.measure.rawValue)), ("unit", .text(series.unit)),
                    ("frequency", .text(series.frequency.rawValue)), ("observations", .integer(coverage.count)),
                    ("first", .text(coverage.first?.description)), ("last", .text(coverage.last?.description)),
                    ("title_en", .text(series.titleEn)),
                ])
            }
            try RecordPrinter(format: format).print(
                records, columns: ["series", "measure", "unit", "frequency", "observations", "first", "last", "title_en"])
        }
    }

    struct ShowSeries: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Describe one series: its metadata and coverage.",
            discussion: "EXAMPLE:\n  econ series show ru_kz.investment.cumulative --format json"
        )

        @OptionGroup var store: StoreOptions
        @Argument(help: "The series code.") var code: String
        @Option(help: "table, csv or json.") var format: RecordFormat = .table

        func run() throws {
            let store = try store.openForReading()
            guard let s = try store.series(code) else { throw SeriesError.unknown(code) }
            let coverage = try store.coverage(of: code)
            let record: [(String, Field)] = [
                ("series", .text(s.code)), ("title_en", .text(s.titleEn)), ("title_ru", .text(s.titleRu)),
                ("indicator", .text(s.indicator)), ("measure", .text(s.measure.rawValue)), ("unit", .text(s.unit)),
                ("frequency", .text(s.frequency.rawValue)), ("area", .text(s.area)), ("counterpart", .text(s.counterpart)),
                ("accumulates", .text(s.accumulates)), ("source", .text(s.source)), ("note", .text(s.note)),
                ("observations", .integer(coverage.count)), ("first", .text(coverage.first?.description)),
                ("last", .text(coverage.last?.description)),
            ]
            if format == .table {
                let width = record.map(\.0.count).max() ?? 0
                for (key, value) in record { print(key.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value.plain) }
            } else {
                try RecordPrinter(format: format).print([record], columns: record.map(\.0))
            }
        }
    }
}
