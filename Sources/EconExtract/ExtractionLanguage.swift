/// The language a text is read in. Both share one lexicon (Russian and English words do not
/// collide: they are written in different scripts); what differs is how numbers are written.
public enum ExtractionLanguage: String, Sendable, CaseIterable {
    /// Russian (and Kazakh Russian-language) news: `1 250`, `56,6`; a comma before three digits is
    /// a decimal when a scale word follows (`$3,337 млрд`).
    case russian = "ru"
    /// English news: `1,250`, `56.6`; a comma between digits always groups thousands (`1,250 million`).
    case english = "en"
}
