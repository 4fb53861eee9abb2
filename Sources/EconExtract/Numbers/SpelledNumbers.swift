/// Numbers written in words: "десять", "двадцать пять", "полтора", "трехсот", in the cases news use.
enum SpelledNumbers {
    private static let values: [Word: (value: Double, order: Int)] = {
        var t: [Word: (Double, Int)] = [:]
        func add(_ words: String, _ value: Double, _ order: Int) {
            for w in words.split(separator: " ") { t[Word(String(w))] = (value, order) }
        }
        // order: 0 units/teens, 1 tens, 2 hundreds; a spelled number goes from high order to low.
        add("один одна одно одного одной одному одну одним одном", 1, 0)
        add("два две двух двум двумя", 2, 0)
        add("три трех трем тремя", 3, 0)
        add("четыре четырех четырем четырьмя", 4, 0)
        add("пять пяти пятью", 5, 0)
        add("шесть шести шестью", 6, 0)
        add("семь семи семью", 7, 0)
        add("восемь восьми восемью", 8, 0)
        add("девять девяти девятью", 9, 0)
        add("десять десяти десятью", 10, 0)
        add("одиннадцать одиннадцати", 11, 0)
        add("двенадцать двенадцати", 12, 0)
        add("тринадцать тринадцати", 13, 0)
        add("четырнадцать четырнадцати", 14, 0)
        add("пятнадцать пятнадцати", 15, 0)
        add("шестнадцать шестнадцати", 16, 0)
        add("семнадцать семнадцати", 17, 0)
        add("восемнадцать восемнадцати", 18, 0)
        add("девятнадцать девятнадцати", 19, 0)
        add("двадцать двадцати", 20, 1)
        add("тридцать тридцати", 30, 1)
        add("сорок сорока", 40, 1)
        add("пятьдесят пятидесяти", 50, 1)
        add("шестьдесят шестидесяти", 60, 1)
        add("семьдесят семидесяти", 70, 1)
        add("восемьдесят восьмидесяти", 80, 1)
        add("девяносто девяноста", 90, 1)
        add("сто ста", 100, 2)
        add("двести двухсот", 200, 2)
        add("триста трехсот", 300, 2)
        add("четыреста четырехсот", 400, 2)
        add("пятьсот пятисот", 500, 2)
        add("шестьсот шестисот", 600, 2)
        add("семьсот семисот", 700, 2)
        add("восемьсот восьмисот", 800, 2)
        add("девятьсот девятисот", 900, 2)
        // English: the tens and units combine ("seventy six", "seventy-six" is read by the dash rule).
        for (k, w) in [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
            "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ].enumerated() { add(w, Double(k + 1), 0) }
        for (k, w) in ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].enumerated() {
            add(w, Double(20 + 10 * k), 1)
        }
        add("dozen", 12, 0)
        return t
    }()

    private static let oneAndAHalf: Set<Word> = ["полтора", "полторы", "полутора"]

    /// Whether `word` can start a spelled number.
    static func isNumberWord(_ word: Word) -> Bool {
        values[word] != nil || oneAndAHalf.contains(word)
    }

    /// A spelled number starting at token `i`: its value and the index after it.
    static func match(_ tokens: [Token], at i: Int) -> (value: Double, end: Int)? {
        guard i < tokens.count, tokens[i].kind == .word else { return nil }
        if oneAndAHalf.contains(tokens[i].text) { return (1.5, i + 1) }
        guard var (total, order) = values[tokens[i].text] else { return nil }
        var j = i + 1
        var lastWasTeen = total >= 10 && total < 20
        while j < tokens.count, !lastWasTeen {
            // "seventy-six": the dash joins the tens and the units.
            let k = tokens[j].isDash && tokens[j].gap == 0 && order == 1 && j + 1 < tokens.count && tokens[j + 1].gap == 0 ? j + 1 : j
            guard tokens[k].kind == .word, tokens[k].gap > 0 || k > j, let next = values[tokens[k].text], next.order < order else { break }
            total += next.value
            order = next.order
            lastWasTeen = next.value >= 10 && next.value < 20
            j = k + 1
        }
        return (total, j)
    }
}
