/// One revision of a figure: a series' value for a period as one source published it.
///
/// A series and period can have many revisions. The current one is the one published last (ties:
/// recorded last); a retraction is a revision without an amount.
public struct Observation: Sendable, Equatable {
    public var series: String
    public var period: Period
    /// The value; `nil` for a retraction.
    public var amount: Amount?
    /// When the source published it (canonical ``PublicationTime`` text).
    public var published: String
    /// When it was stored (UTC, microseconds).
    public var recordedAt: String
    public var source: String?
    public var note: String?
    /// The file name of the document it came from, if any.
    public var document: String?
    /// The sentence it was found in, and its offsets in the document (Unicode scalars).
    public var sentence: String?
    public var start: Int?
    public var end: Int?

    /// Whether this revision withdraws the figure.
    public var isRetraction: Bool { amount == nil }

    /// The current figure of each period, from revisions as ``Store/revisions(_:asOf:)`` returns them
    /// (by period, then publication, then recording): the last revision of each period, retracted
    /// periods left out.
    public static func current(of revisions: [Observation]) -> [Observation] {
        var current: [Observation] = []
        for revision in revisions {
            if let last = current.last, last.period == revision.period { current.removeLast() }
            current.append(revision)
        }
        return current.filter { !$0.isRetraction }
    }
}

/// A figure to store: what `econ append` and the importers hand to the store.
public struct NewObservation: Sendable, Equatable {
    public var series: String
    public var period: Period
    public var amount: Amount
    /// When the source published it; `nil` means "now" (the time of recording).
    public var published: PublicationTime?
    public var source: String?
    public var note: String?
    /// The stored document it came from (see ``Store/recordDocument(_:)``).
    public var documentID: Int64?
    public var sentence: String?
    public var start: Int?
    public var end: Int?

    public init(
        series: String, period: Period, amount: Amount, published: PublicationTime? = nil, source: String? = nil,
        note: String? = nil, documentID: Int64? = nil, sentence: String? = nil, start: Int? = nil, end: Int? = nil
    ) {
        self.series = series
        self.period = period
        self.amount = amount
        self.published = published
        self.source = source
        self.note = note
        self.documentID = documentID
        self.sentence = sentence
        self.start = start
        self.end = end
    }
}

/// What storing a figure did.
public enum RecordOutcome: String, Sendable, Equatable {
    /// The first figure for this series and period.
    case new
    /// The same figure was already stored; nothing was written.
    case unchanged
    /// A different figure for a period that had one: stored as a new revision, now current.
    case revision
    /// A different figure published before the current one: kept as history, not current.
    case olderRevision = "older-revision"
    /// The same figure (amount and qualifier) as a stored one, from another document: kept as one
    /// more source of that observation, not as a revision.
    case anotherSource = "another-source"
}
