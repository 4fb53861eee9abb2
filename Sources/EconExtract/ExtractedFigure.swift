/// One economic figure found in a text, normalized.
///
/// Offsets (`start`, `end`, `sentenceStart`, `sentenceEnd`) count Unicode scalars (code points) of
/// the input from 0; `end` is exclusive. In Swift, `Array(text.unicodeScalars)[start..<end]` is the
/// surface; in Python, `text[start:end]`.
public struct ExtractedFigure: Sendable, Equatable {
    /// The exact text of the figure, qualifier and unit included, trailing punctuation and dashes trimmed:
    /// `более $17 млрд`, `свыше 64 тыс. рабочих мест`.
    public var surface: String
    public var start: Int
    public var end: Int
    /// The sentence the figure is in, and its offsets.
    public var sentence: String
    public var sentenceStart: Int
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
    public var qualifier: Qualifier
    /// The period the figure refers to; for a level with no period in the text, the publication
    /// date (as of). `nil` when the text's period is relative and there is no publication date.
    public var period: Period?
    /// A coarse kind (`investment`, `trade_turnover`, `projects`, `jobs`…), or `nil`.
    public var indicator: String?
    /// Index in ``Extraction/figures`` of the whole this figure is part of ("из них").
    public var partOf: Int?
    /// Index in ``Extraction/figures`` of the figure this one restates in brackets.
    public var sameAs: Int?
    /// Whether the figure is a goal ("довести до $30 млрд"), not an achieved value.
    public var isTarget: Bool
    /// Whether `period` was read from the text rather than taken from the publication date.
    public var periodFromText: Bool

    /// The figure as a JSON object with the keys, in order: `surface, start, end, sentence, value,
    /// low, high, unit, qualifier, period, indicator, part_of, same_as`, then `sentence_start`,
    /// `sentence_end`, `target`, `period_from_text`.
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

/// A qualitative statement about a trend ("динамика указывает на продолжение позитивного тренда
/// в 2025 году"), kept with its sentence and period rather than as a number.
public struct ExtractedAnnotation: Sendable, Equatable {
    /// The sentence text.
    public var text: String
    /// Offsets of the sentence in Unicode scalars, `end` exclusive.
    public var start: Int
    public var end: Int
    /// The period the statement is about, or `nil`.
    public var period: Period?
    /// A coarse indicator the statement is about, or `nil`.
    public var indicator: String?

    /// `{"text", "start", "end", "period", "indicator"}` in that order.
    public var json: JSONValue {
        .object([
            ("text", .string(text)), ("start", .integer(start)), ("end", .integer(end)),
            ("period", .string(period?.description)), ("indicator", .string(indicator)),
        ])
    }
}

/// Everything found in one text.
public struct Extraction: Sendable, Equatable {
    /// Figures in the order they appear.
    public var figures: [ExtractedFigure]
    /// Trend statements in the order they appear.
    public var annotations: [ExtractedAnnotation]

    public init(figures: [ExtractedFigure] = [], annotations: [ExtractedAnnotation] = []) {
        self.figures = figures
        self.annotations = annotations
    }

    /// `{"figures": [...], "annotations": [...]}`; render it with ``JSONValue/rendered(pretty:)``.
    public var json: JSONValue {
        .object([("figures", .array(figures.map(\.json))), ("annotations", .array(annotations.map(\.json)))])
    }
}
