/// One economic figure found in a text, normalized.
///
/// Offsets (`start`, `end`, `sentenceStart`, `sentenceEnd`) count Unicode scalars (code points) of
/// the input from 0; `end` is exclusive. In Swift, `Array(text.unicodeScalars)[start..<end]` is the
/// surface; in Python, `text[start:end]`.
public struct ExtractedFigure: Sendable, Equatable {
    /// The exact text of the figure, qualifier and unit included, trailing punctuation and dashes trimmed:
    /// `более $17 млрд`, `свыше 64 тыс. рабочих мест`.
    public var surface: String
    /// Offset of the surface's first scalar.
    public var start: Int
    /// Offset just past the surface's last scalar.
    public var end: Int
    /// The sentence the figure is in, and its offsets.
    public var sentence: String
    /// Offset of the sentence's first scalar.
    public var sentenceStart: Int
    /// Offset just past the sentence's last scalar.
    public var sentenceEnd: Int
    /// The value in base units (26 bn is `26_000_000_000`; 7,5 % is `7.5`); `nil` for a range.
    public var value: Double?
    /// The lower end for ranges and `more-than`/`at-least` bounds.
    public var low: Double?
    /// The upper end for ranges and `less-than`/`at-most` bounds.
    public var high: Double?
    /// ISO 4217 code for money (`USD`, `KZT`), `percent`, `pp` (percentage points), or the counted
    /// thing (`projects`, `jobs`, `agreements`, `companies`, `enterprises`, `people`, `t`, `barrels`, `m3`, `ha`…).
    public var unit: String
    /// How the figure relates to the true value; see ``Qualifier`` and ``Amount`` for `low`/`high`.
    public var qualifier: Qualifier
    /// The period the figure refers to; for a level with no period in the text, the publication
    /// date (as of). `nil` when the text's period is relative and there is no publication date.
    public var period: Period?
    /// A coarse kind (`investment`, `trade_turnover`, `projects`, `jobs`…), or `nil`.
    public var indicator: String?
    /// Index in ``Extraction/figures`` of the whole this figure is part of ("из них").
    public var partOf: Int?
    /// Index in ``Extraction/figures`` of the figure this one restates: the figure before, for one
    /// in brackets ("2,1 трлн тенге ($6,1 млрд)"); a figure of the body, for a headline's.
    public var sameAs: Int?
    /// Whether the figure is a goal ("довести до $30 млрд"), not an achieved value.
    public var isTarget: Bool
    /// Whether `period` was read from the text rather than taken from the publication date.
    public var periodFromText: Bool

    /// A figure from its parts; `low`/`high` must follow the qualifier as ``Amount`` documents.
    public init(
        surface: String, start: Int, end: Int, sentence: String, sentenceStart: Int, sentenceEnd: Int, value: Double?,
        low: Double?, high: Double?, unit: String, qualifier: Qualifier, period: Period?, indicator: String? = nil,
        partOf: Int? = nil, sameAs: Int? = nil, isTarget: Bool = false, periodFromText: Bool = false
    ) {
        self.surface = surface
        self.start = start
        self.end = end
        self.sentence = sentence
        self.sentenceStart = sentenceStart
        self.sentenceEnd = sentenceEnd
        self.value = value
        self.low = low
        self.high = high
        self.unit = unit
        self.qualifier = qualifier
        self.period = period
        self.indicator = indicator
        self.partOf = partOf
        self.sameAs = sameAs
        self.isTarget = isTarget
        self.periodFromText = periodFromText
    }

    /// The figure as a JSON object with the keys, in order: `surface, start, end, sentence, value,
    /// low, high, unit, qualifier, period, indicator, part_of, same_as`, then `sentence_start`,
    /// `sentence_end`, `target`, `period_from_text`. `part_of` and `same_as` are indices into the
    /// extraction's figures: `same_as` points back for a restatement in brackets and forward for a
    /// headline's figure that the body restates.
    public var json: JSONValue {
        .object([
            ("surface", .string(surface)), ("start", .integer(start)), ("end", .integer(end)),
            ("sentence", .string(sentence)), ("value", .number(value)), ("low", .number(low)),
            ("high", .number(high)), ("unit", .string(unit)), ("qualifier", .string(qualifier.rawValue)),
            ("period", .string(period?.description)), ("indicator", .string(indicator)),
            ("part_of", .integer(partOf)), ("same_as", .integer(sameAs)),
            ("sentence_start", .integer(sentenceStart)), ("sentence_end", .integer(sentenceEnd)),
            ("target", .bool(isTarget)), ("period_from_text", .bool(periodFromText)),
        ])
    }
}
