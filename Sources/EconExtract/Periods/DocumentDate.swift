/// The publication date of the text, as far as it is known, for periods written relative to it.
struct DocumentDate: Sendable, Equatable {
    var year: Int
    var month: Int?
    var day: Int?

    init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads the leading `YYYY[-MM[-DD]]` of a publication time (instants keep their UTC date).
    init?(_ time: PublicationTime?) {
        guard let time else { return nil }
        let b = Array(time.text.utf8)
        func number(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= b.count else { return nil }
            var n = 0
            for i in r {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                n = n * 10 + Int(b[i] - 0x30)
            }
            return n
        }
        guard let y = number(0..<4) else { return nil }
        self.init(year: y, month: number(5..<7), day: number(8..<10))
    }

    /// The period a figure with no period of its own describes: the state as of publication,
    /// at the precision the date is known.
    var asOfPeriod: Period? {
        if let month, let day, let date = CivilDate(year: year, month: month, day: day) { return Period(.day(date)) }
        if let month { return Period(.month(year: year, month: month)) }
        return Period(.year(year))
    }

    /// The year a month written without one most likely belongs to: this year, or last year
    /// when the month is still ahead of the publication month.
    func yearOf(month m: Int) -> Int {
        if let month, m > month { return year - 1 }
        return year
    }
}
