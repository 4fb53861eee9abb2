import EconModel
import Testing

struct PeriodTests {
    @Test(arguments: [
        ("2024", "2023"), ("2024-H1", "2023-H1"), ("2024-Q3", "2023-Q3"), ("2024-03", "2023-03"), ("2025-01/2025-09", "2024-01/2024-09"),
        ("2024-11/2025-02", "2023-11/2024-02"),
    ])
    func aYearEarlierIsTheSameStretchOfTimeAYearBefore(text: String, earlier: String) throws {
        #expect(try Period(parsing: text).yearEarlier?.description == earlier)
    }

    @Test(arguments: ["2024", "2024-H1", "2024-H2", "2024-Q3", "2024-03", "2025-11-06", "2025-01/2025-09", "2024-11/2025-02", "2024-02-29"])
    func printsBackExactlyWhatWasParsed(text: String) throws {
        #expect(try Period(parsing: text).description == text)
    }

    @Test(arguments: [
        "20x4", "", "24", "2024-", "2024Q1", "2024-q1", "2024-3", "2024-03-1", "2024/2025", "2024-01/2024-1", " 2024", "2024-Q", "２０２４",
    ])
    func rejectsMalformedText(text: String) {
        #expect(throws: PeriodError.malformed(text)) { try Period(parsing: text) }
    }

    @Test(arguments: [
        "2024-13", "2024-00", "2024-Q5", "2024-Q0", "2024-H3", "2025-02-29", "2024-04-31", "0000", "2025-09/2025-01", "2025-03/2025-03",
    ])
    func rejectsPeriodsThatDoNotExist(text: String) {
        #expect(throws: PeriodError.outOfRange(text)) { try Period(parsing: text) }
    }

    @Test func ordersByFirstDayThenLastDay() throws {
        let sorted = try ["2024-02", "2024", "2024-Q1", "2023-12-31", "2024-01", "2024-01/2024-09", "2025-H1"].map {
            try Period(parsing: $0)
        }.sorted()
        #expect(sorted.map(\.description) == ["2023-12-31", "2024-01", "2024-Q1", "2024-01/2024-09", "2024", "2024-02", "2025-H1"])
    }

    @Test func coversTheRightDays() throws {
        let q = try Period(parsing: "2024-Q1")
        #expect(q.start.description == "2024-01-01")
        #expect(q.end.description == "2024-03-31")
        let span = try Period(parsing: "2025-01/2025-09")
        #expect(span.end.description == "2025-09-30")
        #expect(try Period(parsing: "2024-02").end.description == "2024-02-29")
    }

    @Test func acceptsOnlyItsOwnFormPerFrequency() throws {
        let month = try Period(parsing: "2024-03")
        #expect(month.fits(.monthly))
        #expect(!month.fits(.annual))
        #expect(month.fits(.irregular))
        let span = try Period(parsing: "2025-01/2025-09")
        #expect(!span.fits(.monthly))
        #expect(span.fits(.irregular))
        #expect(try Period(parsing: "2024-H2").fits(.semiannual))
        #expect(try Period(parsing: "2024").fits(.annual))
        #expect(!(try Period(parsing: "2024")).fits(.quarterly))
    }

    @Test(arguments: [
        ("2024", 1, "2025"), ("2024-Q4", 1, "2025-Q1"), ("2024-Q1", -1, "2023-Q4"), ("2024-H2", 1, "2025-H1"),
        ("2024-12", 1, "2025-01"), ("2024-01", -13, "2022-12"), ("2024-02-28", 1, "2024-02-29"), ("2024-12-31", 1, "2025-01-01"),
    ])
    func advancesWithinItsForm(from: String, steps: Int, to: String) throws {
        #expect(try Period(parsing: from).advanced(by: steps)?.description == to)
    }
}
