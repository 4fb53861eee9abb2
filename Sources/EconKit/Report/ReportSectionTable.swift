/// A section's results laid out for people: a row per period (every period any transformation has
/// a result for, in order), a column per transformation, cells rounded in the series' scale; plus
/// the notes and the sparklines. Text, Markdown and HTML all show this same table.
public struct ReportSectionTable: Sendable {
    /// Column headers after the period column.
    public var headers: [String]
    /// The transformation of each column.
    public var transforms: [Transform]
    /// The periods, in order.
    public var periods: [Period]
    /// `cells[row][column]`: the rounded cell text (`≈4`, `>26`, `–` when missing).
    public var cells: [[String]]
    /// The results behind the cells (`nil` where a transformation has no row for the period).
    public var values: [[TrendValue?]]
    /// One sparkline per column.
    public var sparklines: [String]
    /// Notes: `2022 pc1: gap: no value for 2021`, with period labels in the report's language.
    public var notes: [String]
    /// The scale of values in the series' unit.
    public var scale: ExportScale

    /// Lays out `section`.
    public init(_ section: TrendReport.Section, labels: ReportLabels) {
        let trends = section.trends
        let levelValues = trends.filter { (Transform(rawValue: $0.label) ?? .lin).resultUnit == nil }
            .flatMap { $0.points.map(\.value) }
        let scale = ReportNumber.scale(for: levelValues)
        let transforms = trends.map { Transform(rawValue: $0.label) ?? .lin }
        self.scale = scale
        self.transforms = transforms
        headers = transforms.map { labels.header($0, scale: scale, unit: section.series.unit) }
        var all: Set<Period> = []
        var byTrend: [[Period: TrendValue]] = []
        for trend in trends {
            var map: [Period: TrendValue] = [:]
            for p in trend.points {
                map[p.period] = p.value
                all.insert(p.period)
            }
            byTrend.append(map)
        }
        periods = all.sorted()
        var cells: [[String]] = []
        var values: [[TrendValue?]] = []
        var notes: [String] = []
        for p in periods {
            var row: [String] = []
            var valueRow: [TrendValue?] = []
            for (i, map) in byTrend.enumerated() {
                let v = map[p]
                valueRow.append(v)
                guard let v else {
                    row.append("")
                    continue
                }
                let t = transforms[i]
                row.append(ReportNumber.cell(v, t.resultUnit == nil ? scale : .units))
                if let note = v.note { notes.append("\(labels.label(p)) \(t.rawValue): \(labels.note(note))") }
            }
            cells.append(row)
            values.append(valueRow)
        }
        self.cells = cells
        self.values = values
        self.notes = notes + section.skipped.map { labels.notShown($0.transform) }
        sparklines = trends.map { Sparkline.line($0.points, frequency: section.series.frequency) }
    }
}
