import EconModel

/// A series' figures as ALFRED sees them: for each period, which figure was in force on which days.
///
/// A revision comes into force on its *vintage date*, the first day its publication time covers
/// (`2025` → 2025-01-01, `2025-11` → 2025-11-01, an instant → its UTC day), which is exactly when
/// `econ show --as-of` starts to show it. It stays in force until the day before the next revision
/// with a different figure. Revisions published on the same day leave only the last one in force;
/// a retraction ends the figure's real-time period and starts a gap.
///
/// ```swift
/// let history = RealTimeHistory(revisions: try store.revisions("GDPC1"))
/// history.snapshot(on: CivilDate(year: 2008, month: 5, day: 1)!)   // what ALFRED showed that day
/// ```
public struct RealTimeHistory: Sendable {
    /// One figure's real-time period.
    public struct Segment: Sendable, Equatable {
        public var period: Period
        /// The first day the figure was in force (its vintage date).
        public var start: CivilDate
        /// The last day it was in force; `nil` while it still is.
        public var end: CivilDate?
        /// The figure; `nil` for a retraction (no figure in force).
        public var amount: Amount?
    }

    /// Every segment, by period, then start.
    public let segments: [Segment]
    /// The vintage dates: every day on which some figure came into force or was retracted, in order.
    public let vintageDates: [CivilDate]
    /// For each period, the range of its segments in ``segments``.
    private let ranges: [Range<Int>]

    /// The history of `revisions`, as ``Store/revisions(_:asOf:)`` returns them (by period, then
    /// publication, then recording time).
    public init(revisions: [Observation]) {
        var segments: [Segment] = []
        var ranges: [Range<Int>] = []
        var dates = Set<CivilDate>()
        var i = 0
        while i < revisions.count {
            let period = revisions[i].period
            let first = segments.count
            while i < revisions.count, revisions[i].period == period {
                let revision = revisions[i]
                i += 1
                guard let date = Self.vintageDate(ofPublished: revision.published) else { continue }
                if let last = segments.last, segments.count > first, last.start == date {
                    segments.removeLast()  // the same day: the later revision is the one in force
                }
                if let last = segments.last, segments.count > first, last.amount == revision.amount {
                    continue  // the same figure again: its real-time period goes on
                }
                segments.append(Segment(period: period, start: date, end: nil, amount: revision.amount))
            }
            for k in first..<segments.count {
                dates.insert(segments[k].start)
                if k + 1 < segments.count { segments[k].end = CivilDate(daysSinceEpoch: segments[k + 1].start.daysSinceEpoch - 1) }
            }
            if segments.count > first { ranges.append(first..<segments.count) }
        }
        self.segments = segments
        self.ranges = ranges
        self.vintageDates = dates.sorted()
    }

    /// The figures in force on `date`, one per period, in period order (gaps left out): what
    /// `econ show --as-of DATE` shows.
    public func snapshot(on date: CivilDate) -> [DatedAmount] {
        ranges.compactMap { range in
            // Segments of a period are in date order; the last one that started by `date` is in force.
            var found: Segment?
            for k in range {
                guard segments[k].start <= date else { break }
                found = segments[k]
            }
            guard let found, let amount = found.amount else { return nil }
            return DatedAmount(period: found.period, amount: amount)
        }
    }

    /// Each period's first figure: its initial release.
    public var initialReleases: [Segment] {
        ranges.compactMap { range in range.lazy.map { segments[$0] }.first { $0.amount != nil } }
    }

    /// The day a publication time (canonical text) comes into force: the first day it covers.
    public static func vintageDate(ofPublished text: String) -> CivilDate? {
        // The store's canonical text (`2025`, `2025-11`, `2025-11-06`, `…T09:30:00Z` in UTC) is read
        // as it is, without parsing; anything else is parsed first.
        var b = Array(text.utf8)
        let dash = UInt8(ascii: "-")
        let canonical =
            b.count == 4 || (b.count == 7 && b[4] == dash) || (b.count == 10 && b[4] == dash && b[7] == dash)
            || (b.count == 20 && b[4] == dash && b[7] == dash && b[10] == UInt8(ascii: "T") && b[19] == UInt8(ascii: "Z"))
        if !canonical {
            guard let time = try? PublicationTime(parsing: text) else { return nil }
            b = Array(time.text.utf8)
        }
        func number(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= b.count else { return nil }
            return Int(String(decoding: b[r], as: UTF8.self))
        }
        guard let year = number(0..<4) else { return nil }
        return CivilDate(year: year, month: number(5..<7) ?? 1, day: number(8..<10) ?? 1)
    }
}
