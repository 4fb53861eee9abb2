/// Decides which series each figure of an article belongs to, by the rules — or sends it to review.
///
/// For each figure it finds the indicator (the counted noun itself, else the nearest indicator word
/// before the figure in its sentence, else after it), the areas named in the sentence and, with
/// less weight, earlier in the paragraph (a word after "в"/"на" is the counterpart), and whether it
/// is a stock or a flow (a whole with parts, an as-of figure or a stock cue such as "накопленные"
/// make a stock; a period written in the text or a flow cue such as "за год" make a flow). The
/// series rule that fits best and alone wins; no fit, or a tie, sends the figure to review with the
/// reason. Nothing is guessed silently.
public struct Classifier: Sendable {
    public let rules: ClassificationRules
    private let areaPatterns: [(String, WordPattern)]
    private let indicatorPatterns: [(String, WordPattern)]
    private let stockCues: [WordPattern]
    private let flowCues: [WordPattern]

    public init(rules: ClassificationRules) {
        self.rules = rules
        areaPatterns = rules.areas.flatMap { area in area.patterns.map { (area.code, WordPattern($0)) } }
        indicatorPatterns = rules.indicators.flatMap { indicator in indicator.patterns.map { (indicator.name, WordPattern($0)) } }
        stockCues = rules.stockCues.map(WordPattern.init)
        flowCues = rules.flowCues.map(WordPattern.init)
    }

    /// Where a figure goes.
    public enum Decision: Sendable, Equatable {
        case series(String)
        /// No rule fits, or several fit equally: a person decides (`econ review`).
        case review(reason: String)
        /// The same amount restated in another unit (`same_as`); the main figure is stored.
        case restatement(of: Int)
    }

    /// One decision per figure of `extraction`; `text` is the whole document (for paragraph context).
    public func classify(_ extraction: Extraction, text: String) -> [Decision] {
        let scalars = Array(text.unicodeScalars)
        var indicators: [String?] = []
        var decisions: [Decision] = []
        for (i, figure) in extraction.figures.enumerated() {
            let (indicator, decision) = classify(
                figure, index: i, in: extraction, scalars: scalars,
                wholeIndicator: figure.partOf.flatMap { $0 < indicators.count ? indicators[$0] : nil })
            indicators.append(indicator)
            decisions.append(decision)
        }
        return decisions
    }

    /// The series an annotation belongs to: that of the nearest classified figure before it (for a
    /// stock that accumulates a flow, the flow), when the annotation's period fits it.
    public func series(for annotation: ExtractedAnnotation, figures: [ExtractedFigure], decisions: [Decision]) -> String? {
        guard let period = annotation.period else { return nil }
        for (figure, decision) in zip(figures, decisions).reversed() where figure.start < annotation.start {
            guard case .series(let code) = decision, let rule = rules.series.first(where: { $0.series.code == code }) else { continue }
            let target = rule.series.accumulates.flatMap { flow in rules.series.first { $0.series.code == flow } } ?? rule
            return period.fits(target.series.frequency) ? target.series.code : nil
        }
        return nil
    }

    private struct Mention {
        var area: String
        var inSentence: Bool
        var isTarget: Bool
    }

    private func classify(
        _ figure: ExtractedFigure, index: Int, in extraction: Extraction, scalars: [Unicode.Scalar], wholeIndicator: String?
    ) -> (String?, Decision) {
        if let same = figure.sameAs { return (nil, .restatement(of: same)) }
        guard let period = figure.period else {
            return (nil, .review(reason: "no period: the text gives none and the document has no date (use --published)"))
        }
        let sentence = SentenceWords(figure.sentence)
        let position = figure.start - figure.sentenceStart
        let endPosition = figure.end - figure.sentenceStart
        guard
            let indicator = rules.unitIndicators[figure.unit] ?? nearestIndicator(sentence, before: position, after: endPosition)
                ?? wholeIndicator
                ?? figure.indicator.flatMap({ name in rules.indicators.contains { $0.name == name } ? name : nil })
        else {
            return (nil, .review(reason: "no indicator word near the figure (\(rules.indicators.map(\.name).joined(separator: ", ")))"))
        }
        let mentions =
            areaMentions(sentence, inSentence: true) + areaMentions(SentenceWords(paragraphBefore(figure, scalars)), inSentence: false)
        let measure = measureHint(figure, index: index, in: extraction, sentence: sentence)

        var scored: [(rule: ClassificationRules.SeriesRule, score: Double)] = []
        for rule in rules.series where rule.indicator == indicator && rule.unit == figure.unit && period.fits(rule.series.frequency) {
            guard let area = best(rule.area, mentions), let counterpart = best(rule.counterpart, mentions) else { continue }
            var score = weight(area) + weight(counterpart)
            if rule.bilateral != true {
                if area.isTarget { score -= 1.5 }
                if counterpart.isTarget { score += 1 }
            }
            if rule.series.frequency != .irregular { score += 0.5 }
            if let measure { score += rule.series.measure == measure ? 1 : -1 }
            scored.append((rule, score))
        }
        guard let top = scored.max(by: { $0.score < $1.score }) else {
            let areas = Set(mentions.map(\.area)).sorted().joined(separator: ", ")
            return (
                indicator,
                .review(
                    reason:
                        "no rule for \(indicator) in \(figure.unit) between \(areas.isEmpty ? "no named areas" : areas) for period \(period)"
                )
            )
        }
        let ties = scored.filter { $0.score == top.score }
        if ties.count > 1 {
            return (indicator, .review(reason: "ambiguous: \(ties.map(\.rule.series.code).joined(separator: " or "))"))
        }
        return (indicator, .series(top.rule.series.code))
    }

    private func weight(_ mention: Mention) -> Double { mention.inSentence ? 2 : 1 }

    /// The strongest mention of `area`: in the sentence before the paragraph, as subject before target.
    private func best(_ area: String, _ mentions: [Mention]) -> Mention? {
        mentions.filter { $0.area == area }.max { a, b in
            (a.inSentence ? 2 : 0) + (a.isTarget ? 0 : 1) < (b.inSentence ? 2 : 0) + (b.isTarget ? 0 : 1)
        }
    }

    private func nearestIndicator(_ sentence: SentenceWords, before position: Int, after end: Int) -> String? {
        var before: (Int, String)?
        var after: (Int, String)?
        for (name, pattern) in indicatorPatterns {
            for offset in sentence.matches(pattern) {
                let closestBefore = before?.0 ?? -1
                let closestAfter = after?.0 ?? Int.max
                if (offset < position) && (offset > closestBefore) { before = (offset, name) }
                if (offset >= end) && (offset < closestAfter) { after = (offset, name) }
            }
        }
        return before?.1 ?? after?.1
    }

    private func areaMentions(_ words: SentenceWords, inSentence: Bool) -> [Mention] {
        var mentions: [Mention] = []
        for (code, pattern) in areaPatterns {
            for offset in words.matches(pattern) {
                var isTarget = false
                if let i = words.wordIndex(at: offset), i > 0 {
                    let previous = String(String.UnicodeScalarView(words.words[i - 1].text))
                    isTarget = rules.targetPrepositions.contains(previous)
                }
                mentions.append(Mention(area: code, inSentence: inSentence, isTarget: isTarget))
            }
        }
        return mentions
    }

    /// The paragraph's text before the figure's sentence (context for areas).
    private func paragraphBefore(_ figure: ExtractedFigure, _ scalars: [Unicode.Scalar]) -> String {
        let end = min(max(figure.sentenceStart, 0), scalars.count)
        var start = end
        while start > 0, scalars[start - 1] != "\n", scalars[start - 1] != "\r" { start -= 1 }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    private func measureHint(_ figure: ExtractedFigure, index: Int, in extraction: Extraction, sentence: SentenceWords) -> Measure? {
        if extraction.figures.contains(where: { $0.partOf == index }) { return .stock }
        if stockCues.contains(where: { !sentence.matches($0).isEmpty }) { return .stock }
        if flowCues.contains(where: { !sentence.matches($0).isEmpty }) { return .flow }
        if !figure.periodFromText { return .stock }
        if let period = figure.period, period.frequency != .daily { return .flow }
        return nil
    }
}
