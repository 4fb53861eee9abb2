import ArgumentParser
import EconKit
import Foundation

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A trend report for people and machines, with alert rules that set the exit status (for cron).",
        discussion: """
            Without --transform each series shows its levels (lin) and its change on a year earlier (pc1); \
            a transformation that needs a fixed frequency is skipped, with a note, on an irregular series. \
            Without --series or --match, every series is shown.

            A report file (JSON) names the same options: title, series, match, transforms, from, to, \
            format, out, alerts, all_periods, as_of, lang, quiet, tolerance. Options given on the command \
            line replace the file's; --alert rules add to its rules. See data/reports/ru-kz.json.

            Formats: text (aligned table, sparklines, qualifier marks), markdown, json and csv (full \
            precision; csv has the columns of 'econ trend --format csv'), html (one self-contained page \
            with an SVG chart per series). Without --format, the --out file's extension decides \
            (.md, .json, .csv, .html), else text. The same data and options give the same bytes.

            --out writes atomically: a temporary file in the same folder, then a rename, so a reader sees \
            the old report or the new one, never half; a failure leaves the old one in place.

            ALERTS: --alert 'SERIES TRANSFORM OP NUMBER', OP one of < <= > >=, NUMBER in the unit of the \
            transform (percent for pc1). SERIES may be a glob ('ru_kz.*'). A rule looks at the latest \
            period of each series (within --from/--to), or every period with --all-periods. It fires only \
            when it holds for every value the figures allow: a bound (more than 26 bn) or a range is \
            checked over all its values, and an approximate figure counts as anything within --tolerance \
            of it (default 0.05). A rule that might hold but is not certain is printed as 'possible' and \
            does not fire. Each finding is printed as one line (series, period, transform, value, rule): \
            in the report, and on standard output when the report goes to --out or --quiet is given.

            EXIT STATUS: 0 no alert fired, 1 an alert fired (findings printed first), 64 a bad rule or \
            option, 65 bad data (an unknown series), 66 a missing store or report file, 74 I/O.

            EXAMPLES:
              econ report --config data/reports/ru-kz.json
              econ report --series ru_kz.trade_turnover --from 2015 --format markdown
              econ report --match 'ru_kz.*' --format html \\
                --out /var/www/econ/report.html --lang ru
              econ report --series ru_kz.investment.yearly \\
                --alert 'ru_kz.investment.yearly pc1 < -10' --quiet
            """
    )

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("A report file (JSON) naming the options below.", valueName: "file")) var config: String?
    @Option(name: .customLong("series"), help: ArgumentHelp("A series to show (repeat for more).", valueName: "code"))
    var series: [String] = []
    @Option(help: ArgumentHelp("Also every series whose code matches this glob (* and ?), e.g. 'ru_kz.*'.", valueName: "pattern"))
    var match: String?
    @Option(
        name: .customLong("transform"),
        help: ArgumentHelp("A transformation to show (repeat for more; default: lin and pc1).", valueName: "transform"))
    var transforms: [String] = []
    @Option(help: ArgumentHelp("First period to show (2015, 2015-Q1, …).", valueName: "period")) var from: String?
    @Option(help: ArgumentHelp("Last period to show.", valueName: "period")) var to: String?
    @Option(help: ArgumentHelp("text, markdown, json, csv or html.", valueName: "format")) var format: String?
    @Option(help: ArgumentHelp("Write the report to this file, atomically.", valueName: "file")) var out: String?
    @Option(
        name: .customLong("alert"),
        help: ArgumentHelp("An alert rule 'SERIES TRANSFORM OP NUMBER', e.g. 'ru_kz.investment.yearly pc1 < -10'.", valueName: "rule"))
    var alerts: [String] = []
    @Flag(help: "Check alert rules on every period shown, not only each series' latest.") var allPeriods = false
    @Option(
        help: ArgumentHelp(
            "Only figures published by then (2025-11-10 means the end of that day, UTC; or an ISO 8601 time).", valueName: "time"))
    var asOf: String?
    @Option(help: ArgumentHelp("Language of titles, column names and month names: en or ru.", valueName: "lang")) var lang: String?
    @Option(help: ArgumentHelp("How far an approximate figure may be from its value when rules are checked (fraction).", valueName: "x"))
    var tolerance: Double?
    @Flag(help: "Print only alert findings (the report still goes to --out).") var quiet = false

    /// The report file's definition with the command line's options over it.
    func definition() throws(ReportError) -> ReportDefinition {
        var d = try config.map { (path) throws(ReportError) in try ReportDefinition.load(path: path) } ?? ReportDefinition()
        if !series.isEmpty { d.series = series }
        if let match { d.match = match }
        if !transforms.isEmpty { d.transforms = try transforms.map { (t) throws(ReportError) in try ReportDefinition.transform(t) } }
        if let from { d.from = try ReportDefinition.period(from, option: "--from") }
        if let to { d.to = try ReportDefinition.period(to, option: "--to") }
        if let format { d.format = try ReportDefinition.format(format) }
        if let out { d.out = out }
        d.alerts += try alerts.map { (r) throws(ReportError) in try AlertRule(parsing: r) }
        if allPeriods { d.allPeriods = true }
        if let asOf { d.asOf = try ReportDefinition.time(asOf) }
        if let lang { d.language = try ReportDefinition.language(lang) }
        if let tolerance { try d.setTolerance(tolerance) }
        if quiet { d.quiet = true }
        try d.validate()
        return d
    }

    func run() throws {
        let definition = try definition()
        let format = definition.format ?? definition.out.flatMap { ReportFormat(fileName: $0) } ?? .text
        let report = try TrendReport.build(from: try store.openForReading(), definition: definition)
        let text = ReportRenderer.render(report, as: format)
        if let path = definition.out {
            let sink = try OutputSink.atomicFile(path)
            try sink.write(text)
            try sink.commit()
        } else if !definition.quiet {
            let sink = OutputSink.standardOutput()
            try sink.write(text)
            try sink.commit()
        }
        let lines = report.findings.map(\.line).map { $0 + "\n" }.joined()
        if definition.out != nil || definition.quiet {
            print(lines, terminator: "")
        } else if format == .csv {
            // Findings are not CSV rows; standard error keeps the CSV clean and still reaches cron mail.
            FileHandle.standardError.write(Data(lines.utf8))
        }
        if !definition.quiet {
            for u in report.unevaluated {
                Terminal.warning("rule '\(u.rule)' not checked for \(u.series)\(u.period.map { " \($0)" } ?? ""): \(u.reason)")
            }
        }
        if report.fires { throw ExitCode(ExitStatus.findings) }
    }
}
