/// The flat records econ prints for observations, their reports and trend results: the same
/// fields, in the same order, from the CLI (`econ show`, `econ trend`) and from the HTTP API.
extension Observation {
    /// The record's columns; `retracted` only when listing revisions.
    public static func recordColumns(revisions: Bool) -> [String] {
        [
            "series", "period", "value", "unit", "qualifier", "low", "high", "published", "recorded_at", "source", "note", "document",
            "sentence", "start", "end",
        ]
            + (revisions ? ["retracted"] : [])
    }

    /// The observation as a record of ``recordColumns(revisions:)``.
    public func record(unit: String, revisions: Bool) -> [(String, RecordField)] {
        var record: [(String, RecordField)] = [
            ("series", .text(series)), ("period", .text(period.description)), ("value", .number(amount?.value)),
            ("unit", .text(unit)), ("qualifier", .text(amount?.qualifier.rawValue)), ("low", .number(amount?.low)),
            ("high", .number(amount?.high)), ("published", .text(published)), ("recorded_at", .text(recordedAt)),
            ("source", .text(source)), ("note", .text(note)), ("document", .text(document)), ("sentence", .text(sentence)),
            ("start", .integer(start)), ("end", .integer(end)),
        ]
        if revisions { record.append(("retracted", .bool(isRetraction))) }
        return record
    }
}

extension ObservationSource {
    public static let recordColumns = [
        "series", "period", "first", "published", "source", "title", "url", "document", "sentence", "start", "end",
    ]

    public var record: [(String, RecordField)] {
        [
            ("series", .text(series)), ("period", .text(period.description)), ("first", .bool(isFirst)),
            ("published", .text(published)), ("source", .text(source)), ("title", .text(title)), ("url", .text(url)),
            ("document", .text(document)), ("sentence", .text(sentence)), ("start", .integer(start)), ("end", .integer(end)),
        ]
    }
}

extension TrendRecord {
    /// The record of ``columns``.
    public var record: [(String, RecordField)] {
        [
            ("series", .text(series)), ("period", .text(period)), ("transform", .text(transform)),
            ("value", .number(value.value)), ("qualifier", .text(value.qualifierText.isEmpty ? nil : value.qualifierText)),
            ("low", .number(value.low)), ("high", .number(value.high)), ("note", .text(value.note)),
        ]
    }
}
