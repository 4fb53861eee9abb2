import EconModel
import Foundation
import Testing

struct PublicationTimeTests {
    @Test(arguments: [
        ("2025", "2025", "2025-12-31T23:59:59Z"), ("2025-11", "2025-11", "2025-11-30T23:59:59Z"),
        ("2025-11-10", "2025-11-10", "2025-11-10T23:59:59Z"),
        ("2025-11-10T12:00:00Z", "2025-11-10T12:00:00Z", "2025-11-10T12:00:00Z"),
        ("2025-11-10T17:00:00+05:00", "2025-11-10T12:00:00Z", "2025-11-10T12:00:00Z"),
        ("2025-11-10T02:30-03:00", "2025-11-10T05:30:00Z", "2025-11-10T05:30:00Z"),
        ("2025-11-10T00:00:00.75+0100", "2025-11-09T23:00:00Z", "2025-11-09T23:00:00Z"),
    ])
    func normalizesToCanonicalText(input: String, text: String, end: String) throws {
        let time = try PublicationTime(parsing: input)
        #expect(time.text == text)
        #expect(time.endText == end)
    }

    @Test(arguments: ["", "25", "2025-13", "2025-02-30", "2025-11-10T25:00Z", "2025-11-10T12:00", "yesterday", "2025-11-10T12:00:00+5"])
    func rejectsWhatIsNotADate(input: String) {
        #expect(throws: TimeError.malformed(input)) { try PublicationTime(parsing: input) }
    }

    @Test func lessPreciseDatesSortAsTheStartOfTheirSpan() throws {
        let times = try ["2025-11-06", "2025-11", "2025-10-09T08:00:00Z", "2025"].map { try PublicationTime(parsing: $0) }.sorted()
        #expect(times.map(\.text) == ["2025", "2025-10-09T08:00:00Z", "2025-11", "2025-11-06"])
    }

    @Test(arguments: [
        "2025", "2025-11", "2025-11-06", "2025-11-06T00:00:00Z", "2025-11-06T09:30:05Z", "0001-01-01", "9999-12-31T23:59:59Z",
    ])
    func sortKeyRoundTripsAndSortsLikeTheText(text: String) throws {
        let time = try PublicationTime(parsing: text)
        #expect(PublicationTime(sortKey: time.sortKey) == time)
        #expect(PublicationTime(sortKey: time.endKey)?.text == time.endText)
    }

    @Test func sortKeysOrderAsTheTexts() throws {
        let texts = [
            "2024", "2025", "2025-10-09T08:00:00Z", "2025-11", "2025-11-06", "2025-11-06T00:00:00Z", "2025-11-06T00:00:01Z", "2025-11-07",
        ]
        let times = try texts.map { try PublicationTime(parsing: $0) }
        #expect(times.map(\.sortKey) == times.map(\.sortKey).sorted())
        #expect(PublicationTime(sortKey: 202511000000007) == nil)
    }

    @Test func recordingTimeHasFixedWidthMicroseconds() {
        #expect(RecordingTime.text(Date(timeIntervalSince1970: 1_764_067_000.25)) == "2025-11-25T10:36:40.250000Z")
        #expect(RecordingTime.text(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000000Z")
    }
}

struct RecordingTimeTests {
    @Test func nextTimeIsOneMicrosecondLater() {
        #expect(RecordingTime.text(after: "2025-11-25T10:36:40.999999Z") == "2025-11-25T10:36:41.000000Z")
        #expect(RecordingTime.text(after: "2025-12-31T23:59:59.999999Z") == "2026-01-01T00:00:00.000000Z")
        #expect(RecordingTime.text(after: "garbage") == nil)
    }
}
