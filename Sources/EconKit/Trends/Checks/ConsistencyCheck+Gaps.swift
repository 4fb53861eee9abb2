extension ConsistencyCheck {
    /// Runs of missing periods between the first and last figure of a fixed-frequency series, one
    /// finding per run. Irregular series have no expected periods and give none.
    public func gapFindings(series: Series, figures: [DatedAmount]) -> [Finding] {
        guard series.frequency != .irregular else { return [] }
        var findings: [Finding] = []
        for (a, b) in zip(figures, figures.dropFirst()) {
            guard let x = a.period.ordinal, let y = b.period.ordinal, y - x > 1,
                let first = a.period.advanced(by: 1), let last = b.period.advanced(by: -1)
            else { continue }
            let count = y - x - 1
            let missing = count == 1 ? "\(first)" : "\(first)–\(last) (\(count) periods)"
            findings.append(
                Finding(
                    .gap, .certain, series: [series.code],
                    periods: count == 1 ? [first.description] : [first.description, last.description],
                    values: [],
                    message: "\(series.code) has no figure for \(missing), between \(a.period) and \(b.period)"))
        }
        return findings
    }
}
