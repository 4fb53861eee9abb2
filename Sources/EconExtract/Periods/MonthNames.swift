/// Russian month names in every case ("январь", "января", "январе"), by month number.
enum MonthNames {
    private static let stems: [(Word, Int)] = [
        ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("июн", 6), ("июл", 7), ("август", 8),
        ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12),
    ]

    /// The month a word names, or `nil`.
    static func month(_ word: Word) -> Int? {
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
