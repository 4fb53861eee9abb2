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
    /// `roundings[k]` is half a unit of the last digit figure `k` is written with.
    static func link(_ figures: inout [ExtractedFigure], roundings: [Double], scalars: [Unicode.Scalar]) {
        guard let headline = headlineEnd(scalars) else { return }
        let inHeadline = figures.indices.filter { figures[$0].end <= headline }
        guard !inHeadline.isEmpty, inHeadline.count < figures.count else { return }
        var taken = Set<Int>()
        for h in inHeadline where figures[h].sameAs == nil && figures[h].partOf == nil {
            let admitted = figures.indices.filter { b in
                figures[b].start > headline && !taken.contains(b) && figures[b].sameAs == nil
                    && restates(figures[h], figures[b], rounding: h < roundings.count ? roundings[h] : 0)
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
    /// headline's rounding (±`rounding`) or bound admits.
    static func restates(_ h: ExtractedFigure, _ b: ExtractedFigure, rounding half: Double) -> Bool {
        guard h.unit == b.unit, let kind = h.indicator, kind == b.indicator, h.isTarget == b.isTarget,
            !h.periodFromText || h.period == b.period,
            let hv = h.value, let bv = b.value, hv > 0
        else { return false }
        switch h.qualifier {
        case .exact: return abs(bv - hv) <= half * 1.000_001
        case .approx: return abs(bv - hv) <= max(half, hv * 0.1)
        case .moreThan, .atLeast: return bv >= hv - half && bv <= hv * 1.1
        case .lessThan, .atMost: return bv <= hv + half && bv >= hv * 0.9
        case .range: return false
        }
    }
}
