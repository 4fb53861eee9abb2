/// The CSV report: every result of every series and transformation as long CSV, the columns and
/// bytes of `econ trend --format csv` (``TrendRecord/columns``), at full precision. Alert findings
/// are not rows of it; the command prints them.
public enum CSVReport {
    /// The report as CSV (comma, `\n`, header first).
    public static func render(_ report: TrendReport) -> String {
        let writer = CSVWriter()
        var out = writer.header(TrendRecord.columns)
        for section in report.sections {
            for trend in section.trends {
                for record in trend.records { out += writer.row(TrendCSV.cells(record)) }
            }
        }
        return out
    }
}
