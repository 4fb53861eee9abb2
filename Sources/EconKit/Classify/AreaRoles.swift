/// The part an area plays in a sentence: where money or goods come from and go to, or one end of
/// a pair, read from the words around its name.
enum AreaRole: String, Sendable, Comparable {
    /// "из России", "от Китая".
    case origin
    /// "в Казахстан", "в экономику Узбекистана", "на рынок Китая".
    case destination
    /// "с Китаем" (trade with).
    case partner
    /// "между Россией и Киргизией", "российско-казахстанский".
    case pair
    /// "российские инвестиции", "казахстанский экспорт".
    case adjective
    /// Named with no word that tells its part ("инвестиции России", "Ташкент рассчитывает").
    case plain

    /// Marked roles say more than an adjective, which says more than nothing.
    private var strength: Int {
        switch self {
        case .origin, .destination: 3
        case .partner, .pair: 2
        case .adjective: 1
        case .plain: 0
        }
    }

    static func < (a: AreaRole, b: AreaRole) -> Bool { a.strength < b.strength }
}

/// An area named in a sentence or its context, with its part.
struct RoledMention: Sendable {
    var mention: Gazetteer.Mention
    var role: AreaRole
    /// Where it was found: `sentence`, `previous sentence`, `title`.
    var place: String
    /// Index of its first word in the words it was found in.
    var wordIndex: Int

    var area: String { mention.area }
}

/// Reads the part of each area from the words before it.
struct RoleReader {
    let targetPrepositions: Set<[Unicode.Scalar]>
    let sourcePrepositions: Set<[Unicode.Scalar]>
    let targetNouns: [WordPattern]

    private static let partnerPrepositions: Set<[Unicode.Scalar]> = [Array("с".unicodeScalars), Array("со".unicodeScalars)]
    private static let between: [Unicode.Scalar] = Array("между".unicodeScalars)
    private static let and: [Unicode.Scalar] = Array("и".unicodeScalars)

    /// Roles of `mentions` (found in `words`), in order.
    func roles(_ mentions: [Gazetteer.Mention], in words: SentenceWords, place: String) -> [RoledMention] {
        var out: [RoledMention] = []
        for mention in mentions {
            guard let i = words.words.firstIndex(where: { $0.start == mention.start }) else { continue }
            var role = role(at: i, kind: mention.kind, words: words.words)
            // "между Россией и Киргизией", "из России и Беларуси": the second takes the first's part.
            if role == .plain || role == .adjective, i >= 2, words.words[i - 1].text == Self.and, let previous = out.last,
                previous.wordIndex < i - 1, previous.role != .plain, previous.role != .adjective
            {
                role = previous.role
            }
            out.append(RoledMention(mention: mention, role: role, place: place, wordIndex: i))
        }
        // A compound adjective names a pair: "российско-казахстанских".
        for k in out.indices where out[k].mention.kind == .combining {
            out[k].role = .pair
            if k + 1 < out.count, out[k + 1].wordIndex == out[k].wordIndex + 1 { out[k + 1].role = .pair }
        }
        return out
    }

    private func role(at i: Int, kind: Gazetteer.FormKind, words: [SentenceWords.Word]) -> AreaRole {
        let previous = i > 0 ? words[i - 1].text : []
        if targetPrepositions.contains(previous) { return .destination }
        if i >= 2, targetPrepositions.contains(words[i - 2].text), targetNouns.contains(where: { $0.parts.first?.matches(words[i - 1]) == true }) {
            return .destination
        }
        if sourcePrepositions.contains(previous) { return .origin }
        if Self.partnerPrepositions.contains(previous) { return .partner }
        if previous == Self.between { return .pair }
        if kind == .adjective { return .adjective }
        if kind == .combining { return .pair }
        return .plain
    }
}
