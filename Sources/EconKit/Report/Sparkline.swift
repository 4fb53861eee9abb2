/// A one-line chart of Unicode block characters (`▁▂▃▄▅▆▇█`), one character per period.
///
/// For a fixed-frequency series every period from the first to the last has a character, so a
/// period without a figure shows as a space: gaps stay gaps. For an irregular series each figure
/// has one. Bounds are drawn at the bound, ranges at their middle; a result that is missing or
/// cannot be determined is a space.
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The line for a series' results.
    public static func line(_ points: [TrendPoint], frequency: Frequency) -> String {
        var slots: [Double?] = []
        if frequency.periodsPerYear != nil, let first = points.first?.period.ordinal {
            var byOrdinal: [Int: Double] = [:]
            for p in points {
                if let o = p.period.ordinal, let x = ReportNumber.plotted(p.value) { byOrdinal[o] = x }
            }
            let last = points.compactMap(\.period.ordinal).max() ?? first
            // A very long run of periods would make a line no terminal can show; cap it.
            let start = max(first, last - 119)
            slots = (start...last).map { byOrdinal[$0] }
        } else {
            slots = points.map { ReportNumber.plotted($0.value) }
        }
        let values = slots.compactMap { $0 }
        guard let low = values.min(), let high = values.max() else { return "" }
        return String(
            slots.map { slot -> Character in
                guard let x = slot else { return " " }
                guard high > low else { return blocks[3] }
                let i = Int(((x - low) / (high - low) * Double(blocks.count - 1)).rounded())
                return blocks[min(max(i, 0), blocks.count - 1)]
            })
    }
}
