/// The plain-text report: what a terminal and cron mail show.
///
/// A heading and the as-of line; the alerts (when there are rules); then per series its code and
/// title, unit and kind, a sparkline per transformation, an aligned table (qualifier marks as in
/// ``TrendTable``: `>`, `≥`, `<`, `≤`, `≈`, `a…b`, `?` undetermined, `–` missing) and the notes.
public enum TextReport {
    /// The report as text (UTF-8, `\n` line ends, no colour).
    public static func render(_ report: TrendReport) -> String {
        let labels = ReportLabels(report.definition.language)
        var out = (report.definition.title ?? labels.defaultTitle) + "\n"
        out += labels.asOfLine(asOf: report.definition.asOf, lastPublished: report.lastPublished, store: report.storeName) + "\n"
        out += alerts(report, labels: labels)
        for section in report.sections {
            out += "\n" + section.series.code + "  " + labels.title(of: section.series) + "\n"
            out += labels.describe(section.series) + "\n"
            let table = ReportSectionTable(section, labels: labels)
            guard !table.periods.isEmpty else {
                out += labels.noFigures + "\n"
                out += notes(table.notes, labels: labels)
                continue
            }
            let width = table.transforms.map(\.rawValue.count).max() ?? 3
            for (t, line) in zip(table.transforms, table.sparklines) {
                out += "  " + t.rawValue + String(repeating: " ", count: width - t.rawValue.count + 2) + line + "\n"
            }
            let rows = zip(table.periods, table.cells).map { [labels.label($0)] + $1 }
            out += TextTable.render(header: [labels.period] + table.headers, rows: rows)
            out += notes(table.notes, labels: labels)
        }
        return out
    }

    static func notes(_ notes: [String], labels: ReportLabels) -> String {
        notes.isEmpty ? "" : labels.notes + ":\n" + notes.map { "  " + $0 + "\n" }.joined()
    }

    /// The alerts block: one row per finding and per rule not checked, or a line saying none fired.
    static func alerts(_ report: TrendReport, labels: ReportLabels) -> String {
        let rules = report.definition.alerts.count
        guard rules > 0 else { return "" }
        var out = "\n" + labels.alerts + "\n"
        var rows = report.findings.map { f in
            [labels.certainty(f.certainty), f.series, labels.label(f.period), f.rule.transform.rawValue, f.valueText, f.rule.description]
        }
        rows += report.unevaluated.map { u in
            [
                labels.notChecked, u.series, u.period.map(labels.label) ?? "", u.rule.transform.rawValue, "–",
                "\(u.rule) (\(labels.note(u.reason)))",
            ]
        }
        if !report.fires { out += "  " + labels.noneFired(rules: rules) + "\n" }
        if !rows.isEmpty {
            out += TextTable.render(header: labels.alertColumns, rows: rows)
                .split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                .map { "  " + $0 + "\n" }.joined()
        }
        return out
    }
}
