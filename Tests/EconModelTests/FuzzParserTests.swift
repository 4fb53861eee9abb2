import EconTestSupport
import EconModel
import Foundation
import Testing

/// Property tests of the parsers every input goes through: any text gives a value or a clean error,
/// never a crash, and what econ writes reads back to the same value.
struct FuzzParserTests {
    /// Characters that period, time and number texts are made of, plus some that are not.
    static let pieces = [
        "0", "1", "2", "9", "0", "5", "20", "2024", "9999", "0000", "-", "-", "/", "Q", "H", "T", ":", "Z", "+", ".", ",", "e", "E",
        "12", "13", "31", "60", " ", "\u{00A0}", "٣", "１", "\u{0301}", "x", "", "99999999999999999999", "nan", "inf",
    ]

    @Test func periodsNeverCrashAndPrintBackAsParsed() {
        var random = FuzzRandom(seed: FuzzRandom.seed)
        for _ in 0..<FuzzRandom.budget(20_000) {
            let text = random.string(from: Self.pieces, maxLength: 12)
            guard let period = try? Period(parsing: text) else { continue }
            #expect(period.description == text, "seed \(FuzzRandom.seed): '\(text)'")
            #expect(Period(period.description) == period)
        }
    }

    @Test func everyValidPeriodRoundTrips() {
        var random = FuzzRandom(seed: FuzzRandom.seed)
        for _ in 0..<FuzzRandom.budget(5_000) {
            let y = Int.random(in: 1...9999, using: &random), m = Int.random(in: 1...12, using: &random)
            let kinds: [Period.Kind] = [
                .year(y), .half(year: y, half: Int.random(in: 1...2, using: &random)),
                .quarter(year: y, quarter: Int.random(in: 1...4, using: &random)), .month(year: y, month: m),
                .monthSpan(fromYear: y, fromMonth: m, toYear: min(9999, y + Int.random(in: 0...3, using: &random)), toMonth: 12),
            ]
            var periods = kinds.compactMap { Period($0) }
            if let day = CivilDate(year: y, month: m, day: Int.random(in: 1...31, using: &random)), let p = Period(.day(day)) {
                periods.append(p)
            }
            for p in periods {
                #expect((try? Period(parsing: p.description)) == p, "\(p)")
                if let next = p.advanced(by: Int.random(in: -100...100, using: &random)) {
                    #expect(Period(next.description) == next)
                }
            }
        }
    }

    @Test func publicationTimesNeverCrashAndRoundTrip() {
        var random = FuzzRandom(seed: FuzzRandom.seed)
        for _ in 0..<FuzzRandom.budget(20_000) {
            let text = random.string(from: Self.pieces, maxLength: 16)
            guard let time = try? PublicationTime(parsing: text) else { continue }
            #expect((try? PublicationTime(parsing: time.text)) == time, "'\(text)'")
            #expect(PublicationTime(sortKey: time.sortKey) == time, "'\(text)'")
            #expect(time.endText >= time.text)
        }
    }

    @Test func validInstantsRoundTripThroughTextAndSortKey() {
        var random = FuzzRandom(seed: FuzzRandom.seed)
        for _ in 0..<FuzzRandom.budget(5_000) {
            // Years 1…9999 in seconds since 1970.
            let seconds = Double(Int64.random(in: -62_135_596_800...253_402_300_799, using: &random))
            let time = PublicationTime(Date(timeIntervalSince1970: seconds))
            #expect((try? PublicationTime(parsing: time.text)) == time, "\(time)")
            #expect(PublicationTime(sortKey: time.sortKey) == time, "\(time)")
            let offset = Int.random(in: -23...23, using: &random)
            let shifted = time.text.dropLast() + (offset < 0 ? "-" : "+") + String(format: "%02d:00", abs(offset))
            _ = try? PublicationTime(parsing: String(shifted))
        }
    }

    @Test func numbersFormatThenParseToTheSameDouble() {
        var random = FuzzRandom(seed: FuzzRandom.seed)
        for i in 0..<FuzzRandom.budget(20_000) {
            // Any bit pattern, then some "typical" values with few digits.
            let x =
                i % 2 == 0
                ? Double(bitPattern: random.next())
                : Double(Int.random(in: -1_000_000...1_000_000, using: &random)) * pow(10, Double(Int.random(in: -12...12, using: &random)))
            guard x.isFinite else { continue }
            let text = DecimalText.format(x)
            let back = try? DecimalText.parse(text)
            #expect(back == x, "\(x.bitPattern): '\(text)'")
            #expect(!text.contains(" ") && !text.contains(","))
            let comma = text.replacingOccurrences(of: ".", with: ",")
            #expect((try? DecimalText.parse(comma, decimalComma: true)) == x)
        }
    }

    @Test func anyTextParsesToAFiniteNumberOrAnError() {
        var random = FuzzRandom(seed: FuzzRandom.seed)
        for _ in 0..<FuzzRandom.budget(20_000) {
            let text = random.string(from: Self.pieces, maxLength: 10)
            let shift = Int.random(in: -30...30, using: &random)
            for comma in [false, true] {
                if let value = try? DecimalText.parse(text, decimalComma: comma, exponentShift: shift) {
                    #expect(value.isFinite, "'\(text)' shift \(shift)")
                }
            }
        }
    }

    /// Found by the fuzzer: an exponent too long for `Int` was read as 0 when a scale shifted it,
    /// so "1e99999999999999999999" in a file "in thousands" became 1000, and an exponent near
    /// `Int.max` overflowed and crashed.
    @Test(arguments: ["1e99999999999999999999", "1e-99999999999999999999", "1e9223372036854775807", "-2E+9223372036854775800"])
    func hugeExponentsAreOutOfRangeOrZeroWhateverTheScale(text: String) throws {
        for shift in [0, 3, 9, -9] {
            do {
                let value = try DecimalText.parse(text, exponentShift: shift)
                #expect(value == 0, "'\(text)' shift \(shift) gave \(value)")
                #expect(text.contains("e-"))
            } catch {
                #expect(error == .outOfRange(text))
            }
        }
    }
}
