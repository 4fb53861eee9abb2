/// Finds economic figures in Russian (and Kazakh Russian-language) or English text.
///
/// ```swift
/// let published = try PublicationTime(parsing: "2025-11")
/// let result = Extractor().extract("Российский бизнес инвестировал более $26 млрд.", published: published)
/// result.figures[0].value      // 26_000_000_000
/// result.figures[0].unit       // "USD"
/// result.figures[0].qualifier  // .moreThan
/// print(result.json.rendered(pretty: true))
/// ```
///
/// The extractor is pure and never fails on text: any string, however odd, gives a (possibly empty)
/// result. Only bytes that are not UTF-8 are refused, by ``extract(utf8:published:)``.
/// Offsets are in Unicode scalars of the input.
public struct Extractor: Sendable {
    /// How numbers are written in the text (see ``ExtractionLanguage``).
    public var language: ExtractionLanguage

    public init(language: ExtractionLanguage = .russian) {
        self.language = language
    }

    /// Figures and trend annotations of `text`.
    ///
    /// - Parameter published: when the text was published. Relative periods ("в прошлом году"),
    ///   days and months without a year, and figures with no period of their own (levels "as of")
    ///   are resolved against it; without it they get a `nil` period.
    public func extract(_ text: String, published: PublicationTime?) -> Extraction {
        extract(scalars: Array(text.unicodeScalars), published: published)
    }

    /// Decodes UTF-8 bytes, then extracts.
    ///
    /// - Throws: ``TextDecodingError/invalidUTF8(byteOffset:)`` naming the first bad byte.
    public func extract(utf8 bytes: [UInt8], published: PublicationTime?) throws(TextDecodingError) -> Extraction {
        extract(try UTF8Input.decode(bytes), published: published)
    }

    private func extract(scalars: [Unicode.Scalar], published: PublicationTime?) -> Extraction {
        let date = DocumentDate(published)
        let assembler = FigureAssembler(periods: PeriodGrammar(date: date), date: date, language: language)
        var output = Extraction()
        var lineStart = 0
        var i = 0
        let n = scalars.count
        var named: Period? = nil
        var roundings: [Double] = []
        var carry = LineCarry()
        while i <= n {
            if i == n || CharacterClass.isLineBreak(scalars[i].value) {
                if i > lineStart {
                    extractLine(scalars, lineStart..<i, assembler, &output, named: &named, carry: &carry, roundings: &roundings)
                }
                lineStart = i + 1
            }
            i += 1
        }
        HeadlineRestatements.link(&output.figures, roundings: roundings, scalars: scalars)
        return output
    }

    /// What a line passes to the next: the period a paragraph's trade flows go on with, when the
    /// line was one sentence with figures (pages that put each sentence on a line of its own).
    private struct LineCarry {
        var continued: Period?
    }

    /// One line is one paragraph: a period carried from sentence to sentence stops at its end —
    /// unless the line is a single sentence with figures, whose flows' period goes on (`carry`).
    /// `named`, the last period the text named ("за отчетный период" means it), goes on across them.
    /// `roundings` gets each figure's rounding, in the order of `output.figures`.
    private func extractLine(
        _ scalars: [Unicode.Scalar], _ range: Range<Int>, _ assembler: FigureAssembler, _ output: inout Extraction,
        named: inout Period?, carry: inout LineCarry, roundings: inout [Double]
    ) {
        let tokens = Tokenizer.tokens(scalars, in: range)
        guard !tokens.isEmpty else { return }
        var carried: Period? = nil
        var continued = carry.continued
        var previousMoney: FigureDraft? = nil
        let sentences = SentenceSplitter.sentences(tokens).filter { !$0.isEmpty }
        let figuresBefore = output.figures.count
        // A line of one sentence that gave figures for a period: its flows' period goes on — not the
        // year still under way ("В 2014 году … уже увеличился на 10 %" in July: a level on the next
        // line may be last year's as well as this year's so far).
        defer {
            let goesOn = continued.flatMap { p in p.kind == .year(assembler.date?.year ?? Int.min) ? nil : p }
            carry = sentences.count == 1 && output.figures.count > figuresBefore ? LineCarry(continued: goesOn) : LineCarry()
        }
        for sentenceRange in sentences {
            let t = Array(tokens[sentenceRange])
            guard let first = t.first, let last = t.last else { continue }
            let result = assembler.assemble(t, carriedPeriod: carried, continued: continued, previousMoney: previousMoney, named: named)
            // "сейчас" ends what was said of a period before; a day is an event's, not a period's.
            if let last = result.mentions.last(where: { $0.role == .present || ($0.role == .reference && $0.period != nil) }) {
                continued = last.role == .present || last.period?.frequency == .daily ? nil : last.period
            }
            // A day ("6 ноября") is when something happened, not a period figures are reported for.
            named = result.mentions.last { $0.role == .reference && $0.period.map { $0.frequency != .daily } == true }?.period ?? named
            previousMoney = result.drafts.last { $0.unitKind == .money }
            output.sentences.append(first.start..<last.end)
            // Built only for a sentence that gives something: most give nothing.
            var sentenceText: String { Self.text(scalars, first.start..<last.end) }
            if result.drafts.isEmpty {
                let references = result.mentions.filter { $0.role == .reference }
                if TrendCues.statesTrend(t.lazy.filter(\.isWord).map(\.text)) {
                    output.annotations.append(
                        ExtractedAnnotation(
                            text: sentenceText, start: first.start, end: last.end, period: references.first?.period,
                            indicator: t.lazy.compactMap { $0.isWord ? Indicators.forWord($0.text) : nil }.first))
                    carried = nil
                } else {
                    carried = references.last(where: { $0.period != nil })?.period
                }
                continue
            }
            carried = nil
            let base = output.figures.count
            let text = sentenceText
            for d in result.drafts {
                output.figures.append(figure(d, t, scalars, base: base, sentence: text, first.start..<last.end))
                roundings.append(d.roundingHalf)
            }
        }
    }

    private func figure(
        _ d: FigureDraft, _ t: [Token], _ scalars: [Unicode.Scalar], base: Int, sentence: String, _ sentenceRange: Range<Int>
    ) -> ExtractedFigure {
        var lastToken = min(d.end, t.count) - 1
        while lastToken > d.start, t[lastToken].kind == .symbol, Self.trailingTrim.contains(t[lastToken].text) {
            lastToken -= 1
        }
        let start = t[min(d.start, t.count - 1)].start
        let end = max(start, t[max(lastToken, 0)].end)
        var low = d.low
        var high = d.high
        switch d.qualifier {
        case .moreThan, .atLeast: low = d.value
        case .lessThan, .atMost: high = d.value
        case .exact, .approx: (low, high) = (nil, nil)
        case .range: break
        }
        var partOf = d.partOf.map { base + $0 }
        if d.partOfPreviousSentence, base > 0 { partOf = base - 1 }
        return ExtractedFigure(
            surface: Self.text(scalars, start..<end), start: start, end: end, sentence: sentence,
            sentenceStart: sentenceRange.lowerBound, sentenceEnd: sentenceRange.upperBound,
            value: d.qualifier == .range ? nil : d.value, low: low, high: high, unit: d.unit, qualifier: d.qualifier,
            period: d.period, indicator: d.indicator, partOf: partOf, sameAs: d.sameAs.map { base + $0 },
            isTarget: d.isTarget, periodFromText: d.periodFromText)
    }

    private static let trailingTrim: Set<Word> = [".", ",", ";", ":", "!", "?", "…", "-", "–", "—", "−"]

    /// The text of `scalars[range]`, encoded to UTF-8 in one pass (appending scalars to a
    /// `String.UnicodeScalarView` one by one took a tenth of extraction).
    private static func text(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        let range = range.clamped(to: 0..<scalars.count)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count * 2)
        for scalar in scalars[range] { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }
}
