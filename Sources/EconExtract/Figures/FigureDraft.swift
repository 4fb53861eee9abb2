/// A figure found in one sentence, with token positions; ``Extractor`` turns it into an
/// ``ExtractedFigure`` with scalar offsets and resolved links.
struct FigureDraft: Sendable {
    /// Token range of the surface text.
    var start: Int
    var end: Int
    /// Token range of the numbers themselves, for measuring distances to periods and indicators.
    var coreStart: Int
    var coreEnd: Int
    var value: Double?
    var low: Double?
    var high: Double?
    var qualifier: Qualifier
    var unit: String
    var unitKind: UnitMatch.Kind
    var scale: Double?
    var isTarget = false
    /// Index of another draft of the same sentence.
    var sameAs: Int?
    var partOf: Int?
    /// "Из них" at the start of a sentence: part of the last figure of the previous sentence.
    var partOfPreviousSentence = false
    var period: Period?
    /// Whether `period` came from the text (not from the publication date).
    var periodFromText = false
    var indicator: String?
    /// Half a unit of the last digit written (see ``Quantity/roundingHalf``); 0 for a range.
    var roundingHalf: Double = 0
}
