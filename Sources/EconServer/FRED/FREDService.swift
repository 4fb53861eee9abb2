import EconKit
import EconModel
import Foundation

/// The FRED/ALFRED API v1 over an econ store: the routes under `/fred/`, with FRED's parameters,
/// defaults, limits and response shapes, so that FRED clients work by changing their base URL.
///
/// - Series metadata map onto FRED's fields (see ``FREDSeriesFields``).
/// - Revisions are ALFRED's real-time periods (``RealTimeHistory``): `realtime_start`,
///   `realtime_end` and `vintage_dates` answer what `econ show --as-of` answers.
/// - `units`, `frequency` and `aggregation_method` are computed by econ's trend code
///   (``TrendQuery``), separately for each vintage.
/// - A figure FRED cannot carry exactly (`more than`, `about`, a range) is given by its stated
///   number (a range by its midpoint); econ's own API (`/api/v1`) carries qualifiers and bounds.
struct FREDService: Sendable {
    let store: Store
    /// Today, for FRED's default real-time period (UTC).
    let today: @Sendable () -> CivilDate

    /// The routes, by their path under `/fred/`.
    static let routes = ["series", "series/observations", "series/search", "series/vintagedates", "series/updates"]

    func respond(route: String, query: FREDQuery) throws(FREDError) -> FREDDocument {
        do {
            switch route {
            case "series": return try series(query)
            case "series/observations": return try observations(query)
            case "series/search": return try search(query)
            case "series/vintagedates": return try vintageDates(query)
            case "series/updates": return try updates(query)
            default: throw FREDError(status: 404, message: "Not Found.  This FRED API route is not served by econ: \(route).")
            }
        } catch let error as FREDError {
            throw error
        } catch {
            throw FREDError(status: 500, message: "Internal Server Error.  The store could not be read: \(error)")
        }
    }

    // MARK: - series

    private func series(_ query: FREDQuery) throws -> FREDDocument {
        let summary = try summary(query)
        let window = try query.realTime(today: today())
        return FREDDocument(
            root: "seriess", attributes: Self.window(window), childElement: "series", listKey: "seriess",
            children: [.attributes(FREDSeriesFields(summary).attributes(window))])
    }

    private func summary(_ query: FREDQuery) throws -> SeriesSummary {
        let code = try query.required("series_id")
        guard let summary = try store.summary(of: code) else {
            throw FREDError.badRequest("The series does not exist.")
        }
        return summary
    }

    // MARK: - series/observations

    private func observations(_ query: FREDQuery) throws -> FREDDocument {
        let code = try query.required("series_id")
        let series: Series
        let revisions: [Observation]
        do {
            (series, revisions) = try store.seriesAndRevisions(code)
        } catch SeriesError.unknown {
            throw FREDError.badRequest("The series does not exist.")
        }
        let today = today()
        let window = try query.realTime(today: today)
        let observationStart = try query.date("observation_start", default: FREDQuery.earliest)
        let observationEnd = try query.date("observation_end", default: FREDQuery.latest)
        let limit = try query.integer("limit", in: 1...100_000, default: 100_000)
        let offset = try query.integer("offset", in: 0...Int.max, default: 0)
        let sortOrder = try query.choice("sort_order", ["asc", "desc"], default: "asc")
        let unitsText = try query.choice("units", Transform.allCases.map(\.rawValue), default: "lin")
        let outputType = try query.integer("output_type", in: 1...4, default: 1)
        var trend = TrendQuery()
        trend.transform = Transform(rawValue: unitsText) ?? .lin
        if let frequency = try Self.frequency(query, series: series) {
            trend.aggregateTo = frequency
            let method = try query.choice("aggregation_method", ["avg", "sum", "eop"], default: "avg")
            trend.aggregation = method == "avg" ? .average : method == "sum" ? .sum : .endOfPeriod
        }
        let vintageDates = try Self.vintageDates(query)
        let history = RealTimeHistory(revisions: revisions)

        func inObservationWindow(_ period: Period) -> Bool { period.start >= observationStart && period.start <= observationEnd }
        func values(on date: CivilDate) throws -> [(period: Period, value: String)] {
            let result: SeriesTrend
            do {
                result = try trend.result(for: series, figures: history.snapshot(on: date))
            } catch {
                throw FREDError.badRequest("\(error)")
            }
            return result.points.filter { inObservationWindow($0.period) }.map { ($0.period, Self.text($0.value)) }
        }

        var attributes = Self.window(vintageDates.map { ($0.first ?? today)...($0.last ?? today) } ?? window)
        attributes += [
            ("observation_start", .text(observationStart.description)), ("observation_end", .text(observationEnd.description)),
            ("units", .text(unitsText)), ("output_type", .number(outputType)),
            ("file_type", .text((try? query.fileType.rawValue) ?? "xml")),
            ("order_by", .text("observation_date")), ("sort_order", .text(sortOrder)),
        ]
        var rows: [FREDDocument.Child]
        switch outputType {
        case 2, 3:
            // The vintage in force when the window opens, then every vintage inside it.
            let inForce = history.vintageDates.last { $0 <= window.lowerBound }
            let dates =
                vintageDates
                ?? ((inForce.map { [$0] } ?? []) + history.vintageDates.filter { $0 > window.lowerBound && $0 <= window.upperBound })
            rows = try byVintage(code: code, dates: dates, newAndRevisedOnly: outputType == 3, values: values)
        case 4:
            rows = try initialReleases(history, trend: trend, series: series, window: window, inWindow: inObservationWindow)
        default:
            rows = try realTimePeriods(history, window: window, vintageDates: vintageDates, values: values)
        }
        if sortOrder == "desc" { rows.reverse() }
        attributes += [("count", .number(rows.count)), ("offset", .number(offset)), ("limit", .number(limit))]
        let page = offset >= rows.count ? [] : Array(rows[offset..<min(rows.count, offset + limit)])
        return FREDDocument(
            root: "observations", attributes: attributes, childElement: "observation", listKey: "observations", children: page)
    }

    /// output_type 1: each figure with the real-time period it was in force, clipped to the window.
    ///
    /// The window is cut at every vintage date inside it; each piece is computed from the figures in
    /// force then, and a period's consecutive pieces with the same value are joined.
    private func realTimePeriods(
        _ history: RealTimeHistory, window: ClosedRange<CivilDate>, vintageDates: [CivilDate]?,
        values: (CivilDate) throws -> [(period: Period, value: String)]
    ) throws -> [FREDDocument.Child] {
        struct Row {
            var period: Period
            var start: CivilDate
            var end: CivilDate
            var value: String
        }
        var rows: [Row] = []
        if let vintageDates {
            for date in vintageDates {
                for (period, value) in try values(date) { rows.append(Row(period: period, start: date, end: date, value: value)) }
            }
        } else {
            let cuts = [window.lowerBound] + history.vintageDates.filter { $0 > window.lowerBound && $0 <= window.upperBound }
            if cuts.count == 1 {
                // One piece (the default window, today): every figure in force then, as it is.
                rows = try values(window.lowerBound).map {
                    Row(period: $0.period, start: window.lowerBound, end: window.upperBound, value: $0.value)
                }
            }
            var open: [Period: Int] = [:]
            for (i, cut) in cuts.enumerated() where cuts.count > 1 {
                let end = i + 1 < cuts.count ? CivilDate(daysSinceEpoch: cuts[i + 1].daysSinceEpoch - 1) : window.upperBound
                var seen = Set<Period>()
                for (period, value) in try values(cut) {
                    seen.insert(period)
                    if let k = open[period], rows[k].value == value {
                        rows[k].end = end
                    } else {
                        open[period] = rows.count
                        rows.append(Row(period: period, start: cut, end: end, value: value))
                    }
                }
                for period in open.keys where !seen.contains(period) { open[period] = nil }
            }
        }
        rows.sort { $0.period.start != $1.period.start ? $0.period.start < $1.period.start : $0.start < $1.start }
        // Most rows share their real-time dates: write each date once.
        var texts: [CivilDate: String] = [:]
        func text(_ date: CivilDate) -> String {
            if let known = texts[date] { return known }
            let made = date.description
            texts[date] = made
            return made
        }
        return rows.map { row in
            .attributes([
                ("realtime_start", .text(text(row.start))), ("realtime_end", .text(text(row.end))),
                ("date", .text(row.period.start.description)), ("value", .text(row.value)),
            ])
        }
    }

    /// output_type 2 and 3: a row per observation date and a column per vintage date
    /// (`CODE_YYYYMMDD`); type 3 keeps only the values that were new or revised at that vintage.
    private func byVintage(
        code: String, dates: [CivilDate], newAndRevisedOnly: Bool, values: (CivilDate) throws -> [(period: Period, value: String)]
    ) throws -> [FREDDocument.Child] {
        var table: [Period: [String?]] = [:]
        for (column, date) in dates.enumerated() {
            for (period, value) in try values(date) {
                table[period, default: Array(repeating: nil, count: dates.count)][column] = value
            }
        }
        let names = dates.map { date in code + "_" + date.description.replacingOccurrences(of: "-", with: "") }
        return table.keys.sorted { $0.start < $1.start }.compactMap { period in
            guard let cells = table[period] else { return nil }
            var attributes: FREDDocument.Attributes = [("date", .text(period.start.description))]
            var any = false
            for (column, cell) in cells.enumerated() {
                var value = cell
                if newAndRevisedOnly, column > 0, cells[column - 1] == cell { value = nil }
                if value != nil { any = true }
                attributes.append((names[column], .text(value ?? ".")))
            }
            return any ? .attributes(attributes) : nil
        }
    }

    /// output_type 4: each observation's first release, with the real-time period it was in force.
    private func initialReleases(
        _ history: RealTimeHistory, trend: TrendQuery, series: Series, window: ClosedRange<CivilDate>, inWindow: (Period) -> Bool
    ) throws -> [FREDDocument.Child] {
        try history.initialReleases.compactMap { segment in
            let end = segment.end ?? FREDQuery.latest
            guard inWindow(segment.period), segment.start <= window.upperBound, end >= window.lowerBound else { return nil }
            let snapshot = history.snapshot(on: segment.start)
            let result: SeriesTrend
            do {
                result = try trend.result(for: series, figures: snapshot)
            } catch {
                throw FREDError.badRequest("\(error)")
            }
            guard let point = result.points.first(where: { $0.period == segment.period }) else { return nil }
            return .attributes([
                ("realtime_start", .text(max(segment.start, window.lowerBound).description)),
                ("realtime_end", .text(min(end, window.upperBound).description)),
                ("date", .text(segment.period.start.description)), ("value", .text(Self.text(point.value))),
            ])
        }
    }

    /// `frequency` as a lower frequency to aggregate to; `nil` for the series' own.
    private static func frequency(_ query: FREDQuery, series: Series) throws(FREDError) -> Frequency? {
        guard let text = query.parameters["frequency"], !text.isEmpty else { return nil }
        let names: [String: Frequency] = ["a": .annual, "sa": .semiannual, "q": .quarterly, "m": .monthly, "d": .daily]
        guard let target = names[text.lowercased()] else {
            throw .badRequest("Variable frequency is not one of the values econ serves: a, sa, q, m, d (econ has no weekly periods).")
        }
        if target == series.frequency { return nil }
        guard let own = series.frequency.periodsPerYear, let wanted = target.periodsPerYear, wanted < own else {
            throw .badRequest(
                "The frequency '\(text)' is not lower than the series' own (\(series.frequency.rawValue)); FRED only aggregates to lower frequencies."
            )
        }
        return target
    }

    /// `vintage_dates`: comma-separated `YYYY-MM-DD`, in order, or `nil` when not given.
    private static func vintageDates(_ query: FREDQuery) throws(FREDError) -> [CivilDate]? {
        guard let text = query.parameters["vintage_dates"], !text.isEmpty else { return nil }
        var dates: [CivilDate] = []
        for piece in text.split(separator: ",") {
            guard let date = FREDQuery.parseDate(piece.trimmingCharacters(in: .whitespaces)) else {
                throw .badRequest("Variable vintage_dates is not a comma-separated list of dates YYYY-MM-DD: '\(piece)'.")
            }
            dates.append(date)
        }
        return Array(Set(dates)).sorted()
    }

    /// A value as FRED writes it: the number as text, `.` when there is none.
    static func text(_ value: TrendValue) -> String {
        if let x = value.value, x.isFinite { return DecimalText.format(x) }
        if let low = value.low, let high = value.high { return DecimalText.format((low + high) / 2) }
        return "."
    }

    static func window(_ window: ClosedRange<CivilDate>) -> FREDDocument.Attributes {
        [("realtime_start", .text(window.lowerBound.description)), ("realtime_end", .text(window.upperBound.description))]
    }

    // MARK: - series/vintagedates

    private func vintageDates(_ query: FREDQuery) throws -> FREDDocument {
        let code = try query.required("series_id")
        guard try store.series(code) != nil else { throw FREDError.badRequest("The series does not exist.") }
        let window = try query.realTime(today: today(), defaultStart: FREDQuery.earliest, defaultEnd: FREDQuery.latest)
        let limit = try query.integer("limit", in: 1...10_000, default: 10_000)
        let offset = try query.integer("offset", in: 0...Int.max, default: 0)
        let sortOrder = try query.choice("sort_order", ["asc", "desc"], default: "asc")
        var dates = RealTimeHistory(revisions: try store.revisions(code)).vintageDates.filter { window.contains($0) }
        if sortOrder == "desc" { dates.reverse() }
        let page = offset >= dates.count ? [] : Array(dates[offset..<min(dates.count, offset + limit)])
        return FREDDocument(
            root: "vintage_dates",
            attributes: Self.window(window) + [
                ("order_by", .text("vintage_date")), ("sort_order", .text(sortOrder)), ("count", .number(dates.count)),
                ("offset", .number(offset)), ("limit", .number(limit)),
            ],
            childElement: "vintage_date", listKey: "vintage_dates", children: page.map { .text($0.description) })
    }

    // MARK: - series/search and series/updates

    private func search(_ query: FREDQuery) throws -> FREDDocument {
        let text = try query.required("search_text")
        let searchType = try query.choice("search_type", ["full_text", "series_id"], default: "full_text")
        let limit = try query.integer("limit", in: 1...1000, default: 1000)
        let offset = try query.integer("offset", in: 0...Int.max, default: 0)
        let orderBy = try query.choice(
            "order_by", FREDSeriesFields.orderings, default: searchType == "series_id" ? "series_id" : "search_rank")
        let sortOrder = try query.choice(
            "sort_order", ["asc", "desc"], default: orderBy == "search_rank" || orderBy == "popularity" ? "desc" : "asc")
        let window = try query.realTime(today: today())
        var found: [(fields: FREDSeriesFields, rank: Int)] = []
        for summary in try store.catalog() {
            let rank =
                searchType == "series_id"
                ? SeriesSearch.matchesID(summary.series.code, pattern: text) : SeriesSearch.rank(summary.series, words: text)
            if rank > 0 { found.append((FREDSeriesFields(summary), rank)) }
        }
        found = Self.sorted(found, by: orderBy, descending: sortOrder == "desc", window: window)
        return seriesList(
            found.map(\.fields), window: window, extra: [("order_by", .text(orderBy)), ("sort_order", .text(sortOrder))], limit: limit,
            offset: offset)
    }

    private func updates(_ query: FREDQuery) throws -> FREDDocument {
        let limit = try query.integer("limit", in: 1...1000, default: 1000)
        let offset = try query.integer("offset", in: 0...Int.max, default: 0)
        let filter = try query.choice("filter_value", ["macro", "regional", "all"], default: "all")
        let window = try query.realTime(today: today())
        let start = try Self.updateTime(query, "start_time")
        let end = try Self.updateTime(query, "end_time")
        var fields = try store.catalog().compactMap { summary -> FREDSeriesFields? in
            guard let recorded = summary.lastRecorded else { return nil }
            if let start, recorded < start { return nil }
            if let end, recorded > end { return nil }
            return FREDSeriesFields(summary)
        }
        fields.sort { $0.lastRecorded != $1.lastRecorded ? $0.lastRecorded > $1.lastRecorded : $0.id < $1.id }
        return seriesList(
            fields, window: window,
            extra: [
                ("filter_variable", .text("geography")), ("filter_value", .text(filter)), ("order_by", .text("last_updated")),
                ("sort_order", .text("desc")),
            ], limit: limit, offset: offset)
    }

    /// `start_time`/`end_time` of series/updates (`YYYYMMDDHhmm`, UTC) as recorded-at text to compare with.
    private static func updateTime(_ query: FREDQuery, _ name: String) throws(FREDError) -> String? {
        guard let text = query.parameters[name], !text.isEmpty else { return nil }
        let b = Array(text.utf8)
        guard b.count == 12, b.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
            let date = CivilDate(
                year: Int(text.prefix(4)) ?? 0, month: Int(text.dropFirst(4).prefix(2)) ?? 0, day: Int(text.dropFirst(6).prefix(2)) ?? 0)
        else { throw .badRequest("Variable \(name) is not a time in the format YYYYMMDDHhmm: '\(text)'.") }
        return "\(date)T\(text.dropFirst(8).prefix(2)):\(text.dropFirst(10).prefix(2)):00"
    }

    private func seriesList(
        _ fields: [FREDSeriesFields], window: ClosedRange<CivilDate>, extra: FREDDocument.Attributes, limit: Int, offset: Int
    ) -> FREDDocument {
        let page = offset >= fields.count ? [] : Array(fields[offset..<min(fields.count, offset + limit)])
        return FREDDocument(
            root: "seriess",
            attributes: Self.window(window) + extra + [
                ("count", .number(fields.count)), ("offset", .number(offset)), ("limit", .number(limit)),
            ],
            childElement: "series", listKey: "seriess", children: page.map { .attributes($0.attributes(window)) })
    }

    private static func sorted(
        _ found: [(fields: FREDSeriesFields, rank: Int)], by orderBy: String, descending: Bool, window: ClosedRange<CivilDate>
    ) -> [(fields: FREDSeriesFields, rank: Int)] {
        let keyed = found.map { item -> (item: (fields: FREDSeriesFields, rank: Int), key: String) in
            let key: String
            switch orderBy {
            case "search_rank": key = String(format: "%09d", item.rank)
            case "popularity", "group_popularity", "series_id": key = item.fields.id
            default:
                key =
                    item.fields.attributes(window).first { $0.name == orderBy }.map { if case .text(let t) = $0.value { t } else { "" } }
                    ?? ""
            }
            return (item, key)
        }
        return keyed.sorted { a, b in
            if a.key != b.key { return descending ? a.key > b.key : a.key < b.key }
            return a.item.fields.id < b.item.fields.id
        }.map(\.item)
    }
}
