/// Russian month names in every case ("январь", "января", "январе") and English month names and
/// abbreviations, by month number: one list for the extractor's dates and the classifier's readers
/// ("5 июня" in a dateline, "по сравнению с декабрем", "in May" naming no party). "May" is a month
/// only where ``PeriodGrammar`` sees a date around it.
public enum MonthNames {
    private static let english: [Word: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5, "june": 6,
        "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10,
        "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    private static let stems: [(Word, Int)] = [
        ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("июн", 6), ("июл", 7), ("август", 8),
        ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12),
    ]

    /// The month (1…12) a lower-cased word names ("декабрем", "december", "dec"), or `nil`.
    public static func month(_ word: String) -> Int? { month(Word(word)) }

    /// The month a word names, or `nil`.
    static func month(_ word: Word) -> Int? {
        if let m = english[word] { return m }
        let count = word.unicodeScalars.count
        guard count >= 3, count <= 9 else { return nil }
        if word == "май" || word == "мая" || word == "мае" || word == "маю" || word == "маем" { return 5 }
        for (stem, m) in stems where word.hasPrefix(stem) {
            // "мартовский", "августовский" are adjectives, not dates.
            if word.hasSuffix("ский") || word.hasSuffix("ского") || word.hasSuffix("ских") { return nil }
            return m
        }
        return nil
    }
}
