import EconKit
import EconModel
import Foundation

/// The web view: server-rendered HTML that works without JavaScript, with the HTML report's style
/// and charts.
///
/// - `/` lists the series, with a search box and filters (indicator, area, frequency, unit).
/// - `/series/{code}` shows the metadata, the chart and values table of the report, each figure
///   with its qualifier in words, its sentence and its reports, the revisions, an as-of date
///   picker and downloads (CSV for Excel in Russian or English locales, xlsx).
/// - `/report` renders the trend report live, with the options of `econ report`.
///
/// Everything from the store is HTML-escaped. A key given as `api_key` is carried in the page's
/// links, so that a reader with a key can browse a server that is not `--public-read`.
struct WebView: Sendable {
    let store: Store
    /// Series pages as rendered, kept while the series' version (``Store/version(ofSeries:)``) stays
    /// the same: a page view then costs one small query instead of reading and rendering.
    let cache = VersionedCache<Page>()

    /// A page's answer: status, content type and bytes.
    struct Page: Sendable {
        var status: Int = 200
        var contentType = "text/html; charset=utf-8"
        var body: [UInt8]
        var filename: String?
    }

    // MARK: - Pages

    /// `GET /`
    func index(_ query: QueryParameters) throws -> Page {
        let catalog = try store.catalog()
        let shown = catalog.filter { APIService.matches($0.series, query) }
        let link = Links(query)
        var out = Self.head(title: "econ — series") + Self.navigation(link)
        out += "<h1>Series</h1>\n<form class=\"filters\" method=\"get\" action=\"/\">\n"
        out += link.hiddenKey
        out += "<input type=\"search\" name=\"q\" placeholder=\"words: investment kazakhstan\" value=\"\(e(query["q"] ?? ""))\"/>\n"
        func select(_ name: String, _ label: String, _ values: [String]) {
            out += "<label>\(e(label)) <select name=\"\(name)\"><option value=\"\">any</option>"
            for value in Set(values).sorted() {
                out += "<option value=\"\(e(value))\"\(query[name] == value ? " selected=\"selected\"" : "")>\(e(value))</option>"
            }
            out += "</select></label>\n"
        }
        select("indicator", "indicator", catalog.compactMap(\.series.indicator))
        select("area", "area", catalog.flatMap { [$0.series.area, $0.series.counterpart].compactMap { $0 } })
        select("frequency", "frequency", catalog.map(\.series.frequency.rawValue))
        select("unit", "unit", catalog.map(\.series.unit))
        out += "<button type=\"submit\">Search</button>\n</form>\n"
        out += "<p class=\"meta\">\(shown.count) of \(catalog.count) series</p>\n"
        out +=
            "<table class=\"catalog\">\n<thead><tr><th>series</th><th>title</th><th>unit</th><th>frequency</th><th>figures</th><th>updated</th></tr></thead>\n<tbody>\n"
        for summary in shown {
            let s = summary.series
            out += "<tr><td><a href=\"\(e(link.series(s.code)))\"><code>\(e(s.code))</code></a></td>"
            out += "<td>\(e(s.titleEn ?? s.titleRu ?? ""))</td><td>\(e(s.unit))</td><td>\(e(s.frequency.rawValue))</td>"
            out += "<td>\(e(summary.first.map { "\($0)–\(summary.last?.description ?? "")" } ?? "none"))</td>"
            out += "<td>\(e(summary.lastRecorded.map { String($0.prefix(10)) } ?? ""))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return Page(body: Array((out + Self.foot).utf8))
    }

    /// `GET /series/{code}?as_of=`
    func series(_ code: String, _ query: QueryParameters, queryText: String) throws -> Page {
        guard let version = try store.version(ofSeries: code) else { return try render(code, query) }
        return try cache.value(for: code + "?" + queryText, version: version, keep: { $0.status == 200 }) { try render(code, query) }
    }

    private func render(_ code: String, _ query: QueryParameters) throws -> Page {
        let asOf = try query.time("as_of")
        let series: Series
        let revisions: [Observation]
        do {
            (series, revisions) = try store.seriesAndRevisions(code, asOf: asOf)
        } catch SeriesError.unknown {
            return Self.message(
                status: 404, title: "No such series", text: "There is no series '\(code)' in this store.", link: Links(query))
        }
        let link = Links(query)
        var definition = ReportDefinition()
        definition.series = [code]
        definition.asOf = asOf
        let report = try TrendReport.build(from: store, definition: definition)
        let labels = ReportLabels(.en)
        var out = Self.head(title: "econ — \(labels.title(of: series))") + Self.navigation(link)
        out += "<form class=\"asof\" method=\"get\" action=\"\(e(link.series(code, asOf: nil, withKey: false)))\">\n" + link.hiddenKey
        out += "<label>As of <input type=\"date\" name=\"as_of\" value=\"\(e(asOf.map { String($0.text.prefix(10)) } ?? ""))\"/></label> "
        out += "<button type=\"submit\">Show</button> "
        out += asOf == nil ? "<span class=\"meta\">current figures</span>" : "<a href=\"\(e(link.series(code)))\">current figures</a>"
        out += "\n</form>\n"
        if let section = report.sections.first { out += HTMLReport.section(section, report: report, labels: labels) }
        out += metadata(series)
        out += "<p class=\"downloads\">Download: "
        out += "<a href=\"\(e(link.download(code, "csv", preset: "excel-ru", asOf: asOf)))\">CSV for Excel (Russian)</a> · "
        out += "<a href=\"\(e(link.download(code, "csv", preset: "excel-en", asOf: asOf)))\">CSV for Excel (English)</a> · "
        out += "<a href=\"\(e(link.download(code, "xlsx", asOf: asOf)))\">xlsx</a></p>\n"
        out += try figures(series, current: Observation.current(of: revisions), asOf: asOf)
        out += Self.revisionsTable(revisions)
        return Page(body: Array((out + Self.foot).utf8))
    }

    /// `GET /report?series=&match=&transforms=&from=&to=&lang=&as_of=`
    func report(_ query: QueryParameters) throws -> Page {
        var definition = ReportDefinition()
        definition.series = (query["series"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        definition.match = query["match"].flatMap { $0.isEmpty ? nil : $0 }
        do {
            definition.transforms = try (query["transforms"] ?? "").split(separator: ",").map { try ReportDefinition.transform(String($0)) }
            if let from = query["from"], !from.isEmpty { definition.from = try ReportDefinition.period(from, option: "from") }
            if let to = query["to"], !to.isEmpty { definition.to = try ReportDefinition.period(to, option: "to") }
            if let lang = query["lang"], !lang.isEmpty { definition.language = try ReportDefinition.language(lang) }
            if let asOf = query["as_of"], !asOf.isEmpty { definition.asOf = try ReportDefinition.time(asOf) }
        } catch {
            return Self.message(status: 400, title: "Bad report options", text: "\(error)", link: Links(query))
        }
        let report = try TrendReport.build(from: store, definition: definition)
        return Page(body: Array(HTMLReport.render(report).utf8))
    }

    /// `GET /series/{code}/download.csv?preset=excel-ru|excel-en|standard&as_of=` and `…/download.xlsx`
    func download(_ code: String, format: String, _ query: QueryParameters) throws -> Page {
        guard try store.series(code) != nil else { throw APIError(status: 404, message: "no series '\(code)'") }
        var options = ExportOptions(asOf: try query.time("as_of"))
        options.titles = .en
        let file = code.replacingOccurrences(of: "/", with: "_")
        if format == "xlsx" {
            let path = NSTemporaryDirectory() + "econ-serve-\(UUID().uuidString).xlsx"
            defer { try? FileManager.default.removeItem(atPath: path) }
            try XLSXExport(SeriesSelection(codes: [code]), options: options, charts: true).write(from: store, to: path)
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            return Page(
                contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body: bytes, filename: file + ".xlsx")
        }
        switch query["preset"] ?? "standard" {
        case "excel-ru": options.dialect = .excelRU
        case "excel-en": options.dialect = .excelEN
        case "standard", "": options.dialect = .standard
        case let other: throw APIError.badRequest("parameter preset: '\(other)' is not one of excel-ru, excel-en, standard")
        }
        options.periodStyle = options.dialect == .standard ? .written : .text
        let sink = OutputSink.memory()
        try store.export(SeriesSelection(codes: [code]), options: options, to: sink)
        try sink.commit()
        return Page(contentType: "text/csv; charset=utf-8", body: sink.collected, filename: file + ".csv")
    }

    // MARK: - Parts

    private func metadata(_ s: Series) -> String {
        var rows: [(String, String)] = [("code", s.code)]
        if let t = s.titleEn { rows.append(("title", t)) }
        if let t = s.titleRu { rows.append(("название", t)) }
        rows += [("measure", s.measure.rawValue), ("unit", s.unit), ("frequency", s.frequency.rawValue)]
        if let a = s.area { rows.append(("area", a + (s.counterpart.map { " → " + $0 } ?? ""))) }
        if let i = s.indicator { rows.append(("indicator", i)) }
        if let a = s.accumulates { rows.append(("accumulates", a)) }
        if let n = s.note { rows.append(("note", n)) }
        return "<h2>About the series</h2>\n<dl class=\"meta\">\n"
            + rows.map { "<dt>\(e($0.0))</dt><dd>\(e($0.1))</dd>\n" }.joined() + "</dl>\n"
    }

    private func figures(_ series: Series, current: [Observation], asOf: PublicationTime?) throws -> String {
        let reports = Dictionary(grouping: try store.sources(series.code, asOf: asOf), by: \.period)
        var out = "<h2>Figures and where they came from</h2>\n<table class=\"figures\">\n"
        out +=
            "<thead><tr><th>period</th><th class=\"num\">value (\(e(series.unit)))</th><th>as stated</th><th>published</th><th>source</th><th>sentence</th></tr></thead>\n<tbody>\n"
        for o in current {
            let others = (reports[o.period] ?? []).filter { !$0.isFirst }
            out += "<tr><td>\(e(o.period.description))</td><td class=\"num\">\(e(o.amount.map(Self.number) ?? ""))</td>"
            out += "<td class=\"stated\">\(e(o.amount.map(Self.words) ?? ""))</td><td class=\"stated\">\(e(o.published))</td>"
            var source = e(o.source ?? o.document ?? "")
            if !others.isEmpty {
                source +=
                    "<br/><span class=\"meta\">also: "
                    + others.map { e($0.source ?? $0.title ?? $0.document ?? "") }.joined(separator: "; ") + "</span>"
            }
            out += "<td class=\"src\">\(source)</td><td class=\"sentence\">\(e(o.sentence ?? ""))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    private static func revisionsTable(_ all: [Observation]) -> String {
        var out = "<h2>Revisions</h2>\n<table class=\"revisions\">\n"
        out +=
            "<thead><tr><th>period</th><th class=\"num\">value</th><th>as stated</th><th>published</th><th>recorded</th><th>source</th></tr></thead>\n<tbody>\n"
        for o in all {
            out += "<tr><td>\(e(o.period.description))</td><td class=\"num\">\(e(o.amount.map(Self.number) ?? "withdrawn"))</td>"
            out += "<td class=\"stated\">\(e(o.amount.map(Self.words) ?? "retracted"))</td><td class=\"stated\">\(e(o.published))</td>"
            out += "<td class=\"stated\">\(e(String(o.recordedAt.prefix(19))))</td>"
            out += "<td class=\"src\">\(e(o.source ?? ""))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// A figure's qualifier in words: "more than 26 bn", "about 4 bn", "between 3 and 5 bn".
    static func words(_ amount: Amount) -> String {
        func n(_ x: Double?) -> String { x.map(scaled) ?? "" }
        switch amount.qualifier {
        case .exact: return "exactly \(n(amount.value))"
        case .approx: return "about \(n(amount.value))"
        case .moreThan: return "more than \(n(amount.value))"
        case .atLeast: return "at least \(n(amount.value))"
        case .lessThan: return "less than \(n(amount.value))"
        case .atMost: return "at most \(n(amount.value))"
        case .range: return "between \(n(amount.low)) and \(n(amount.high))"
        }
    }

    /// `4000000000` as `4 bn`, `64000` as `64 thousand`.
    static func scaled(_ x: Double) -> String {
        let scale = ReportNumber.scale(for: [TrendValue(Interval(x))])
        let name = [ExportScale.units: "", .thousands: " thousand", .millions: " mn", .billions: " bn"][scale] ?? ""
        return scale.text(x) + name
    }

    /// The value column: the number in full, a range as `low…high`.
    static func number(_ amount: Amount) -> String {
        if amount.qualifier == .range, let low = amount.low, let high = amount.high {
            return DecimalText.format(low) + "…" + DecimalText.format(high)
        }
        return amount.value.map(DecimalText.format) ?? ""
    }

    static func message(status: Int, title: String, text: String, link: Links) -> Page {
        Page(
            status: status,
            body: Array((head(title: "econ — \(title)") + navigation(link) + "<h1>\(e(title))</h1>\n<p>\(e(text))</p>\n" + foot).utf8))
    }

    static func head(title: String) -> String {
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
            + "<title>\(e(title))</title>\n<style>\n" + HTMLReport.style + style + "</style>\n</head>\n<body>\n"
    }

    static func navigation(_ link: Links) -> String {
        "<nav><a href=\"\(e(link.home))\">Series</a> · <a href=\"\(e(link.report))\">Report</a> · <a href=\"/api/v1/openapi.json\">API</a> · <a href=\"/healthz\">Health</a></nav>\n"
    }

    static let foot = "<footer><p>econ serve · FRED API at /fred/ · econ API at /api/v1/</p></footer>\n</body>\n</html>\n"

    static let style = """
        body{max-width:1000px}
        nav{margin:0 0 12px;font-size:.9em}
        form.filters,form.asof{margin:8px 0;display:flex;flex-wrap:wrap;gap:8px;align-items:center}
        input[type=search]{min-width:240px;padding:3px 6px}
        dl.meta{display:grid;grid-template-columns:max-content auto;gap:2px 16px}
        dl.meta dt{font-weight:600}
        dl.meta dd{margin:0}
        td.sentence{max-width:420px;font-size:.85em}
        td.stated{white-space:nowrap}
        .downloads{margin:12px 0}

        """

    private func e(_ text: String) -> String { HTMLText.escape(text) }
    private static func e(_ text: String) -> String { HTMLText.escape(text) }
}

/// Links within the web view, carrying the reader's `api_key` when the page was asked for with one.
struct Links: Sendable {
    var key: String?

    init(_ query: QueryParameters) {
        key = query["api_key"].flatMap { $0.isEmpty ? nil : $0 }
    }

    private func with(_ path: String, _ parameters: [(String, String?)], withKey: Bool = true) -> String {
        let pairs = (parameters + (withKey ? [("api_key", key)] : [])).compactMap { name, value in
            value.map { "\(name)=\(Self.encode($0))" }
        }
        return pairs.isEmpty ? path : path + "?" + pairs.joined(separator: "&")
    }

    var home: String { with("/", []) }
    var report: String { with("/report", []) }

    func series(_ code: String, asOf: PublicationTime? = nil, withKey: Bool = true) -> String {
        with("/series/" + Self.encode(code), [("as_of", asOf?.text)], withKey: withKey)
    }

    func download(_ code: String, _ format: String, preset: String? = nil, asOf: PublicationTime?) -> String {
        with("/series/\(Self.encode(code))/download.\(format)", [("preset", preset), ("as_of", asOf?.text)])
    }

    /// A hidden form field that carries the key through the page's forms.
    var hiddenKey: String { key.map { "<input type=\"hidden\" name=\"api_key\" value=\"\(HTMLText.escape($0))\"/>\n" } ?? "" }

    static func encode(_ text: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
