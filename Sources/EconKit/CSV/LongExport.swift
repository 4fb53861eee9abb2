extension Store {
    /// The columns of a long export: one row per current observation.
    public static let longExportColumns = [
        "series", "period", "value", "unit", "qualifier", "low", "high", "note", "source", "document", "published", "recorded_at",
    ]

    /// Writes the current figures of `codes` (every series when empty) as a long CSV, series by
    /// series in code order, periods in order. Memory holds one series at a time.
    ///
    /// - Throws: ``SeriesError/unknown(_:)`` for a code not in the store, before anything is written.
    public func exportLong(_ codes: [String] = [], asOf: PublicationTime? = nil, writer: CSVWriter = CSVWriter(), to sink: OutputSink)
        throws
    {
        let series =
            try codes.isEmpty
            ? allSeries()
            : codes.map { code in
                guard let found = try self.series(code) else { throw SeriesError.unknown(code) }
                return found
            }
        try sink.write(writer.header(Self.longExportColumns))
        for s in series {
            for o in try observations(s.code, asOf: asOf) {
                try sink.write(
                    writer.row([
                        .text(s.code), .text(o.period.description), .number(o.amount?.value), .text(s.unit),
                        .text(o.amount?.qualifier.rawValue), .number(o.amount?.low), .number(o.amount?.high), .text(o.note),
                        .text(o.source), .text(o.document), .text(o.published), .text(o.recordedAt),
                    ]))
            }
        }
    }
}
