/// A number with what is written around it: a currency sign before it, scale words, a unit after
/// it and a qualifier after it. Ranges, bounds and links between figures are decided later by
/// ``FigureAssembler``, which sees all quantities of the sentence.
struct Quantity: Sendable {
    /// First token: the currency sign or code before the number, else the number.
    var start: Int
    /// The token where the number itself starts.
    var numberStart: Int
    /// Index after the number and its scale words (before the unit).
    var numberEnd: Int
    /// Index after everything that belongs to the quantity.
    var end: Int
    /// The number as written, before scale words ("56,6" in "$56,6 млрд").
    var number: Double
    /// The number with its scale words applied ("$2 млрд 842 млн" → 2.842e9).
    var value: Double
    /// The largest scale word, or `nil` when there is none.
    var scale: Double?
    var unit: UnitMatch?
    /// Whether the unit was written before the number (`$17`, `USD 5`).
    var unitBefore: Bool
    /// A qualifier written after the number ("с лишним", "и более").
    var rightQualifier: Qualifier?
    /// Spelled out in words ("десять миллиардов").
    var spelled: Bool
    /// A four-digit whole number that could be a year ("2024" left over from a period).
    var yearLike: Bool
    /// Digits after the decimal separator as the number grammar read them ("56,6" → 1), or `nil`
    /// for a number spelled in words.
    var fractionDigits: Int? = nil

    /// Half a unit of the last digit written, in the value's units: "$1,9 млрд" is ±$50 mn, "13 %"
    /// ±0.5; 0 for a number in words, which admits no rounding.
    var roundingHalf: Double {
        guard let fractionDigits, number != 0 else { return 0 }
        var unit = 0.5
        for _ in 0..<fractionDigits { unit /= 10 }
        return abs(unit * value / number)
    }
}
