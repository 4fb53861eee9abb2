/// A figure's sentence, read once: its words and scalars, where the figure is, and its clause.
struct FigureSentence {
    let words: SentenceWords
    let scalars: [Unicode.Scalar]
    /// The figure's offsets in the sentence.
    let start: Int
    let end: Int
    /// The figure's clause: from just after the last `, ; : — – ( )` before the figure to the first after it.
    let clauseStart: Int
    let clauseEnd: Int

    /// `, ; : — – ( )`: a switch, not a set — it is asked of every scalar around every figure.
    static func isClauseBreak(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ",", ";", ":", "—", "–", "(", ")": true
        default: false
        }
    }

    init(_ figure: ExtractedFigure) {
        self.init(figure, words: SentenceWords(figure.sentence), scalars: Array(figure.sentence.unicodeScalars))
    }

    /// The figure in its sentence's words and scalars, read once for all its figures.
    init(_ figure: ExtractedFigure, words: SentenceWords, scalars: [Unicode.Scalar]) {
        self.words = words
        self.scalars = scalars
        start = min(max(figure.start - figure.sentenceStart, 0), scalars.count)
        end = min(max(figure.end - figure.sentenceStart, start), scalars.count)
        (clauseStart, clauseEnd) = Self.clause(around: start..<end, in: scalars)
    }

    /// The clause holding `range`: from just after the last break before it to the first break after
    /// it. A comma between digits ("в 3,8 раза") is a decimal comma, not a break.
    static func clause(around range: Range<Int>, in scalars: [Unicode.Scalar]) -> (start: Int, end: Int) {
        func isBreak(_ i: Int) -> Bool { Self.isBreak(at: i, in: scalars, brackets: true) }
        var from = range.lowerBound
        while from > 0, !isBreak(from - 1) { from -= 1 }
        var to = range.upperBound
        while to < scalars.count, !isBreak(to) { to += 1 }
        return (from, to)
    }

    /// Whether the scalar at `i` ends a clause: `, ; : — –` (and brackets, when `brackets`), but not
    /// a comma between digits ("3,8") nor a dash between two words ("январь–апрель").
    static func isBreak(at i: Int, in scalars: [Unicode.Scalar], brackets: Bool) -> Bool {
        guard isClauseBreak(scalars[i]), brackets || (scalars[i] != "(" && scalars[i] != ")") else { return false }
        let decimal =
            scalars[i] == "," && i > 0 && i + 1 < scalars.count
            && scalars[i - 1].properties.numericType != nil && scalars[i + 1].properties.numericType != nil
        let range =
            (scalars[i] == "–" || scalars[i] == "—") && i > 0 && i + 1 < scalars.count
            && SentenceWords.isWordScalar(scalars[i - 1]) && SentenceWords.isWordScalar(scalars[i + 1])
        return !decimal && !range
    }

    /// Whether the scalar at `i` of the sentence ends a clause (see ``isBreak(at:in:brackets:)``).
    func breaksClause(at i: Int, brackets: Bool) -> Bool { Self.isBreak(at: i, in: scalars, brackets: brackets) }

    /// The clause holding the words at `offset..<end`.
    func clause(around offset: Int, to end: Int) -> (start: Int, end: Int) {
        Self.clause(around: min(offset, scalars.count)..<min(max(end, offset), scalars.count), in: scalars)
    }

    /// The words in brackets right after `offset` ("1,759 млрд долларов (ненефтяная торговля)"), or none.
    func bracketedWords(after offset: Int) -> SentenceWords {
        guard let r = bracket(after: offset) else { return SentenceWords(words: []) }
        return words(from: r.lowerBound + 1, to: r.upperBound - 1)
    }

    /// Where what follows `offset` goes on past brackets right after it ("US$50 billion **(Rp 700
    /// trillion)** by 2025"): just past their ")", else `offset`.
    func pastBrackets(after offset: Int) -> Int { bracket(after: offset)?.upperBound ?? offset }

    /// Brackets opening right after `offset` (past spaces), both included, up to the sentence's end.
    private func bracket(after offset: Int) -> Range<Int>? {
        var i = offset
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\u{00A0}" { i += 1 }
        guard i < scalars.count, scalars[i] == "(" else { return nil }
        var close = i + 1
        while close < scalars.count, scalars[close] != ")" { close += 1 }
        return i..<min(close + 1, scalars.count)
    }

    /// The spans of brackets that open and close before the figure ("во внешнем обороте Украины
    /// **(экспорт и импорт товаров и услуг)** составила 12,9 %"), brackets included.
    var bracketsClosedBefore: [Range<Int>] {
        var closed: [Range<Int>] = []
        var open: Int?
        for i in 0..<start {
            if scalars[i] == "(" {
                open = i
            } else if scalars[i] == ")", let o = open {
                closed.append(o..<i + 1)
                open = nil
            }
        }
        return closed
    }

    /// Where the bracket holding the figure opens ("Germany (more than $173.6 million, up 97.7%)"),
    /// or `nil` when the figure is in none.
    var openingBracket: Int? {
        var i = start - 1
        while i >= 0 {
            if scalars[i] == ")" { return nil }
            if scalars[i] == "(" { return i }
            i -= 1
        }
        return nil
    }

    /// Whether a bracket holding a number opens right after `offset`, past spaces ("Италия ($87,6 млн").
    func amountInBrackets(after offset: Int) -> Bool {
        guard bracketOpens(after: offset) else { return false }
        var i = offset
        while i < scalars.count, scalars[i] != "(" { i += 1 }
        while i < scalars.count, scalars[i] != ")" {
            if SentenceWords.isDigit(scalars[i]) { return true }
            i += 1
        }
        return false
    }

    /// Whether a bracket opens right after `offset`, past spaces ("Италия (…").
    func bracketOpens(after offset: Int) -> Bool {
        var i = offset
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\u{00A0}" { i += 1 }
        return i < scalars.count && scalars[i] == "("
    }

    /// Where the words a goal word before the figure may govern begin: after the last "…, а",
    /// "…, но", "…, однако", "…, but", "…, whereas" or ";" before it, else at the sentence's start.
    func contrastStart(before offset: Int) -> Int {
        var start = 0
        var previous: SentenceWords.Word?
        for word in words.words where word.end <= offset {
            // What stands between the two words ("19 %, тогда как …": the comma after a sign).
            if let previous {
                let between = scalars[min(previous.end, scalars.count)..<min(max(word.start, previous.end), scalars.count)]
                if between.contains(";") || (between.contains(",") && Self.contrasts.contains(word.text)) { start = word.start }
            }
            previous = word
        }
        return start
    }

    /// Whether a "+" stands right before the figure ("(+2,2 %)"): the extractor keeps a minus in the
    /// figure's surface and value, a plus outside them.
    var plusBefore: Bool { start > 0 && scalars[start - 1] == "+" }

    private static let contrasts: Set<[Unicode.Scalar]> = Set(
        ["а", "но", "однако", "тогда", "but", "whereas", "while", "however"].map { Array($0.unicodeScalars) })

    /// Whether the figure's clause starts with an area, going on a list begun before the break
    /// ("России, **Казахстана** и Китая"), so that it is no clause of its own.
    func clauseGoesOnAnEnumeration(_ mentions: [RoledMention]) -> Bool {
        let firstWord = words.words.first { $0.start >= clauseStart }?.start
        return clauseStart > 0 && mentions.contains { $0.mention.start == firstWord }
    }

    /// The words lying within `from..<to`.
    func words(from: Int, to: Int) -> SentenceWords {
        SentenceWords(words: words.words.filter { $0.start >= from && $0.end <= to })
    }

    /// Where the words that name the figure's areas begin: three words before its indicator, when
    /// the indicator comes before the figure; `nil` (the whole sentence) otherwise.
    func scopeStart(indicatorAt offset: Int?) -> Int? {
        guard let offset, offset < start, let i = words.wordIndex(at: offset) else { return nil }
        return words.words[max(0, i - 3)].start
    }
}
