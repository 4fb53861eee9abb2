/// The JSON report, for programs: every result at full precision (the records of `econ trend
/// --format json`), each series' metadata, and the alert findings.
///
/// ```json
/// {"title": …, "as_of": null, "last_published": "2025-11-12", "store": "econ.sqlite",
///  "transforms": ["lin", "pc1"],
///  "series": [{"code": …, "title": …, "unit": …, "measure": …, "frequency": …, "source": …,
///              "skipped": [{"transform": "pc1", "reason": …}],
///              "records": [{"series", "period", "transform", "value", "qualifier", "low", "high", "note"}]}],
///  "alerts": {"rules": [...], "fired": true,
///             "findings": [{"certainty": "certain", "rule", "series", "period", "transform", "value", "qualifier", "low", "high", "note"}],
///             "not_checked": [{"rule", "series", "period", "reason"}]}}
/// ```
public enum JSONReport {
    /// The report as pretty-printed JSON (keys in a fixed order, numbers in shortest form).
    public static func render(_ report: TrendReport) -> String {
        let d = report.definition
        let labels = ReportLabels(d.language)
        let series: [JSONValue] = report.sections.map { section in
            let s = section.series
            return .object([
                ("code", .string(s.code)), ("title", .string(labels.title(of: s))), ("unit", .string(s.unit)),
                ("measure", .string(s.measure.rawValue)), ("frequency", .string(s.frequency.rawValue)), ("source", .string(s.source)),
                (
                    "skipped",
                    .array(
                        section.skipped.map { .object([("transform", .string($0.transform.rawValue)), ("reason", .string($0.reason))]) })
                ),
                ("records", .array(section.trends.flatMap(\.records).map(record))),
            ])
        }
        let findings: [JSONValue] = report.findings.map { f in
            .object(
                [("certainty", .string(f.certainty.rawValue)), ("rule", .string(f.rule.description))]
                    + fields(series: f.series, period: f.period.description, transform: f.rule.transform.rawValue, value: f.value))
        }
        let notChecked: [JSONValue] = report.unevaluated.map { u in
            .object([
                ("rule", .string(u.rule.description)), ("series", .string(u.series)), ("period", .string(u.period?.description)),
                ("reason", .string(u.reason)),
            ])
        }
        let root = JSONValue.object([
            ("title", .string(d.title ?? labels.defaultTitle)), ("lang", .string(d.language.rawValue)),
            ("as_of", .string(d.asOf?.description)), ("last_published", .string(report.lastPublished)),
            ("store", .string(report.storeName)),
            ("from", .string(d.from?.description)), ("to", .string(d.to?.description)),
            ("transforms", .array(d.effectiveTransforms.map { .string($0.rawValue) })),
            ("series", .array(series)),
            (
                "alerts",
                .object([
                    ("rules", .array(d.alerts.map { .string($0.description) })), ("all_periods", .bool(d.allPeriods)),
                    ("tolerance", .number(d.tolerance)), ("fired", .bool(report.fires)), ("findings", .array(findings)),
                    ("not_checked", .array(notChecked)),
                ])
            ),
        ])
        return root.rendered(pretty: true) + "\n"
    }

    static func record(_ r: TrendRecord) -> JSONValue {
        .object(fields(series: r.series, period: r.period, transform: r.transform, value: r.value))
    }

    static func fields(series: String, period: String, transform: String, value v: TrendValue) -> [(String, JSONValue)] {
        [
            ("series", .string(series)), ("period", .string(period)), ("transform", .string(transform)), ("value", .number(v.value)),
            ("qualifier", .string(v.qualifierText.isEmpty ? nil : v.qualifierText)), ("low", .number(v.low)), ("high", .number(v.high)),
            ("note", .string(v.note)),
        ]
    }
}
