/// Numbers written with digits as Russian and English texts write them.
///
/// - digit groups separated by one space, no-break space or narrow no-break space: `64 000`, `1 250 000`;
/// - a decimal comma (`56,6`) or point (`3.5`);
/// - a comma (or point) before exactly three digits is a decimal when a scale word follows
///   (`$3,337 млрд`) and a thousands separator otherwise (`1,250 тонн`, `1.500.000 рублей`);
/// - in English, a comma before three digits always groups thousands (`1,250 million`) and a point
///   is always a decimal point (`1.500 billion`).
enum NumberGrammar {
    /// A number found in the tokens.
    struct Match: Sendable {
        var value: Double
        /// Index of the token after the number.
        var end: Int
        /// Whether it has a fractional part (a fraction makes "2024,5" no year).
        var hasFraction: Bool
        /// How many digits the integer part has once groups are joined.
        var integerDigits: Int
        /// Whether digit groups were joined.
        var grouped: Bool
        /// The number as plain decimal text ("56.6"), to scale it without binary rounding.
        var text: String

        /// The value times 10^`exponent`, rounded once: 56,6 × 10^9 is exactly 56 600 000 000.
        func scaled(byPowerOfTen exponent: Int) -> Double {
            Double(text + "e" + String(exponent)) ?? value * pow10(exponent)
        }

        private func pow10(_ e: Int) -> Double {
            var x = 1.0
            for _ in 0..<max(0, e) { x *= 10 }
            return x
        }
    }

    /// A number at token `i` (a digit run), or `nil`.
    static func match(_ tokens: [Token], at i: Int, language: ExtractionLanguage = .russian) -> Match? {
        guard i < tokens.count, tokens[i].kind == .number else { return nil }
        var integer = tokens[i].text.string
        var j = i + 1
        var grouped = false
        let n = tokens.count
        if integer.utf8.count <= 3 {
            // Following groups have exactly three digits and one space between them.
            while j < n, tokens[j].kind == .number, tokens[j].gap == 1, tokens[j].text.utf8.count == 3 {
                integer += tokens[j].text.string
                grouped = true
                j += 1
            }
        }
        var fraction = ""
        if j + 1 < n, tokens[j].kind == .symbol, tokens[j].gap == 0, tokens[j + 1].kind == .number, tokens[j + 1].gap == 0 {
            let separator = tokens[j].text
            let digits = tokens[j + 1].text.string
            if separator == "," || separator == "." {
                let groups =
                    language == .english
                    ? separator == "," : !scaleFollows(tokens, j + 2)
                if digits.utf8.count == 3 && !grouped && integer.utf8.count <= 3 && groups {
                    // Thousands groups: English-style 1,250,000, or "1.500.000 рублей" as some sites write.
                    integer += digits
                    j += 2
                    while j + 1 < n, tokens[j].text == separator, tokens[j].gap == 0, tokens[j + 1].kind == .number,
                        tokens[j + 1].gap == 0, tokens[j + 1].text.utf8.count == 3
                    {
                        integer += tokens[j + 1].text.string
                        j += 2
                    }
                    grouped = true
                    // English "18,744.9 million": a decimal point after the groups.
                    if language == .english, separator == ",", j + 1 < n, tokens[j].text == ".", tokens[j].gap == 0,
                        tokens[j + 1].kind == .number, tokens[j + 1].gap == 0
                    {
                        fraction = tokens[j + 1].text.string
                        j += 2
                    }
                } else {
                    fraction = digits
                    j += 2
                }
            }
        }
        let text = fraction.isEmpty ? integer : integer + "." + fraction
        guard let value = Double(text), value.isFinite else { return nil }
        return Match(
            value: value, end: j, hasFraction: !fraction.isEmpty, integerDigits: integer.utf8.count, grouped: grouped, text: text)
    }

    private static func scaleFollows(_ tokens: [Token], _ j: Int) -> Bool {
        guard j < tokens.count, tokens[j].kind == .word else { return false }
        return Scales.multiplier(tokens[j].text) != nil
    }
}
