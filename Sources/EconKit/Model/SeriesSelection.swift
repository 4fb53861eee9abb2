/// Which series a command works on: codes named one by one, codes matching a pattern, or every series.
///
/// Exports stream the selection from the store (``Store/export(_:options:to:)``); trends and checks
/// resolve it against the catalogue with ``resolve(codes:pattern:all:in:emptyMeansAll:)``.
public struct SeriesSelection: Sendable, Equatable {
    /// Codes in the order the columns or rows should follow.
    public var codes: [String]
    /// A pattern with `*` (any run of characters) and `?` (one character), case-sensitive like codes.
    public var match: String?

    /// Every series when both are empty; otherwise the named codes (in their order), then the
    /// codes matching `match` (in code order) that were not named.
    public init(codes: [String] = [], match: String? = nil) {
        self.codes = codes
        self.match = match
    }

    /// Every series in the store, in code order.
    public static let all = SeriesSelection()

    /// The series named by `codes` (in the order given), then those matching `pattern` (in code
    /// order), without repeats; every series when `all` is set or when nothing else is given and
    /// `emptyMeansAll` is set.
    ///
    /// - Throws: ``SeriesError/unknown(_:)`` for a code that is not in `catalog`;
    ///   ``TrendError/noSeriesMatch(_:)`` when `pattern` matches nothing.
    public static func resolve(
        codes: [String], pattern: String?, all: Bool, in catalog: [Series], emptyMeansAll: Bool = false
    ) throws -> [Series] {
        if all || (emptyMeansAll && codes.isEmpty && pattern == nil) { return catalog }
        var byCode: [String: Series] = [:]
        for s in catalog { byCode[s.code] = s }
        var chosen: [Series] = []
        var seen: Set<String> = []
        for code in codes {
            guard let s = byCode[code] else { throw SeriesError.unknown(code) }
            if seen.insert(code).inserted { chosen.append(s) }
        }
        if let pattern {
            let matching = catalog.filter { Self.matches($0.code, pattern: pattern) }
            guard !matching.isEmpty else { throw TrendError.noSeriesMatch(pattern) }
            for s in matching where seen.insert(s.code).inserted { chosen.append(s) }
        }
        return chosen
    }

    /// Shell-style glob matching: `*` any run of characters (dots included), `?` one character,
    /// everything else itself (case-sensitive, as codes are). `ru_kz.*` matches `ru_kz.investment.yearly`.
    public static func matches(_ text: String, pattern: String) -> Bool {
        let t = Array(text.unicodeScalars)
        let p = Array(pattern.unicodeScalars)
        var ti = 0
        var pi = 0
        var starP = -1
        var starT = 0
        while ti < t.count {
            if pi < p.count, p[pi] == "?" || (p[pi] != "*" && p[pi] == t[ti]) {
                ti += 1
                pi += 1
            } else if pi < p.count, p[pi] == "*" {
                starP = pi
                starT = ti
                pi += 1
            } else if starP >= 0 {
                pi = starP + 1
                starT += 1
                ti = starT
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
