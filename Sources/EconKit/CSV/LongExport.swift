extension Store {
    /// The columns of a long export without titles or scale: one row per current observation.
    public static let longExportColumns = [
        "series", "period", "value", "unit", "qualifier", "low", "high", "note", "source", "document", "published", "recorded_at",
    ]

    /// Writes the current figures of `codes` (every series when empty) as a long CSV with
    /// ``CSVDialect/standard``: series by series (named order, else code order), periods in order.
    /// Memory holds one series at a time.
    ///
    /// - Throws: ``SeriesError/unknown(_:)`` for a code not in the store, before anything is written.
    public func exportLong(_ codes: [String] = [], asOf: PublicationTime? = nil, to sink: OutputSink) throws {
        try export(SeriesSelection(codes: codes), options: ExportOptions(layout: .long, asOf: asOf), to: sink)
    }
}
