/// Renders a ``TrendReport`` in a ``ReportFormat``. The same report and format give the same text,
/// byte for byte: nothing depends on the clock, the locale or hash order.
public enum ReportRenderer {
    /// The report in `format`.
    public static func render(_ report: TrendReport, as format: ReportFormat) -> String {
        switch format {
        case .text: TextReport.render(report)
        case .markdown: MarkdownReport.render(report)
        case .json: JSONReport.render(report)
        case .csv: CSVReport.render(report)
        case .html: HTMLReport.render(report)
        }
    }
}
