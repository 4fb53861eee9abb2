import EconKit
import EconModel
import Foundation

/// An answer of econ's own API: an HTTP status and a JSON body.
struct APIAnswer: Sendable {
    var status: Int
    var body: JSONValue
}

/// An error of econ's own API: `{"error": {"status": 400, "message": "…"}}`; the message says what
/// was wrong and where (the parameter, or the body's field or line).
struct APIError: Error, Sendable, Equatable {
    var status: Int
    var message: String

    static func badRequest(_ message: String) -> APIError { APIError(status: 400, message: message) }

    var body: JSONValue { .object([("error", .object([("status", .number(Double(status))), ("message", .string(message))]))]) }

    /// The error a store or library call threw, with the status it deserves: a bad value is the
    /// client's (400), an unknown series is 404, a busy store 503, anything else the server's (500).
    init(_ error: any Error) {
        if let error = error as? APIError {
            self = error
        } else if case SeriesError.unknown(let code) = error {
            self.init(status: 404, message: "no series '\(code)'")
        } else if let error = error as? any CategorizedError {
            switch error.category {
            case .dataError, .usage: self.init(status: 400, message: error.description)
            case .busy, .unavailable: self.init(status: 503, message: error.description)
            default: self.init(status: 500, message: error.description)
            }
        } else {
            self.init(status: 500, message: "\(error)")
        }
    }

    init(status: Int, message: String) {
        self.status = status
        self.message = message
    }
}

/// econ's own API, `/api/v1/`: what FRED cannot carry — qualifiers and bounds, published and
/// recorded times, the sentence each figure came from, every report of it — and writes. The
/// routes and their parameters are described by ``OpenAPIDocument``.
struct APIService: Sendable {
    let store: Store

    // MARK: - Reads

    /// `GET /api/v1/series?q=&indicator=&area=&frequency=&unit=`
    func seriesList(_ query: QueryParameters) throws -> APIAnswer {
        _ = try query.choice("frequency", Frequency.self)
        let list = try store.catalog().filter { Self.matches($0.series, query) }
        return APIAnswer(status: 200, body: .object([("count", .number(Double(list.count))), ("series", .array(list.map(Self.json)))]))
    }

    /// Whether `series` passes the list's filters: words (`q`) and exact indicator, area (either
    /// side), frequency and unit.
    static func matches(_ series: Series, _ query: QueryParameters) -> Bool {
        func wanted(_ name: String) -> String? { query[name].flatMap { $0.isEmpty ? nil : $0 } }
        if let q = wanted("q"), SeriesSearch.rank(series, words: q) == 0 { return false }
        if let indicator = wanted("indicator"), series.indicator != indicator { return false }
        if let area = wanted("area"), series.area != area && series.counterpart != area { return false }
        if let frequency = wanted("frequency"), series.frequency.rawValue != frequency { return false }
        if let unit = wanted("unit"), series.unit != unit { return false }
        return true
    }

    /// `GET /api/v1/series/{code}`
    func series(_ code: String) throws -> APIAnswer {
        guard let summary = try store.summary(of: code) else {
            throw APIError(status: 404, message: "no series '\(code)'")
        }
        return APIAnswer(status: 200, body: Self.json(summary))
    }

    /// `GET /api/v1/series/{code}/observations?as_of=` and `…/revisions?as_of=`
    func observations(_ code: String, revisions: Bool, _ query: QueryParameters) throws -> APIAnswer {
        guard let series = try store.series(code) else { throw APIError(status: 404, message: "no series '\(code)'") }
        let asOf = try query.time("as_of")
        let rows = try revisions ? store.revisions(code, asOf: asOf) : store.observations(code, asOf: asOf)
        let records = rows.map { JSONValue.record($0.record(unit: series.unit, revisions: revisions)) }
        return APIAnswer(
            status: 200,
            body: .object([
                ("series", .string(code)), ("as_of", .string(asOf?.text)), ("count", .number(Double(records.count))),
                (revisions ? "revisions" : "observations", .array(records)),
            ]))
    }

    /// `GET /api/v1/series/{code}/sources?as_of=`: every report of each current figure.
    func sources(_ code: String, _ query: QueryParameters) throws -> APIAnswer {
        let reports = try store.sources(code, asOf: try query.time("as_of"))
        return APIAnswer(
            status: 200,
            body: .object([
                ("series", .string(code)), ("count", .number(Double(reports.count))),
                ("sources", .array(reports.map { .record($0.record) })),
            ]))
    }

    /// `GET /api/v1/series/{code}/trend?transform=&aggregate=&method=&ma=&from=&to=&cagr=&fit=&project=&share=&as_of=`:
    /// what `econ trend` computes, as its JSON records, with the CAGR and fit when asked for.
    func trend(_ code: String, _ query: QueryParameters) throws -> APIAnswer {
        guard let series = try store.series(code) else { throw APIError(status: 404, message: "no series '\(code)'") }
        var trend = TrendQuery()
        trend.transform = try query.choice("transform", Transform.self) ?? .lin
        trend.aggregateTo = try query.choice("aggregate", Frequency.self)
        trend.aggregation = try query.choice("method", Aggregation.Method.self)
        trend.movingAverage = try query.integer("ma")
        trend.from = try query.period("from")
        trend.to = try query.period("to")
        trend.cagr = try query.flag("cagr")
        trend.fit = try query.choice("fit", TrendFit.Kind.self)
        trend.projection = try query.integer("project") ?? 0
        trend.share = try query.flag("share")
        trend.asOf = try query.time("as_of")
        do { try trend.validate() } catch {
            throw APIError.badRequest(error.description.replacingOccurrences(of: "--", with: "parameter "))
        }
        var results: [SeriesTrend] = []
        try trend.run(on: store, series: [series]) { results.append($0) }
        guard let result = results.first else { throw APIError(status: 500, message: "the trend produced no result") }
        var fields: [(String, JSONValue)] = [
            ("series", .string(code)), ("transform", .string(result.label)),
            ("points", .array(result.records.prefix(result.points.count).map { .record($0.record) })),
        ]
        if !result.summaryRecords.isEmpty {
            fields.append(("summary", .array(result.summaryRecords.map { .record($0.record) })))
        }
        return APIAnswer(status: 200, body: .object(fields))
    }

    // MARK: - Writes

    /// `POST /api/v1/series/{code}/observations` with `{"period", "value", "qualifier"?, "low"?,
    /// "high"?, "published"?, "source"?, "note"?}`: appends exactly as `econ append` does. 201 with
    /// the stored revision when something was stored; 200 when the same figure was there already.
    func append(_ code: String, body: [UInt8]) throws -> APIAnswer {
        let fields = try Self.object(body)
        let known: Set = ["period", "value", "qualifier", "low", "high", "published", "source", "note"]
        if let unknown = fields.keys.sorted().first(where: { !known.contains($0) }) {
            throw APIError.badRequest("body: unknown field '\(unknown)' (known: \(known.sorted().joined(separator: ", ")))")
        }
        func text(_ name: String) throws -> String? {
            guard let value = fields[name], !(value is NSNull) else { return nil }
            guard let text = value as? String else { throw APIError.badRequest("body.\(name): expected a string") }
            return text
        }
        func number(_ name: String) throws -> Double? {
            guard let value = fields[name], !(value is NSNull) else { return nil }
            // JSON's true and false arrive as NSNumbers of type "c"; they are not numbers here.
            let isBoolean = type(of: value) == Bool.self || (value as? NSNumber).map { String(cString: $0.objCType) == "c" } == true
            let number = isBoolean ? nil : (value as? NSNumber)?.doubleValue ?? (value as? Double)
            guard let number, number.isFinite else {
                throw APIError.badRequest("body.\(name): expected a number (base units: 26 bn is 26000000000)")
            }
            return number
        }
        guard let periodText = try text("period") else {
            throw APIError.badRequest("body.period: missing (2024, 2024-Q3, 2024-03, 2025-11-06)")
        }
        let period: Period
        do { period = try Period(parsing: periodText) } catch { throw APIError.badRequest("body.period: \(error)") }
        let qualifierText = try text("qualifier") ?? "exact"
        guard let qualifier = Qualifier(rawValue: qualifierText) else {
            throw APIError.badRequest(
                "body.qualifier: '\(qualifierText)' is not one of \(Qualifier.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let amount: Amount
        do {
            if qualifier == .range {
                guard let low = try number("low"), let high = try number("high"), fields["value"] == nil || fields["value"] is NSNull else {
                    throw APIError.badRequest("body: a range takes 'low' and 'high' and no 'value'")
                }
                amount = try Amount(rangeFrom: low, to: high)
            } else {
                guard let value = try number("value") else { throw APIError.badRequest("body.value: missing") }
                guard fields["low"] == nil, fields["high"] == nil else {
                    throw APIError.badRequest(
                        "body: 'low' and 'high' go with the qualifier 'range'; a bound is given as 'value' with its qualifier")
                }
                amount = try Amount(value, qualifier)
            }
        } catch let error as APIError {
            throw error
        } catch {
            throw APIError.badRequest("body: \(error)")
        }
        let published: PublicationTime?
        do { published = try text("published").map { try PublicationTime(parsing: $0) } } catch {
            throw APIError.badRequest("body.published: \(error)")
        }
        let figure = NewObservation(
            series: code, period: period, amount: amount, published: published, source: try text("source"), note: try text("note"))
        let outcome = try store.record(figure)
        let series = try store.series(code)
        let stored = try store.revisions(code).last { $0.period == period && $0.amount == amount }
        var answer: [(String, JSONValue)] = [("outcome", .string(outcome.rawValue))]
        if let stored, let series {
            answer.append(("observation", .record(stored.record(unit: series.unit, revisions: true))))
        }
        return APIAnswer(status: outcome == .unchanged || outcome == .anotherSource ? 200 : 201, body: .object(answer))
    }

    /// `POST /api/v1/import/csv?layout=&series=&series_column=&period_column=&value_column=&value_columns=&measure=&unit=&frequency=&scale=&published=&skip_invalid=&dry_run=`
    /// with CSV text as the body: `econ import csv` on it, every row or none.
    func importCSV(body: [UInt8], _ query: QueryParameters) throws -> APIAnswer {
        var options = CSVImportOptions()
        options.layout = try query.choice("layout", CSVLayout.self)
        options.seriesTemplate = query.text("series")
        options.seriesColumn = query.text("series_column") ?? options.seriesColumn
        options.periodColumn = query.text("period_column")
        options.valueColumn = query.text("value_column") ?? options.valueColumn
        options.valueColumns = query.text("value_columns")?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        options.measure = try query.choice("measure", Measure.self)
        options.unit = query.text("unit")
        options.frequency = try query.choice("frequency", Frequency.self)
        if let scale = query.text("scale") {
            guard let exponent = ["units": 0, "thousands": 3, "millions": 6, "billions": 9][scale] else {
                throw APIError.badRequest("parameter scale: '\(scale)' is not one of units, thousands, millions, billions")
            }
            options.scale = exponent
        }
        options.published = try query.time("published")
        options.skipInvalid = try query.flag("skip_invalid")
        options.dryRun = try query.flag("dry_run")
        guard !body.isEmpty else { throw APIError.badRequest("body: empty; send the CSV text as the request body") }
        let report = try CSVImport(bytes: body, name: "request body", options: options).run(into: store)
        let total = report.total
        func counts(_ c: CSVImportReport.Counts) -> JSONValue {
            .object([("new", .number(Double(c.new))), ("unchanged", .number(Double(c.unchanged))), ("revised", .number(Double(c.revised)))])
        }
        return APIAnswer(
            status: 200,
            body: .object([
                ("layout", .string(report.layout.rawValue)), ("dry_run", .bool(report.dryRun)), ("total", counts(total)),
                ("series", .object(report.counts.keys.sorted().map { ($0, counts(report.counts[$0] ?? .init())) })),
                ("created_series", .array(report.createdSeries.map { .string($0) })),
                (
                    "rejected",
                    .array(report.rejected.map { .object([("line", .number(Double($0.line))), ("reason", .string($0.reason))]) })
                ),
            ]))
    }

    // MARK: - Helpers

    static func json(_ summary: SeriesSummary) -> JSONValue {
        let s = summary.series
        return .object([
            ("code", .string(s.code)), ("title_en", .string(s.titleEn)), ("title_ru", .string(s.titleRu)),
            ("indicator", .string(s.indicator)),
            ("measure", .string(s.measure.rawValue)), ("unit", .string(s.unit)), ("frequency", .string(s.frequency.rawValue)),
            ("area", .string(s.area)), ("counterpart", .string(s.counterpart)), ("accumulates", .string(s.accumulates)),
            ("source", .string(s.source)), ("note", .string(s.note)), ("first", .string(summary.first?.description)),
            ("last", .string(summary.last?.description)), ("last_updated", .string(summary.lastRecorded)),
        ])
    }

    /// The body as a JSON object, or a 400 that says where it stopped being one.
    static func object(_ body: [UInt8]) throws -> [String: Any] {
        guard !body.isEmpty else { throw APIError.badRequest("body: empty; send a JSON object") }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(body))
        } catch {
            throw APIError.badRequest(
                "body: not JSON (\((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"))")
        }
        guard let object = parsed as? [String: Any] else { throw APIError.badRequest("body: expected a JSON object") }
        return object
    }
}

/// The API's query parameters, read with messages that name the parameter; an empty value counts
/// as absent.
extension QueryParameters {
    func text(_ name: String) -> String? { self[name].flatMap { $0.isEmpty ? nil : $0 } }

    /// One of `T`'s raw values.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, _: T.Type) throws(APIError) -> T? where T.RawValue == String {
        guard let text = text(name) else { return nil }
        guard let value = T(rawValue: text) else {
            throw .badRequest("parameter \(name): '\(text)' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    func integer(_ name: String) throws(APIError) -> Int? {
        guard let text = text(name) else { return nil }
        guard let n = Int(text) else { throw .badRequest("parameter \(name): '\(text)' is not a whole number") }
        return n
    }

    /// `true`/`1` or `false`/`0`; absent is false.
    func flag(_ name: String) throws(APIError) -> Bool {
        guard let text = text(name) else { return false }
        guard let value = ["true": true, "1": true, "false": false, "0": false][text] else {
            throw .badRequest("parameter \(name): '\(text)' is not true or false")
        }
        return value
    }

    func period(_ name: String) throws(APIError) -> Period? {
        guard let text = text(name) else { return nil }
        do { return try Period(parsing: text) } catch { throw .badRequest("parameter \(name): \(error)") }
    }

    /// A publication time (`2025`, `2025-11`, `2025-11-10` or ISO 8601).
    func time(_ name: String) throws(APIError) -> PublicationTime? {
        guard let text = text(name) else { return nil }
        do { return try PublicationTime(parsing: text) } catch { throw .badRequest("parameter \(name): \(error)") }
    }
}
