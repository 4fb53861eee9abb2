/// The first pass of the wide layouts: every period with a current figure in any chosen series,
/// in order, and which series need qualifier and bound rows or columns besides their values.
///
/// Memory holds the periods and one small mark per series; figures are read one series at a time.
///
/// The export runs in one read transaction, so a later pass over the series sees the same series
/// in the same order, and `details[i]` belongs to the i-th series of every pass.
struct ExportPeriods {
    /// What a series needs besides its values.
    enum Detail: Comparable {
        /// Every figure is exact: values say it all.
        case valuesOnly
        /// Some figure is approximate: a qualifier row or column too.
        case qualifiers
        /// Some figure is a bound or a range: qualifier, low and high too.
        case bounds

        init(_ qualifier: Qualifier) {
            switch qualifier {
            case .exact: self = .valuesOnly
            case .approx: self = .qualifiers
            case .moreThan, .atLeast, .lessThan, .atMost, .range: self = .bounds
            }
        }

        /// The extra fields, in order: `qualifier`, `low`, `high`.
        var fields: [ExportField] {
            switch self {
            case .valuesOnly: [.value]
            case .qualifiers: [.value, .qualifier]
            case .bounds: [.value, .qualifier, .low, .high]
            }
        }
    }

    var periods: [Period] = []
    /// One per series, in export order.
    var details: [Detail] = []
    /// Row id and code of each series, in export order, for point lookups (by-period).
    var keys: [(id: Int64, code: String)] = []

    init(_ context: ExportContext, _ chosen: Store.ExportedSeriesSource, keepKeys: Bool = false) throws {
        var seen = Set<Period>()
        var details: [Detail] = []
        var keys: [(id: Int64, code: String)] = []
        try chosen.forEach { item in
            var detail = Detail.valuesOnly
            for o in try context.current(item) {
                seen.insert(o.period)
                if let q = o.amount?.qualifier { detail = max(detail, Detail(q)) }
            }
            details.append(detail)
            if keepKeys { keys.append((item.id, item.series.code)) }
        }
        self.details = details
        self.keys = keys
        // Different forms can cover the same days (2024 and 2024-01/2024-12): text breaks the tie.
        periods = seen.sorted { $0 < $1 || (!($1 < $0) && $0.description < $1.description) }
    }
}

extension ExportPeriods {
    /// The detail of the i-th series (`valuesOnly` past the end, which a consistent snapshot never reaches).
    func detail(at index: Int) -> Detail {
        details.indices.contains(index) ? details[index] : .valuesOnly
    }
}

/// One of the numbers or words a figure is written as in the wide layouts.
enum ExportField: String {
    case value, qualifier, low, high

    /// The cell of this field for a figure (empty when there is none).
    func cell(_ observation: Observation?, _ context: ExportContext) -> CSVWriter.Cell {
        guard let amount = observation?.amount else { return self == .qualifier ? .text(nil) : .decimal(nil) }
        switch self {
        case .value: return context.value(amount.value)
        case .qualifier: return .text(amount.qualifier.rawValue)
        case .low: return context.value(amount.low)
        case .high: return context.value(amount.high)
        }
    }
}
