/// The Markdown report (GitHub-flavoured tables): the text report's content with headings, for
/// wikis, merge requests and mail clients that render Markdown.
public enum MarkdownReport {
    /// The report as Markdown.
    public static func render(_ report: TrendReport) -> String {
        let labels = ReportLabels(report.definition.language)
        var out = "# " + escape(report.definition.title ?? labels.defaultTitle) + "\n\n"
        out += escape(labels.asOfLine(asOf: report.definition.asOf, lastPublished: report.lastPublished, store: report.storeName)) + "\n"
        if !report.definition.alerts.isEmpty {
            out += "\n## " + labels.alerts + "\n\n"
            if !report.fires { out += escape(labels.noneFired(rules: report.definition.alerts.count)) + "\n\n" }
            var rows = report.findings.map { f in
                [
                    labels.certainty(f.certainty), code(f.series), labels.label(f.period), code(f.rule.transform.rawValue),
                    escape(f.valueText), code(f.rule.description),
                ]
            }
            rows += report.unevaluated.map { u in
                [
                    labels.notChecked, code(u.series), u.period.map(labels.label) ?? "", code(u.rule.transform.rawValue), "–",
                    code(u.rule.description) + " " + escape(labels.note(u.reason)),
                ]
            }
            if !rows.isEmpty { out += table(header: labels.alertColumns, rows: rows, numeric: []) }
        }
        for section in report.sections {
            out += "\n## " + escape(labels.title(of: section.series)) + "\n\n"
            out += code(section.series.code) + " · " + escape(labels.describe(section.series))
            if let source = section.series.source { out += " · " + escape(source) }
            out += "\n\n"
            let t = ReportSectionTable(section, labels: labels)
            guard !t.periods.isEmpty else {
                out += escape(labels.noFigures) + "\n"
                out += notes(t.notes, labels: labels)
                continue
            }
            out += zip(t.transforms, t.sparklines).map { code($0.rawValue) + " " + code($1) }.joined(separator: " · ") + "\n\n"
            let rows = zip(t.periods, t.cells).map { [labels.label($0)] + $1.map(escape) }
            out += table(header: [labels.period] + t.headers.map(escape), rows: rows, numeric: Set(1...t.headers.count))
            out += notes(t.notes, labels: labels)
        }
        return out
    }

    static func notes(_ notes: [String], labels: ReportLabels) -> String {
        notes.isEmpty ? "" : "\n" + labels.notes.capitalizedFirst + ":\n\n" + notes.map { "- " + escape($0) + "\n" }.joined()
    }

    static func table(header: [String], rows: [[String]], numeric: Set<Int>) -> String {
        var out = "| " + header.joined(separator: " | ") + " |\n"
        out += "|" + header.indices.map { numeric.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows { out += "| " + row.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |\n" }
        return out
    }

    /// Inline code; backticks inside cannot occur in codes or sparklines.
    static func code(_ text: String) -> String { "`" + text.replacingOccurrences(of: "`", with: "'") + "`" }

    /// Text with Markdown's special characters escaped, so titles and notes show as written.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\`*_[]<>|#".contains(c) { out.append("\\") }
            out.append(c == "\n" ? " " : c)
        }
        return out
    }
}

extension String {
    /// The string with its first character upper-cased.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
