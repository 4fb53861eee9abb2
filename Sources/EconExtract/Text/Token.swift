/// One word, number or symbol of the input, with its place in Unicode scalars.
///
/// Words are stored lowercased with `ё` as `е` and invisible characters (soft hyphens, zero-width
/// spaces, stress marks) removed, so every table lookup sees one spelling.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        /// A run of ASCII digits.
        case number
        /// A run of letters.
        case word
        /// Any other single scalar: punctuation, currency signs, dashes, emoji.
        case symbol
    }

    var kind: Kind
    /// Offset of the first scalar in the whole input.
    var start: Int
    /// Offset just past the last scalar.
    var end: Int
    /// Normalized text: lowercased letters, the digits, or the symbol itself.
    var text: Word
    /// How many whitespace scalars separate this token from the previous one on its line
    /// (the first token of a line counts as separated).
    var gap: Int
    /// Whether the word starts with an uppercase letter (sentence starts, names).
    var capitalized: Bool

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    var isSymbol: Bool { kind == .symbol }
    /// Whether this token directly touches the previous one.
    var attached: Bool { gap == 0 }

    /// Whether this is one of the dashes used between numbers or as punctuation.
    var isDash: Bool {
        kind == .symbol && (text == "-" || text == "–" || text == "—" || text == "‒" || text == "−" || text == "‐")
    }
}
