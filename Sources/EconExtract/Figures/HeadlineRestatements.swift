/// "Товарооборот между Россией и Ираном вырос более чем на 35%" over a body that says "за первые
/// восемь месяцев … вырос на 36,4%": a headline gives, rounded and often without its period, a
/// figure the body states in full. Such a headline figure is `same_as` the body's, so that one
/// figure stays one figure: the body's carries the period and the context, and the headline's
/// rounding never becomes a second value for the same period.
enum HeadlineRestatements {
    /// The longest first line, in scalars, that can be a headline.
    static let longestHeadline = 250

    /// Links each headline figure to the body figure it restates: the nearest in value among those
    /// the headline admits, and none when those admitted are of different periods (the headline
    /// could be either).
    static func link(_ figures: inout [ExtractedFigure], scalars: [Unicode.Scalar]) {
        guard let headline = headlineEnd(scalars) else { return }
        let inHeadline = figures.indices.filter { figures[$0].end <= headline }
        guard !inHeadline.isEmpty, inHeadline.count < figures.count else { return }
        var taken = Set<Int>()
        for h in inHeadline where figures[h].sameAs == nil && figures[h].partOf == nil {
            let admitted = figures.indices.filter { b in
                figures[b].start > headline && !taken.contains(b) && figures[b].sameAs == nil && restates(figures[h], figures[b])
            }
            guard Set(admitted.map { figures[$0].period }).count == 1, let value = figures[h].value,
                let body = admitted.min(by: { abs((figures[$0].value ?? 0) - value) < abs((figures[$1].value ?? 0) - value) })
            else { continue }
            figures[h].sameAs = body
            taken.insert(body)
        }
    }

    /// Where the headline ends: the text's first line, when it reads as one — short, and not ended
    /// like a sentence of the body (headlines carry no final full stop); else `nil`.
    static func headlineEnd(_ scalars: [Unicode.Scalar]) -> Int? {
        var start = 0
        while start < scalars.count, scalars[start].properties.isWhitespace { start += 1 }
        var end = start
        while end < scalars.count, !CharacterClass.isLineBreak(scalars[end].value) { end += 1 }
        guard end < scalars.count, end - start <= longestHeadline else { return nil }
        var last = end
        while last > start, scalars[last - 1].properties.isWhitespace { last -= 1 }
        guard last > start, !sentenceEnds.contains(scalars[last - 1]) else { return nil }
        return end
    }

    private static let sentenceEnds: Set<Unicode.Scalar> = [".", "…", ":", ";"]

    /// Whether the headline's figure `h` can be the body's figure `b` told again: the same unit and
    /// kind, the same period unless the headline gives none, the same aim, and a value that the
    /// headline's rounding or bound admits.
    static func restates(_ h: ExtractedFigure, _ b: ExtractedFigure) -> Bool {
        guard h.unit == b.unit, let kind = h.indicator, kind == b.indicator, h.isTarget == b.isTarget,
            !h.periodFromText || h.period == b.period,
            let hv = h.value, let bv = b.value, hv > 0
        else { return false }
        let half = roundingHalf(of: h)
        switch h.qualifier {
        case .exact: return abs(bv - hv) <= half * 1.000_001
        case .approx: return abs(bv - hv) <= max(half, hv * 0.1)
        case .moreThan, .atLeast: return bv >= hv - half && bv <= hv * 1.1
        case .lessThan, .atMost: return bv <= hv + half && bv >= hv * 0.9
        case .range: return false
        }
    }

    /// Half a unit of the last digit the figure is written with, in base units: "$1,9 млрд" is
    /// ±$50 mn, "13%" ±0.5. A figure spelled in words has no rounding to admit.
    static func roundingHalf(of figure: ExtractedFigure) -> Double {
        guard let value = figure.value else { return 0 }
        // The written number: from the first digit, digits and separators ("1 400", "10,366").
        let scalars = Array(figure.surface.unicodeScalars)
        guard let first = scalars.firstIndex(where: { ("0"..."9").contains($0) }) else { return 0 }
        var run = scalars[first...].prefix { ("0"..."9").contains($0) || numberInside.contains($0) }
        while let last = run.last, !("0"..."9").contains(last) { run = run.dropLast() }
        // The last "," or "." is read as the decimal separator ("10,366"). For an English thousands
        // separator ("1,400" read as 1.4) the half unit still comes out right, because it is scaled
        // by value / written (1400 / 1.4): ±0.5.
        let separators = run.indices.filter { run[$0] == "," || run[$0] == "." }
        var integer = ""
        var fraction = ""
        for k in run.indices where ("0"..."9").contains(run[k]) {
            if let last = separators.last, k > last {
                fraction.unicodeScalars.append(run[k])
            } else {
                integer.unicodeScalars.append(run[k])
            }
        }
        guard let written = Double(fraction.isEmpty ? integer : integer + "." + fraction), written > 0 else { return 0 }
        var unit = 1.0
        for _ in fraction.unicodeScalars { unit /= 10 }
        return 0.5 * unit * value / written
    }

    private static let numberInside: Set<Unicode.Scalar> = [",", ".", " ", "\u{00A0}", "\u{202F}"]
}
