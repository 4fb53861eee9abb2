extension ConsistencyCheck {
    /// Periods where different sources' latest figures cannot all be true: exact figures that
    /// differ, or figures whose intervals (approximate ones widened by the tolerance) lie apart.
    public func sourceFindings(series: Series, revisions: [Observation]) -> [Finding] {
        var findings: [Finding] = []
        for group in Self.byPeriod(revisions) {
            var latest: [String: Observation] = [:]
            var order: [String] = []
            for r in group {
                let key = r.source ?? "(no source)"
                if latest[key] == nil { order.append(key) }
                latest[key] = r
            }
            let current = order.compactMap { key in latest[key].flatMap { $0.amount == nil ? nil : $0 } }
            guard current.count >= 2 else { continue }
            var conflict = false
            for (i, a) in current.enumerated() {
                for b in current[(i + 1)...] where conflicts(a, b) { conflict = true }
            }
            guard conflict, let period = current.first?.period else { continue }
            findings.append(
                Finding(
                    .conflictingSources, .certain, series: [series.code], periods: [period.description],
                    values: current.compactMap { $0.amount.map(Finding.text) }, sources: current.map { $0.source ?? "(no source)" },
                    message:
                        "\(series.code) \(period): sources disagree: "
                        + current.map { "\($0.amount.map(Finding.text) ?? "") (\($0.source ?? "no source"), published \($0.published))" }
                        .joined(separator: " vs ")))
        }
        return findings
    }

    /// Whether two figures cannot both be true.
    func conflicts(_ a: Observation, _ b: Observation) -> Bool {
        guard let x = a.amount, let y = b.amount else { return false }
        if x.qualifier == .exact && y.qualifier == .exact { return x.value != y.value }
        // The intervals must be apart: "more than 13" and "13" meet at 13, and a figure stated as
        // a round number is not taken to contradict a bound at that same number.
        let i = checkInterval(x)
        let j = checkInterval(y)
        return i.low.value > j.high.value || j.low.value > i.high.value
    }

    /// Revisions of one period that moved the figure by more than ``revisionThreshold`` percent
    /// of the earlier figure (retractions are skipped; each figure is compared with the one before it).
    /// Approximate figures are compared by their values here, not widened: "about 17" twice has not moved.
    public func revisionFindings(series: Series, revisions: [Observation]) -> [Finding] {
        var findings: [Finding] = []
        for group in Self.byPeriod(revisions) {
            let figures = group.filter { $0.amount != nil }
            for (old, new) in zip(figures, figures.dropFirst()) {
                guard let a = old.amount, let b = new.amount else { continue }
                let before = Interval(a)
                let after = Interval(b)
                guard let move = try? ((after - before) / before).scaled(by: 100) else {
                    // From exactly zero to anything else is an unbounded move.
                    if a.qualifier == .exact, a.value == 0, b.value != 0 || b.qualifier != .exact {
                        findings.append(revisionFinding(series, old, new, moveText: "from 0"))
                    }
                    continue
                }
                let truth = Truth.outside(move, limit: revisionThreshold)
                if let certainty = Self.certainty(truth, [before, after]) {
                    findings.append(revisionFinding(series, old, new, moveText: "by \(Finding.text(move)) %", certainty: certainty))
                }
            }
        }
        return findings
    }

    private func revisionFinding(
        _ series: Series, _ old: Observation, _ new: Observation, moveText: String, certainty: Finding.Certainty = .certain
    ) -> Finding {
        let values = [old.amount, new.amount].compactMap { $0.map(Finding.text) }
        return Finding(
            .largeRevision, certainty, series: [series.code], periods: [old.period.description], values: values,
            sources: [old.source ?? "(no source)", new.source ?? "(no source)"],
            message:
                "\(series.code) \(old.period) was revised \(moveText) (threshold \(DecimalText.format(revisionThreshold)) %): \(values.joined(separator: " → ")), published \(old.published) → \(new.published)"
        )
    }

    /// Revisions grouped by period, each group in revision order.
    static func byPeriod(_ revisions: [Observation]) -> [[Observation]] {
        var groups: [[Observation]] = []
        for r in revisions {
            if let last = groups.last?.last, last.period == r.period {
                groups[groups.count - 1].append(r)
            } else {
                groups.append([r])
            }
        }
        return groups
    }
}
