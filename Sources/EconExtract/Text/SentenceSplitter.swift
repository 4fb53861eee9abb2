/// Finds sentence boundaries among the tokens of one line.
///
/// A line break always ends a sentence (callers split lines first). Inside a line a sentence ends
/// at `!`, `?`, `…`, or at a full stop followed by a capitalized word, a quote or a dash, unless the
/// stop closes an abbreviation that never ends a sentence (`г.`, `т.`, initials). News texts also
/// glue sentences without a space (`треке.В`), which is accepted after an ordinary lowercase word.
struct SentenceSplitter {
    /// Abbreviations after which a full stop does not end the sentence even before a capital.
    private static let abbreviations: Set<Word> = [
        "г", "гг", "т", "тт", "им", "ул", "д", "стр", "ст", "см", "рис", "проф", "акад", "пр", "ок", "прим",
        "ред", "напр", "просп", "обл", "р-н", "пос", "с", "ср", "англ", "рус", "каз", "тел", "вкл", "искл",
        "mr", "mrs", "ms", "dr", "prof", "gen", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "no", "vs", "approx", "est", "govt", "st", "jr", "sr", "dept", "incl",
    ]

    private static let closers: Set<Word> = ["»", "\"", "”", "“", ")", "’", "'"]
    private static let openers: Set<Word> = ["«", "\"", "„", "“", "(", "—", "–", "-", "'"]

    /// The most tokens a sentence may have. Real sentences are far shorter; text without any
    /// punctuation (tables, lists glued together) is cut here so that the work per sentence, which
    /// compares figures with periods and words, stays bounded.
    static let maximumLength = 400

    /// Token index ranges of the sentences, in order, covering every token.
    static func sentences(_ tokens: [Token]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var begin = 0
        var k = 0
        let n = tokens.count
        while k < n {
            if k - begin >= maximumLength {
                out.append(begin..<k)
                begin = k
            }
            let t = tokens[k]
            if t.kind == .symbol, let endAfter = boundary(at: k, tokens) {
                out.append(begin..<endAfter)
                begin = endAfter
                k = endAfter
                continue
            }
            k += 1
        }
        if begin < n { out.append(begin..<n) }
        return out
    }

    /// If token `k` ends a sentence, the index just past the sentence (closing quotes included).
    private static func boundary(at k: Int, _ tokens: [Token]) -> Int? {
        let t = tokens[k]
        let text = t.text
        let isStop = text == "."
        guard isStop || text == "!" || text == "?" || text == "…" else { return nil }
        var after = k + 1
        // A run of terminators (`?!`, `...`) and closing quotes stays with the sentence.
        while after < tokens.count, tokens[after].kind == .symbol, tokens[after].gap == 0,
            tokens[after].text == "." || tokens[after].text == "!" || tokens[after].text == "?"
                || tokens[after].text == "…" || closers.contains(tokens[after].text)
        {
            after += 1
        }
        guard after < tokens.count else { return nil }
        let next = tokens[after]
        if isStop && after == k + 1 {
            guard k > 0 else { return nil }
            let previous = tokens[k - 1]
            if previous.kind == .word && previous.gap >= 0 && tokens[k].gap == 0 {
                if abbreviations.contains(previous.text) { return nil }
                // "198,4 млн. долл. США (экспорт …": the currency's country, not a new sentence.
                if previous.text == "долл" || previous.text == "дол", next.text == "сша" { return nil }
                if previous.text.unicodeScalars.count == 1 { return nil }
            }
            if previous.kind == .number && next.kind == .number && next.gap == 0 { return nil }
            if next.gap == 0 {
                // `треке.В`: only an ordinary lowercase word glued to a capitalized one.
                guard previous.kind == .word, !previous.capitalized, previous.text.unicodeScalars.count >= 3,
                    next.kind == .word, next.capitalized
                else { return nil }
                return after
            }
        } else if next.gap == 0 && !(next.kind == .word && next.capitalized) {
            return nil
        }
        if next.kind == .word { return next.capitalized ? after : nil }
        if next.kind == .number {
            // "… in 2024. 175 joint projects …": after a year or an ordinary word a number may start
            // a sentence; after an abbreviation ("млрд. 5", "т. 5") it does not.
            guard isStop, k > 0 else { return isStop ? nil : after }
            let previous = tokens[k - 1]
            if previous.kind == .number, previous.text.utf8.count == 4, (1900...2100).contains(previous.text.int ?? 0) { return after }
            if previous.kind == .word, previous.text.unicodeScalars.count >= 4, !abbreviations.contains(previous.text),
                previous.text.unicodeScalars.first?.isASCII == true
            {
                return after
            }
            return nil
        }
        return openers.contains(next.text) ? after : nil
    }
}
