/// A time expression found in a sentence.
struct PeriodMention: Sendable {
    enum Role: Sendable {
        /// The period figures near it refer to.
        case reference
        /// A point of comparison ("годом ранее", "аналогичным периодом"): never a figure's period.
        case comparison
        /// A target date ("к 2030 году", "до 2028 года").
        case deadline
        /// Now ("в настоящее время", "сейчас", "на сегодняшний день"): a level as of publication, as
        /// if no period were named, but no period said earlier goes on past it.
        case present
    }

    /// Token range in the sentence.
    var start: Int
    var end: Int
    /// `nil` when relative and the document has no date, or for a span of days.
    var period: Period?
    var role: Role
}
