import Foundation

/// A person's decision on a review item, kept as a series rule so that the same kind of figure —
/// the same indicator, unit and areas — is placed next time (`econ review assign N SERIES --remember`).
public enum RememberedPlacement {
    /// Why a decision cannot become a rule.
    public enum RememberError: Error, Equatable, Sendable, CategorizedError {
        case seriesWithoutAreas(String)
        case noIndicator(surface: String)
        case unreadableRulesFile(String, reason: String)

        public var category: ErrorCategory { .dataError }

        public var description: String {
            switch self {
            case .seriesWithoutAreas(let code):
                "series '\(code)' has no area and counterpart, which a rule needs to know the figures it takes (the figure was assigned; nothing remembered)"
            case .noIndicator(let surface):
                "no indicator word near «\(surface)»: there is nothing to recognise the same kind of figure by (the figure was assigned; nothing remembered)"
            case .unreadableRulesFile(let path, let reason): "\(path): \(reason)"
            }
        }
    }

    /// The rule for `item` placed in `series`: the indicator the classifier reads in the item's
    /// sentence, the item's unit, and the series' areas.
    public static func rule(for item: ReviewItem, in series: Series, classifier: Classifier) throws -> ClassificationRules.SeriesRule {
        guard let area = series.area, let counterpart = series.counterpart else { throw RememberError.seriesWithoutAreas(series.code) }
        let extraction = Extractor().extract(item.sentence, published: nil)
        let placements = classifier.place(extraction, text: item.sentence)
        let index = extraction.figures.firstIndex { $0.surface == item.surface }
        guard let indicator = index.flatMap({ placements[$0].indicator }) ?? item.indicator else {
            throw RememberError.noIndicator(surface: item.surface)
        }
        return ClassificationRules.SeriesRule(
            indicator: indicator, unit: item.unit, area: area, counterpart: counterpart, series: .init(series))
    }

    /// Adds `rule` to the rules file at `path` (created, with its folder, when missing), keeping
    /// everything else in it; the file is replaced atomically. A rule for the same indicator, unit,
    /// areas and series already there is not added twice.
    ///
    /// - Returns: whether the file changed.
    @discardableResult
    public static func append(_ rule: ClassificationRules.SeriesRule, toRulesFile path: String) throws -> Bool {
        var object: [String: Any] = [:]
        if let data = FileManager.default.contents(atPath: path) {
            guard let parsed = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw RememberError.unreadableRulesFile(path, reason: "not a JSON object; fix or move it, then assign again")
            }
            object = parsed
        }
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        guard let encoded = try JSONSerialization.jsonObject(with: encoder.encode(rule)) as? [String: Any] else { return false }
        var rules = object["series"] as? [[String: Any]] ?? []
        let same = rules.contains { existing in
            ["indicator", "unit", "area", "counterpart"].allSatisfy { (existing[$0] as? String) == (encoded[$0] as? String) }
                && ((existing["series"] as? [String: Any])?["code"] as? String) == rule.series.code
        }
        if same { return false }
        rules.append(encoded)
        object["series"] = rules
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try (data + Data("\n".utf8)).write(to: url, options: .atomic)
        return true
    }
}
