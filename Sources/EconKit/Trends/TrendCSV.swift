/// Writes trend results as long CSV (``TrendRecord/columns``), byte for byte as ``CSVWriter``
/// would, but fast enough for every series of a large store: the series code and label are
/// escaped once per series, and numbers skip the general formatter when Swift's shortest form
/// already is econ's.
public struct TrendCSV {
    private let writer = CSVWriter()

    /// A writer with econ's CSV conventions (comma, `\n`, formula guard).
    public init() {}

    /// The header line.
    public var header: String { writer.header(TrendRecord.columns) }

    /// Writes every record of `trend`.
    public func write(_ trend: SeriesTrend, to sink: OutputSink) throws(OutputError) {
        let prefix = Array((writer.field(trend.series.code) + ",").utf8)
        let label = Array(("," + writer.field(trend.label) + ",").utf8)
        var line: [UInt8] = []
        line.reserveCapacity(128)
        for point in trend.points {
            line.removeAll(keepingCapacity: true)
            line += prefix
            line += point.period.description.utf8
            line += label
            append(point.value, to: &line)
            try sink.write(bytes: line)
        }
        for record in trend.summaryRecords { try sink.write(writer.row(Self.cells(record))) }
    }

    /// The cells of a record, in column order.
    public static func cells(_ r: TrendRecord) -> [CSVWriter.Cell] {
        [
            .text(r.series), .text(r.period), .text(r.transform), .number(r.value.value), .text(r.value.qualifierText),
            .number(r.value.low), .number(r.value.high), .text(r.value.note),
        ]
    }

    /// `value,qualifier,low,high,note` and the line ending.
    private func append(_ value: TrendValue, to line: inout [UInt8]) {
        let comma = UInt8(ascii: ",")
        Self.append(value.value, to: &line)
        line.append(comma)
        // Qualifier tokens are letters, `-` and a space: never quoted, never formula-like.
        line += value.qualifierText.utf8
        line.append(comma)
        Self.append(value.low, to: &line)
        line.append(comma)
        Self.append(value.high, to: &line)
        line.append(comma)
        if let note = value.note { line += writer.field(note).utf8 }
        line += writer.lineEnding.utf8
    }

    /// A number in ``DecimalText/format(_:)``'s form.
    static func append(_ x: Double?, to line: inout [UInt8]) {
        guard let x else { return }
        guard x.isFinite, x != 0 else {
            line += DecimalText.format(x).utf8
            return
        }
        // Without an exponent, Swift's shortest form is econ's, except for a trailing ".0".
        let text = x.description.utf8
        if text.contains(UInt8(ascii: "e")) {
            line += DecimalText.format(x).utf8
        } else if text.count > 2, text.last == UInt8(ascii: "0"), text.dropLast().last == UInt8(ascii: ".") {
            line += text.dropLast(2)
        } else {
            line += text
        }
    }
}
