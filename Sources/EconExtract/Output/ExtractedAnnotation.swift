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

    /// An annotation from its parts.
    public init(text: String, start: Int, end: Int, period: Period?, indicator: String? = nil) {
        self.text = text
        self.start = start
        self.end = end
        self.period = period
        self.indicator = indicator
    }

    /// `{"text", "start", "end", "period", "indicator"}` in that order.
    public var json: JSONValue {
        .object([
            ("text", .string(text)), ("start", .integer(start)), ("end", .integer(end)),
            ("period", .string(period?.description)), ("indicator", .string(indicator)),
        ])
    }
}
