/// Words that make a sentence without numbers a statement about a trend worth keeping as an
/// annotation: "динамика указывает на продолжение позитивного тренда в 2025 году".
enum TrendCues {
    /// Nouns and verbs that talk about a trend or a change.
    private static let trendStems: [Word] = [
        "тренд", "динамик", "тенденци", "рост", "растет", "растут", "вырос", "выраст", "снижен", "снизил", "сниж",
        "сокращ", "сократил", "увеличен", "увеличил", "увеличива", "падени", "упал", "замедлен", "замедлил",
        "ускорен", "ускорил", "восстановлен",
        "trend", "dynamic", "growth", "grow", "declin", "decreas", "increas", "slowdown", "recover",
    ]
    /// Words that give a trend its direction or say it goes on.
    private static let directionStems: [Word] = [
        "позитивн", "негативн", "положительн", "отрицательн", "продолжен", "продолжа", "устойчив", "стабильн",
        "рекордн", "значительн", "заметн", "уверенн", "сохран", "ускор", "замедл",
        "positive", "negative", "continu", "steady", "stable", "sustain", "record", "significant", "strong", "robust",
        "accelerat", "slow",
    ]

    /// Whether the words of a sentence (normalized) state a trend: a trend word and a direction word,
    /// both present.
    static func statesTrend(_ words: [Word]) -> Bool {
        var trend = false
        var direction = false
        // Cyrillic letters take two bytes: four letters or more in either script.
        for w in words where w.utf8.count >= 8 || (w.utf8.count >= 4 && w.unicodeScalars.first?.isASCII == true) {
            if !trend, trendStems.contains(where: { w.hasPrefix($0) }) { trend = true }
            if !direction, directionStems.contains(where: { w.hasPrefix($0) }) { direction = true }
            if trend && direction { return true }
        }
        return false
    }
}
