/// The HTML report: one self-contained page (inline CSS and SVG, no scripts, no fonts, images or
/// links to load), readable offline and safe to mail or publish.
///
/// The heading and the as-of line; the alerts; then per series its title, code, unit and kind,
/// source, an SVG chart of the first transformation (``SVGChart``), the table of every
/// transformation with a column naming each figure's source, the notes and the numbered sources.
/// Source addresses are shown as text without their scheme (`en.trend.az/business/3976019.html`),
/// so the page holds no URL a browser would fetch or a mail filter would follow. The markup is
/// XML-compatible (every element closed, only XML's five entities), so XML tools can read it.
public enum HTMLReport {
    /// The report as an HTML page.
    public static func render(_ report: TrendReport) -> String {
        let d = report.definition
        let labels = ReportLabels(d.language)
        let title = d.title ?? labels.defaultTitle
        var out = "<!DOCTYPE html>\n<html lang=\"\(d.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<title>" + e(title) + "</title>\n<style>\n" + style + "</style>\n</head>\n<body>\n"
        out += "<h1>" + e(title) + "</h1>\n"
        out +=
            "<p class=\"asof\">" + e(labels.asOfLine(asOf: d.asOf, lastPublished: report.lastPublished, store: report.storeName)) + "</p>\n"
        out += alerts(report, labels: labels)
        for section in report.sections { out += self.section(section, report: report, labels: labels) }
        out += "<footer><p>" + e(legend(labels, tolerance: d.tolerance)) + "</p></footer>\n"
        return out + "</body>\n</html>\n"
    }

    private static func e(_ text: String) -> String { HTMLText.escape(text) }

    static func alerts(_ report: TrendReport, labels: ReportLabels) -> String {
        let rules = report.definition.alerts.count
        guard rules > 0 else { return "" }
        var out = "<section class=\"alerts\">\n<h2>" + e(labels.alerts) + "</h2>\n"
        if !report.fires { out += "<p class=\"ok\">" + e(labels.noneFired(rules: rules)) + "</p>\n" }
        var rows = report.findings.map { f in
            (
                f.fires ? "fires" : "possible",
                [
                    labels.certainty(f.certainty), f.series, labels.label(f.period), f.rule.transform.rawValue, f.valueText,
                    f.rule.description,
                ]
            )
        }
        rows += report.unevaluated.map { u in
            (
                "unchecked",
                [
                    labels.notChecked, u.series, u.period.map(labels.label) ?? "", u.rule.transform.rawValue, "–",
                    "\(u.rule) (\(labels.note(u.reason)))",
                ]
            )
        }
        if !rows.isEmpty {
            out +=
                "<table class=\"findings\">\n<thead><tr>" + labels.alertColumns.map { "<th>" + e($0) + "</th>" }.joined()
                + "</tr></thead>\n<tbody>\n"
            for (kind, cells) in rows {
                out += "<tr class=\"\(kind)\">" + cells.map { "<td>" + e($0) + "</td>" }.joined() + "</tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out + "</section>\n"
    }

    /// One series' section of the report — title, code and kind, source, chart, table, notes and
    /// numbered sources — as an HTML fragment (the web view of `econ serve` shows it too).
    public static func section(_ section: TrendReport.Section, report: TrendReport, labels: ReportLabels) -> String {
        let s = section.series
        let table = ReportSectionTable(section, labels: labels)
        var out = "<section class=\"series\" id=\"" + e("s-" + s.code) + "\">\n"
        out += "<h2>" + e(labels.title(of: s)) + "</h2>\n"
        out += "<p class=\"meta\"><code>" + e(s.code) + "</code> · " + e(labels.describe(s)) + "</p>\n"
        if let source = s.source {
            out += "<p class=\"source\">" + e(labels.sources.capitalizedFirst + ": " + withoutScheme(source)) + "</p>\n"
        }
        let first = section.trends.first
        let transform = table.transforms.first ?? .lin
        let scale = transform.resultUnit == nil ? table.scale : .units
        let points = (first?.points ?? []).map { TrendPoint(period: $0.period, value: ReportNumber.scaled($0.value, scale)) }
        let caption = table.headers.first ?? labels.name(of: transform)
        out +=
            SVGChart().render(
                points, frequency: s.frequency, caption: caption, tolerance: report.definition.tolerance, labels: labels,
                description: labels.title(of: s) + " — " + caption,
                notes: transform != .lin
                    ? [:] : section.reporters.mapValues { labels.reportedBy + ": " + $0.map(withoutScheme).joined(separator: ", ") }) + "\n"
        guard !table.periods.isEmpty else { return out + notes(table.notes, labels: labels) + "</section>\n" }

        // Sources numbered in order of first use.
        var numbers: [String: Int] = [:]
        var ordered: [String] = []
        for p in table.periods {
            if let src = section.sources[p], numbers[src] == nil {
                ordered.append(src)
                numbers[src] = ordered.count
            }
        }
        out += "<table class=\"values\">\n<thead><tr><th>" + e(labels.period) + "</th>"
        out += table.headers.map { "<th class=\"num\">" + e($0) + "</th>" }.joined()
        out += ordered.isEmpty ? "" : "<th class=\"src\">" + e(labels.sourceColumn) + "</th>"
        out += "</tr></thead>\n<tbody>\n"
        for (p, cells) in zip(table.periods, table.cells) {
            out += "<tr><td>" + e(labels.label(p)) + "</td>" + cells.map { "<td class=\"num\">" + e($0) + "</td>" }.joined()
            if !ordered.isEmpty {
                let reporters = section.reporters[p].map {
                    " title=\"" + e(labels.reportedBy + ": " + $0.map(withoutScheme).joined(separator: ", ")) + "\""
                }
                let more = section.reporters[p].map { " +\($0.count - 1)" } ?? ""
                out +=
                    "<td class=\"src\"\(reporters ?? "")>" + (section.sources[p].flatMap { numbers[$0] }.map { "[\($0)]" + more } ?? "")
                    + "</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        out += notes(table.notes, labels: labels)
        if !ordered.isEmpty {
            out += "<ol class=\"sources\">\n" + ordered.map { "<li>" + e(withoutScheme($0)) + "</li>\n" }.joined() + "</ol>\n"
        }
        return out + "</section>\n"
    }

    static func notes(_ notes: [String], labels: ReportLabels) -> String {
        guard !notes.isEmpty else { return "" }
        return "<ul class=\"notes\">\n" + notes.map { "<li>" + e($0) + "</li>\n" }.joined() + "</ul>\n"
    }

    /// An address as text without `http://` or `https://` (and without `www.`), so nothing in the
    /// page points to the network.
    static func withoutScheme(_ text: String) -> String {
        var out = text
        for scheme in ["https://", "http://", "HTTPS://", "HTTP://"] { out = out.replacingOccurrences(of: scheme, with: "") }
        return out
    }

    static func legend(_ labels: ReportLabels, tolerance: Double) -> String {
        let pct = DecimalText.format((tolerance * 1000).rounded() / 10)
        return labels.language == .ru
            ? "● точное значение; ● с усами — «около» (±\(pct) %); ○↑ — «более»/«не менее»; ○↓ — «менее»/«не более»; ⊢⊣ — диапазон; разрыв линии — нет данных; пунктир — линия через границу. Таблицы: > ≥ < ≤ ≈ — оговорки, a…b — диапазон, ? — не определить, – — нет значения."
            : "● exact; ● with whisker: “about” (±\(pct) %); ○↑ more than / at least; ○↓ less than / at most; bar with caps: a range; a break in the line: no figure; dashed: the line runs through a bound. Tables: > ≥ < ≤ ≈ qualifiers, a…b a range, ? cannot be determined, – no value."
    }

    /// The report's style sheet (the web view of `econ serve` uses it too).
    public static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;max-width:780px;margin:24px auto;padding:0 16px;color:#1b1f24;line-height:1.4}
        h1{font-size:1.5em;margin:0 0 4px}
        h2{font-size:1.15em;margin:28px 0 2px}
        .asof,.meta,.source,footer{color:#57606a;font-size:.9em;margin:2px 0}
        code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.95em}
        table{border-collapse:collapse;margin:8px 0;font-size:.9em}
        th,td{padding:2px 10px;border-bottom:1px solid #d8dee4;text-align:left;vertical-align:top}
        th{font-weight:600}
        .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .src{color:#57606a}
        tr.fires td{color:#a40e26;font-weight:600}
        tr.possible td{color:#9a6700}
        .ok{color:#1a7f37}
        .notes,.sources{color:#57606a;font-size:.85em;margin:4px 0;padding-left:22px;overflow-wrap:anywhere}
        svg.chart{display:block;max-width:100%;height:auto;margin:8px 0}
        svg .caption{font-size:12px;fill:#57606a}
        svg .tick{font-size:11px;fill:#57606a}
        svg .empty{font-size:13px;fill:#57606a}
        svg .grid{stroke:#eaeef2;stroke-width:1}
        svg .zero{stroke:#8c959f;stroke-width:1}
        svg .axis{stroke:#8c959f;stroke-width:1}
        svg .series{stroke:#0969da;stroke-width:2}
        svg .series.bound{stroke-dasharray:5 4}
        svg .dot{fill:#0969da}
        svg .open{fill:#ffffff;stroke:#0969da;stroke-width:2}
        svg .arrow{stroke:#0969da;stroke-width:1.5}
        svg .arrowhead{fill:#0969da}
        svg .whisker{stroke:#0969da;stroke-width:1.2}
        svg .range{stroke:#0969da;stroke-width:2}

        """
}
