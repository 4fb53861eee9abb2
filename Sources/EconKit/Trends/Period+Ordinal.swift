extension Period {
    /// The position of a fixed-frequency period on its own scale: years, half-years, quarters,
    /// months or days counted from year 0. Consecutive periods of one form differ by 1, so a gap
    /// shows as a jump. `nil` for a span of months, which has no fixed neighbour.
    var ordinal: Int? {
        switch kind {
        case .year(let y): y
        case .half(let y, let h): y * 2 + h - 1
        case .quarter(let y, let q): y * 4 + q - 1
        case .month(let y, let m): y * 12 + m - 1
        case .day(let d): d.daysSinceEpoch
        case .monthSpan: nil
        }
    }
}
