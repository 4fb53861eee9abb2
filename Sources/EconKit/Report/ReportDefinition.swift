import Foundation

/// What a report shows and checks: series, transformations, window, alerts, language, format.
///
/// Read from a report file (JSON, see ``load(path:)``) and/or built from the command line; each
/// option set on the command line replaces the file's, except alert rules, which add to them.
///
/// ```json
/// {
///   "title": "Russia–Kazakhstan",
///   "series": ["ru_kz.investment.yearly"], "match": "ru_kz.joint_projects.*",
///   "transforms": ["lin", "pc1"], "from": "2015",
///   "alerts": ["ru_kz.investment.yearly pc1 < -10"],
///   "lang": "en", "format": "html"
/// }
/// ```
public struct ReportDefinition: Sendable, Equatable {
    /// The heading; `nil` for the default ("Trend report" / "Отчёт о динамике").
    public var title: String?
    /// Series codes, in the order they appear.
    public var series: [String] = []
    /// A glob adding every matching series (after the named ones, in code order).
    public var match: String?
    /// The transformations shown for each series; empty means levels and year-over-year change.
    public var transforms: [Transform] = []
    /// Only periods from this one on.
    public var from: Period?
    /// Only periods up to this one.
    public var to: Period?
    /// The output format.
    public var format: ReportFormat?
    /// Where the report goes (atomically); `nil` for standard output.
    public var out: String?
    /// Alert rules.
    public var alerts: [AlertRule] = []
    /// Check alert rules on every period shown, not only each series' latest.
    public var allPeriods = false
    /// Only figures published by then.
    public var asOf: PublicationTime?
    /// The language of labels, titles and month names.
    public var language: ReportLanguage = .en
    /// Print only alert findings.
    public var quiet = false
    /// How far an approximate figure may be from its value when alerts are checked, as a fraction
    /// (0.05: "about 4 bn" is anything from 3.8 to 4.2 bn). Also the half-length of the "about"
    /// whisker in charts.
    public var tolerance = 0.05

    /// A definition with every option at its default.
    public init() {}

    /// The transformations to show: ``transforms``, or `lin` and `pc1` when none are named.
    public var effectiveTransforms: [Transform] {
        var seen: Set<Transform> = []
        let list = transforms.isEmpty ? [.lin, .pc1] : transforms
        return list.filter { seen.insert($0).inserted }
    }

    /// Reads a report file.
    ///
    /// Keys (all optional): `title`, `series` (array), `match`, `transforms` (array), `from`, `to`,
    /// `format`, `out`, `alerts` (array of rules), `all_periods`, `as_of`, `lang`, `quiet`, `tolerance`.
    /// Any other key is refused, so a misspelt one cannot silently drop an option.
    /// A relative `out` is taken relative to the file's folder.
    ///
    /// - Throws: ``ReportError/missingReportFile(_:)``, ``ReportError/badReportFile(path:reason:)``,
    ///   or ``ReportError/badRule(_:reason:)`` / ``ReportError/badOption(name:value:reason:)`` for a bad value.
    public static func load(path: String) throws(ReportError) -> ReportDefinition {
        guard FileManager.default.fileExists(atPath: path) else { throw .missingReportFile(path) }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .badReportFile(path: path, reason: error.localizedDescription)
        }
        let file: ReportFile
        do { file = try JSONDecoder().decode(ReportFile.self, from: data) } catch {
            throw .badReportFile(path: path, reason: JSONFileError.describe(error))
        }
        // A misspelt key ("alert" for "alerts") would silently drop what it names; under cron
        // nobody would notice, so it is an error.
        if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let unknown = object.keys.filter({ !ReportFile.keys.contains($0) }).sorted().first
        {
            throw .badReportFile(
                path: path, reason: "unknown key '\(unknown)' (known keys: \(ReportFile.keys.sorted().joined(separator: ", ")))")
        }
        var d = ReportDefinition()
        d.title = file.title
        d.series = file.series ?? []
        d.match = file.match
        d.transforms = try (file.transforms ?? []).map { (t) throws(ReportError) in try Self.transform(t) }
        d.from = try file.from.map { (p) throws(ReportError) in try Self.period(p, option: "from") }
        d.to = try file.to.map { (p) throws(ReportError) in try Self.period(p, option: "to") }
        d.format = try file.format.map { (f) throws(ReportError) in try Self.format(f) }
        if let out = file.out {
            d.out = out.hasPrefix("/") ? out : URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(out).path
        }
        d.alerts = try (file.alerts ?? []).map { (r) throws(ReportError) in try AlertRule(parsing: r) }
        d.allPeriods = file.all_periods ?? false
        d.asOf = try file.as_of.map { (t) throws(ReportError) in try Self.time(t) }
        d.language = try file.lang.map { (l) throws(ReportError) in try Self.language(l) } ?? .en
        d.quiet = file.quiet ?? false
        if let tolerance = file.tolerance { try d.setTolerance(tolerance) }
        return d
    }

    /// Sets ``tolerance``, refusing a value that is not a fraction from 0 to 1.
    public mutating func setTolerance(_ value: Double) throws(ReportError) {
        guard value.isFinite, value >= 0, value < 1 else {
            throw .badOption(name: "tolerance", value: DecimalText.format(value), reason: "must be a fraction from 0 up to 1, such as 0.05")
        }
        tolerance = value
    }

    /// Checks that the options go together.
    public func validate() throws(ReportError) {
        if let from, let to, to.end < from.start {
            throw .badOption(name: "to", value: to.description, reason: "is before from \(from)")
        }
    }

    // MARK: - Values from text, for the file and the command line

    /// A transform token (`lin`, `pc1`, …).
    public static func transform(_ text: String) throws(ReportError) -> Transform {
        guard let t = Transform(rawValue: text) else {
            throw .badOption(name: "transform", value: text, reason: "one of \(Transform.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return t
    }

    /// A period in canonical form.
    public static func period(_ text: String, option: String) throws(ReportError) -> Period {
        guard let p = Period(text) else {
            throw .badOption(name: option, value: text, reason: "not a period (2024, 2024-H1, 2024-Q3, 2024-03, 2025-11-06)")
        }
        return p
    }

    /// A format token.
    public static func format(_ text: String) throws(ReportError) -> ReportFormat {
        guard let f = ReportFormat(rawValue: text) else {
            throw .badOption(name: "format", value: text, reason: "one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return f
    }

    /// A language token.
    public static func language(_ text: String) throws(ReportError) -> ReportLanguage {
        guard let l = ReportLanguage(rawValue: text) else { throw .badOption(name: "lang", value: text, reason: "ru or en") }
        return l
    }

    /// A publication time (`2025-11-30`, an ISO 8601 instant).
    public static func time(_ text: String) throws(ReportError) -> PublicationTime {
        do { return try PublicationTime(parsing: text) } catch {
            throw .badOption(name: "as-of", value: text, reason: error.description)
        }
    }
}

/// The JSON shape of a report file (snake_case keys, as in econ's other data files).
private struct ReportFile: Decodable {
    static let keys: Set<String> = [
        "title", "series", "match", "transforms", "from", "to", "format", "out", "alerts", "all_periods", "as_of", "lang", "quiet",
        "tolerance",
    ]

    var title: String?
    var series: [String]?
    var match: String?
    var transforms: [String]?
    var from: String?
    var to: String?
    var format: String?
    var out: String?
    var alerts: [String]?
    var all_periods: Bool?
    var as_of: String?
    var lang: String?
    var quiet: Bool?
    var tolerance: Double?
}
