/// What the English grammar needs to know about common words.
enum EnglishWords {
    /// Words that never stand between a number and the noun it counts ("175 joint industrial
    /// projects" has two modifiers; "5 billion in projects", "10 years of projects" have none).
    private static let notModifiers: Set<Word> = [
        "the", "and", "for", "with", "from", "into", "that", "this", "these", "those", "were", "was", "are", "have", "has", "had",
        "will", "would", "which", "who", "whom", "than", "over", "under", "more", "less", "about", "year", "years", "month", "months",
        "day", "days", "week", "weeks", "times", "worth", "each", "per", "out", "its", "their", "his", "her", "our", "your", "they",
        "been", "being", "also", "not", "but", "all", "other", "what", "when", "where", "while", "some", "any", "can",
        "could", "should", "may", "might", "must", "shall", "did", "does", "only", "just", "still", "yet", "between", "among",
        "against", "during", "since", "until", "after", "before", "above", "below", "across", "through", "via", "including",
        "percent", "people", "yoy", "compared", "versus", "respectively", "then", "there", "here", "both", "either",
    ]

    /// Whether a word may modify a counted noun after a number: a Latin word of three letters or
    /// more that is not a function word, a verb form of "be"/"have", or a time unit.
    static func mayModifyNoun(_ word: Word) -> Bool {
        guard word.byteCount >= 3, word.unicodeScalars.allSatisfy({ $0.isASCII }) else { return false }
        return !notModifiers.contains(word) && !word.hasSuffix("ly")
    }

    /// Verbs and nouns of change: "rose by 5 %", "increased to $30 billion".
    private static let changeStems: [Word] = [
        "rose", "rise", "risen", "rising", "grew", "grow", "grown", "increas", "decreas", "declin", "fell", "fall", "drop",
        "reach", "climb", "jump", "surg", "expand", "boost", "rais", "reduc", "cut", "slash", "shrank", "shrink", "contract",
        "bring", "brought", "lift", "push", "doubl", "tripl", "soar", "plung", "slid", "slump", "narrow", "widen", "hike",
        "lower", "accelerat", "slow", "edg", "gain", "ramp",
    ]
    /// Words of intention: a level they aim at is a target.
    private static let targetStems: [Word] = [
        "plan", "aim", "target", "expect", "intend", "goal", "forecast", "project", "will", "seek", "hope", "envisag", "set to",
        "objective", "ambition", "strive", "want",
    ]

    static func isChange(_ w: Word) -> Bool { changeStems.contains { w.hasPrefix($0) } }
    static func isTarget(_ w: Word) -> Bool { targetStems.contains { w.hasPrefix($0) } }

    /// Words that show a count of people is about work or population.
    static func isEmployment(_ w: Word) -> Bool {
        ["employ", "job", "work", "labo", "staff", "hire", "hiring", "unemploy", "payroll", "personnel", "population", "recruit"]
            .contains { w.hasPrefix(Word($0)) }
    }

    /// Verbs a goal reaches for after "to": "is to reach $30 billion", "plans to double exports to …".
    private static let goalVerbs: Set<Word> = [
        "reach", "hit", "achieve", "exceed", "bring", "increase", "raise", "boost", "double", "triple", "attract", "create", "invest",
    ]
    /// Words of a forecast or plan that make the figure after them a goal, not a figure reached.
    private static let goalWords: Set<Word> = [
        "plan", "plans", "planned", "aim", "aims", "aimed", "target", "targets", "targeted", "goal", "expect", "expects", "expected",
        "forecast", "forecasts", "projected", "will", "seek", "seeks", "intend", "intends", "envisage", "envisages",
    ]

    /// Whether an English figure starting at token `start` is a goal: a goal word, or "to" and a
    /// goal verb, among the six words before it, in its clause.
    static func aimsAt(_ t: [Token], before start: Int) -> Bool {
        var k = start - 1
        var seen = 0
        while k >= 0, seen < 6 {
            let w = t[k].text
            if w == "," || w == ";" || w == ":" { return false }
            if t[k].kind == .word {
                guard w.unicodeScalars.first?.isASCII == true else { return false }
                if goalWords.contains(w) { return true }
                if goalVerbs.contains(w), k > 0, t[k - 1].text == "to" { return true }
                seen += 1
            }
            k -= 1
        }
        return false
    }
}
