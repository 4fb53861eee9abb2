import EconKit
import EconModel

/// A series' metadata as FRED's series fields.
///
/// - `title`: the English title, else the Russian one, else the code.
/// - `units`: FRED's own units text when the series came from FRED (its note's `Units:` line),
///   else econ's unit (`USD`, `projects`): values are in base units, never scaled.
/// - `frequency`: Annual/A, Semiannual/SA, Quarterly/Q, Monthly/M, Daily/D; an irregular series
///   is "Not Applicable"/NA.
/// - `seasonal_adjustment`: the note's `Seasonal adjustment:` line, else "Not Seasonally Adjusted".
/// - `last_updated`: when a figure was last stored (else when the series was made), in FRED's
///   `YYYY-MM-DD hh:mm:ss-HH` form, UTC.
/// - `observation_start`/`observation_end`: the first day of the first and last period with a figure.
struct FREDSeriesFields: Sendable {
    var id: String
    var title: String
    var observationStart: String
    var observationEnd: String
    var frequency: (name: String, short: String)
    var units: String
    var seasonalAdjustment: (name: String, short: String)
    /// Recorded-at text (ISO 8601), for ordering.
    var lastRecorded: String
    var notes: String

    /// FRED's `order_by` values for series lists.
    static let orderings = [
        "search_rank", "series_id", "title", "units", "frequency", "seasonal_adjustment", "realtime_start", "realtime_end",
        "last_updated", "observation_start", "observation_end", "popularity", "group_popularity",
    ]

    init(_ summary: SeriesSummary) {
        let series = summary.series
        id = series.code
        title = series.titleEn ?? series.titleRu ?? series.code
        observationStart = summary.first?.start.description ?? ""
        observationEnd = summary.last?.start.description ?? ""
        frequency =
            switch series.frequency {
            case .annual: ("Annual", "A")
            case .semiannual: ("Semiannual", "SA")
            case .quarterly: ("Quarterly", "Q")
            case .monthly: ("Monthly", "M")
            case .daily: ("Daily", "D")
            case .irregular: ("Not Applicable", "NA")
            }
        let noteLines = (series.note ?? "").split(separator: "\n").map(String.init)
        func line(_ label: String) -> String? {
            noteLines.first { $0.hasPrefix(label) }.map { String($0.dropFirst(label.count)).trimmingCharacters(in: .whitespaces) }
        }
        units = line("Units:") ?? series.unit
        let adjustment = line("Seasonal adjustment:") ?? "Not Seasonally Adjusted"
        seasonalAdjustment = (adjustment, Self.initials(adjustment))
        lastRecorded = summary.lastRecorded ?? summary.created
        notes = series.note ?? ""
    }

    /// The fields, in FRED's order, for a response over `window`.
    func attributes(_ window: ClosedRange<CivilDate>) -> FREDDocument.Attributes {
        [
            ("id", .text(id)), ("realtime_start", .text(window.lowerBound.description)),
            ("realtime_end", .text(window.upperBound.description)), ("title", .text(title)),
            ("observation_start", .text(observationStart)), ("observation_end", .text(observationEnd)),
            ("frequency", .text(frequency.name)), ("frequency_short", .text(frequency.short)), ("units", .text(units)),
            ("units_short", .text(units)), ("seasonal_adjustment", .text(seasonalAdjustment.name)),
            ("seasonal_adjustment_short", .text(seasonalAdjustment.short)), ("last_updated", .text(Self.fredTime(lastRecorded))),
            ("popularity", .number(0)), ("notes", .text(notes)),
        ]
    }

    /// `2025-11-06T09:30:00.123456Z` as FRED writes times: `2025-11-06 09:30:00+00`.
    static func fredTime(_ recorded: String) -> String {
        guard recorded.count >= 19 else { return recorded }
        let date = recorded.prefix(10)
        let time = recorded.dropFirst(11).prefix(8)
        return "\(date) \(time)+00"
    }

    /// "Seasonally Adjusted Annual Rate" → "SAAR"; "Not Seasonally Adjusted" → "NSA".
    static func initials(_ text: String) -> String {
        text.split(separator: " ").compactMap(\.first).map { String($0).uppercased() }.joined()
    }
}
