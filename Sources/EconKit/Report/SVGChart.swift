import Foundation

/// An inline SVG chart of one series' results over time: axes with labelled ticks, a line through
/// the values that breaks at gaps, and each figure's qualifier drawn.
///
/// | result | mark |
/// |---|---|
/// | exact | a filled dot |
/// | approximate ("about") | a filled dot with a whisker of ± the report's tolerance |
/// | more than / at least | an open dot with an arrow up |
/// | less than / at most | an open dot with an arrow down |
/// | range | a bar from low to high with caps |
/// | missing or undetermined | nothing: the line breaks |
///
/// The line joins neighbouring periods only (for an irregular series, neighbouring figures);
/// segments that touch a bound or a range are dashed. The markup is XML-compatible and has no
/// external references.
public struct SVGChart: Sendable {
    /// The drawing's size in pixels.
    public var width = 720.0
    public var height = 260.0
    private let left = 64.0
    private let right = 20.0
    private let top = 28.0
    private let bottom = 34.0

    /// A chart with the default size.
    public init() {}

    /// One point to draw: where, and what it says.
    struct Mark {
        var day: Double
        var value: TrendValue
        var ordinal: Int?
        var label: String
    }

    /// The SVG element for `points` (already in the unit and scale the axis shows); `title` is the
    /// axis caption, `tolerance` the half-width of an "about" whisker as a fraction; `notes` adds a
    /// line to a period's tooltip (who reported it).
    public func render(
        _ points: [TrendPoint], frequency: Frequency, caption: String, tolerance: Double, labels: ReportLabels, description: String,
        notes: [Period: String] = [:]
    ) -> String {
        let marks = points.map { p in
            Mark(
                day: Double(p.period.start.daysSinceEpoch + p.period.end.daysSinceEpoch + 1) / 2, value: p.value,
                ordinal: frequency.periodsPerYear == nil ? nil : p.period.ordinal,
                label: "\(labels.label(p.period)): \(TrendTable.cell(p.value))" + (notes[p.period].map { "\n" + $0 } ?? ""))
        }
        var out =
            "<svg class=\"chart\" role=\"img\" width=\"\(n(width))\" height=\"\(n(height))\" viewBox=\"0 0 \(n(width)) \(n(height))\">"
        out += "<title>" + HTMLText.escape(description) + "</title>"
        out += "<text class=\"caption\" x=\"\(n(left))\" y=\"14\">" + HTMLText.escape(caption) + "</text>"
        var ys: [Double] = []
        for m in marks {
            guard let i = m.value.interval else { continue }
            if m.value.qualifier == nil { continue }
            for x in [i.low.value, i.high.value] where x.isFinite { ys.append(x) }
            if m.value.approximate, let x = ReportNumber.plotted(m.value) { ys += [x - abs(x) * tolerance, x + abs(x) * tolerance] }
        }
        guard let yLow = ys.min(), let yHigh = ys.max(), let dFirst = marks.map(\.day).min(), let dLast = marks.map(\.day).max() else {
            out += "<text class=\"empty\" x=\"\(n(width / 2))\" y=\"\(n(height / 2))\" text-anchor=\"middle\">"
            out += HTMLText.escape(labels.noFigures) + "</text></svg>"
            return out
        }
        // Levels start from zero when they are all on one side of it, so heights compare honestly.
        let yTicks = ChartAxis.valueTicks(low: min(yLow, 0), high: max(yHigh, 0))
        let y0 = yTicks.first?.value ?? yLow
        let y1 = yTicks.last?.value ?? yHigh
        let pad = max((dLast - dFirst) * 0.04, 20)
        let d0 = dFirst - pad
        let d1 = dLast + pad
        let plotW = width - left - right
        let plotH = height - top - bottom
        func x(_ day: Double) -> Double { left + (day - d0) / (d1 - d0) * plotW }
        func y(_ v: Double) -> Double { top + plotH - (v - y0) / (y1 - y0 == 0 ? 1 : y1 - y0) * plotH }

        // Grid and value ticks.
        for t in yTicks {
            let py = y(t.value)
            out +=
                "<line class=\"\(t.value == 0 ? "zero" : "grid")\" x1=\"\(n(left))\" y1=\"\(n(py))\" x2=\"\(n(width - right))\" y2=\"\(n(py))\"/>"
            out += "<text class=\"tick\" x=\"\(n(left - 6))\" y=\"\(n(py + 4))\" text-anchor=\"end\">\(HTMLText.escape(t.label))</text>"
        }
        // Time axis.
        let axisY = top + plotH
        out += "<line class=\"axis\" x1=\"\(n(left))\" y1=\"\(n(axisY))\" x2=\"\(n(width - right))\" y2=\"\(n(axisY))\"/>"
        out += "<line class=\"axis\" x1=\"\(n(left))\" y1=\"\(n(top))\" x2=\"\(n(left))\" y2=\"\(n(axisY))\"/>"
        for t in ChartAxis.timeTicks(first: d0, last: d1, labels: labels, yearsCentred: frequency == .annual) {
            let px = x(t.value)
            out += "<line class=\"axis\" x1=\"\(n(px))\" y1=\"\(n(axisY))\" x2=\"\(n(px))\" y2=\"\(n(axisY + 5))\"/>"
            out += "<text class=\"tick\" x=\"\(n(px))\" y=\"\(n(axisY + 18))\" text-anchor=\"middle\">\(HTMLText.escape(t.label))</text>"
        }
        out += line(marks, x: x, y: y)
        for m in marks { out += mark(m, x: x, y: y, tolerance: tolerance) }
        return out + "</svg>"
    }

    /// The line: segments between neighbours that both have a value; dashed when a bound or range touches.
    private func line(_ marks: [Mark], x: (Double) -> Double, y: (Double) -> Double) -> String {
        var out = ""
        for (a, b) in zip(marks, marks.dropFirst()) {
            guard let va = ReportNumber.plotted(a.value), let vb = ReportNumber.plotted(b.value) else { continue }
            if let oa = a.ordinal, let ob = b.ordinal, ob - oa != 1 { continue }
            let firm = [a.value, b.value].allSatisfy { $0.qualifier == .exact || $0.qualifier == .approx }
            out +=
                "<line class=\"\(firm ? "series" : "series bound")\" x1=\"\(n(x(a.day)))\" y1=\"\(n(y(va)))\" x2=\"\(n(x(b.day)))\" y2=\"\(n(y(vb)))\"/>"
        }
        return out
    }

    /// The marker of one result, with its text as a tooltip.
    private func mark(_ m: Mark, x: (Double) -> Double, y: (Double) -> Double, tolerance: Double) -> String {
        guard let q = m.value.qualifier, let v = ReportNumber.plotted(m.value) else { return "" }
        let px = x(m.day)
        let py = y(v)
        var out = "<g class=\"mark\"><title>" + HTMLText.escape(m.label) + "</title>"
        switch q {
        case .exact, .approx:
            if m.value.approximate {
                let top = y(v + abs(v) * tolerance)
                let bottom = y(v - abs(v) * tolerance)
                out += "<line class=\"whisker\" x1=\"\(n(px))\" y1=\"\(n(top))\" x2=\"\(n(px))\" y2=\"\(n(bottom))\"/>"
                out += "<line class=\"whisker\" x1=\"\(n(px - 4))\" y1=\"\(n(top))\" x2=\"\(n(px + 4))\" y2=\"\(n(top))\"/>"
                out += "<line class=\"whisker\" x1=\"\(n(px - 4))\" y1=\"\(n(bottom))\" x2=\"\(n(px + 4))\" y2=\"\(n(bottom))\"/>"
            }
            out += "<circle class=\"dot\" cx=\"\(n(px))\" cy=\"\(n(py))\" r=\"3.5\"/>"
        case .moreThan, .atLeast, .lessThan, .atMost:
            let up = q == .moreThan || q == .atLeast
            let tip = up ? py - 18 : py + 18
            let head = up ? tip + 6 : tip - 6
            out += "<line class=\"arrow\" x1=\"\(n(px))\" y1=\"\(n(up ? py - 4 : py + 4))\" x2=\"\(n(px))\" y2=\"\(n(tip))\"/>"
            out += "<polygon class=\"arrowhead\" points=\"\(n(px - 4)),\(n(head)) \(n(px + 4)),\(n(head)) \(n(px)),\(n(tip))\"/>"
            out += "<circle class=\"open\" cx=\"\(n(px))\" cy=\"\(n(py))\" r=\"4\"/>"
        case .range:
            let top = y(m.value.high ?? v)
            let bottom = y(m.value.low ?? v)
            out += "<line class=\"range\" x1=\"\(n(px))\" y1=\"\(n(top))\" x2=\"\(n(px))\" y2=\"\(n(bottom))\"/>"
            out += "<line class=\"range\" x1=\"\(n(px - 5))\" y1=\"\(n(top))\" x2=\"\(n(px + 5))\" y2=\"\(n(top))\"/>"
            out += "<line class=\"range\" x1=\"\(n(px - 5))\" y1=\"\(n(bottom))\" x2=\"\(n(px + 5))\" y2=\"\(n(bottom))\"/>"
        }
        return out + "</g>"
    }

    /// A coordinate with one decimal, in econ's fixed number form.
    private func n(_ v: Double) -> String { DecimalText.format((v * 10).rounded() / 10) }
}
