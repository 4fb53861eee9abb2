import EconModel
import Testing

struct AmountTests {
    @Test func lowerBoundsFillLow() throws {
        let more = try Amount(26e9, .moreThan)
        #expect(more.value == 26e9 && more.low == 26e9 && more.high == nil)
        let atLeast = try Amount(5, .atLeast)
        #expect(atLeast.low == 5 && atLeast.high == nil)
    }

    @Test func upperBoundsFillHigh() throws {
        let less = try Amount(3, .lessThan)
        #expect(less.high == 3 && less.low == nil)
        #expect(try Amount(3, .atMost).high == 3)
    }

    @Test func exactAndApproximateHaveNoBounds() throws {
        let about = try Amount(4e9, .approx)
        #expect(about.value == 4e9 && about.low == nil && about.high == nil)
    }

    @Test func rangeHasBoundsAndNoValue() throws {
        let range = try Amount(rangeFrom: 3e9, to: 5e9)
        #expect(range.value == nil && range.low == 3e9 && range.high == 5e9 && range.qualifier == .range)
        #expect(throws: AmountError.invertedRange(low: 5, high: 3)) { try Amount(rangeFrom: 5, to: 3) }
        #expect(throws: AmountError.rangeNeedsBounds) { try Amount(5, .range) }
    }

    @Test func refusesNonFiniteValues() {
        #expect(throws: AmountError.self) { try Amount(.nan) }
        #expect(throws: AmountError.self) { try Amount(.infinity, .moreThan) }
    }

    @Test func qualifierTokensAreStable() {
        #expect(Qualifier.allCases.map(\.rawValue) == ["exact", "approx", "more-than", "at-least", "less-than", "at-most", "range"])
    }
}
