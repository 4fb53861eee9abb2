import EconKit
import Foundation
import Testing

/// FRED and ALFRED files as the St. Louis Fed writes them (issue 18). The specimens are written here
/// from FRED's documentation of its downloads and API (values are GDPC1's as published).
struct FREDImportTests {
    static let graphCSV = """
        observation_date,GDPC1
        2022-10-01,21989.981
        2023-01-01,22112.329
        2023-04-01,22225.350
        2023-07-01,22490.692
        2023-10-01,.

        """

    static let oldGraphCSV = """
        DATE,UNRATE,FEDFUNDS
        2024-01-01,3.7,5.33
        2024-02-01,3.9,5.33
        2024-03-01,3.9,
        2024-04-01,3.9,5.33

        """

    static let text = """
        Title:               Real Gross Domestic Product
        Series ID:           GDPC1
        Source:              U.S. Bureau of Economic Analysis
        Release:             Gross Domestic Product
        Seasonal Adjustment: Seasonally Adjusted Annual Rate
        Frequency:           Quarterly
        Units:               Billions of Chained 2017 Dollars
        Date Range:          2023-01-01 to 2023-07-01
        Last Updated:        2023-10-26 7:56 AM CDT
        Notes:               BEA Account Code: A191RX
                             Real gross domestic product is the inflation adjusted value of the
                             goods and services produced by labor and property located in the United States.

        DATE          VALUE
        2023-01-01    22112.329
        2023-04-01    22225.350
        2023-07-01    22490.692

        """

    static let vintages = """
        observation_date,GDPC1_20080430,GDPC1_20080529,GDPC1_20240201
        2007-10-01,11620.7,11620.7,16485.350
        2008-01-01,11646.0,11650.1,16467.111
        2008-04-01,.,.,16477.043

        """

    static func write(_ text: String, _ name: String, in folder: TemporaryFolder) throws -> String {
        try folder.write(name, text)
    }

    static func values(_ store: Store, _ code: String, asOf: String? = nil) throws -> [String] {
        try store.observations(code, asOf: asOf.map { try PublicationTime(parsing: $0) }).map {
            "\($0.period) \($0.amount?.value.map(DecimalText.format) ?? "-")"
        }
    }

    @Test(arguments: TestEngine.all)
    func theGraphCSVWithPeriodsByTheirFirstDayAndDotsAsGaps(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let store = try engine.store()
        let path = try Self.write(Self.graphCSV, "GDPC1.csv", in: folder)
        let report = try FREDImport(paths: [path]).run(into: store)
        #expect(report.files.map(\.format) == [.graphCSV])
        #expect(report.total == .init(new: 4))
        #expect(report.gaps == 1)
        let series = try #require(try store.series("GDPC1"))
        #expect(series.frequency == .quarterly)
        #expect(try Self.values(store, "GDPC1") == ["2022-Q4 21989.981", "2023-Q1 22112.329", "2023-Q2 22225.35", "2023-Q3 22490.692"])
        // Again: nothing changes.
        #expect(try FREDImport(paths: [path]).run(into: store).total == .init(unchanged: 4))
        // Older downloads say DATE; several series per file; an empty cell is a gap too.
        let old = try Self.write(Self.oldGraphCSV, "fredgraph.csv", in: folder)
        let second = try FREDImport(paths: [old], prefix: "fred.").run(into: store)
        #expect(second.total.new == 7 && second.gaps == 1)
        #expect(try store.series("fred.UNRATE")?.frequency == .monthly)
        #expect(try Self.values(store, "fred.FEDFUNDS") == ["2024-01 5.33", "2024-02 5.33", "2024-04 5.33"])
    }

    @Test(arguments: TestEngine.all)
    func theTextDownloadsHeaderIsTheSeriesMetadata(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let store = try engine.store()
        let path = try Self.write(Self.text, "GDPC1.txt", in: folder)
        let report = try FREDImport(paths: [path]).run(into: store)
        #expect(report.files.map(\.format) == [.text])
        let series = try #require(try store.series("GDPC1"))
        #expect(series.titleEn == "Real Gross Domestic Product")
        #expect(series.unit == "Billions_of_Chained_2017_Dollars")
        #expect(series.frequency == .quarterly)
        #expect(series.source == "U.S. Bureau of Economic Analysis")
        #expect(series.note?.contains("Units: Billions of Chained 2017 Dollars") == true)
        #expect(series.note?.contains("Seasonal adjustment: Seasonally Adjusted Annual Rate") == true)
        #expect(series.note?.contains("located in the United States.") == true)
        #expect(try store.revisions("GDPC1").map(\.published) == ["2023-10-26", "2023-10-26", "2023-10-26"])
        // The graph CSV of the same values, downloaded later: unchanged, not revisions.
        let csv = try Self.write(Self.graphCSV, "GDPC1.csv", in: folder)
        let again = try FREDImport(paths: [csv]).run(into: store)
        #expect(again.total == .init(new: 1, unchanged: 3))
    }

    @Test(arguments: TestEngine.all)
    func alfredVintagesAreRevisionsDatedByTheirVintage(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let store = try engine.store()
        let path = try Self.write(Self.vintages, "GDPC1_vintages.csv", in: folder)
        let report = try FREDImport(paths: [path]).run(into: store)
        #expect(report.files.map(\.format) == [.vintageCSV])
        // 2007-Q4: 11620.7 (twice, stored once) then 16485.35; 2008-Q1: three values; 2008-Q2: one.
        #expect(report.total.new + report.total.revised == 6)
        #expect(try Self.values(store, "GDPC1", asOf: "2008-05-01") == ["2007-Q4 11620.7", "2008-Q1 11646"])
        #expect(try Self.values(store, "GDPC1", asOf: "2008-06-01") == ["2007-Q4 11620.7", "2008-Q1 11650.1"])
        #expect(try Self.values(store, "GDPC1") == ["2007-Q4 16485.35", "2008-Q1 16467.111", "2008-Q2 16477.043"])
        #expect(
            try store.revisions("GDPC1").filter { $0.period.description == "2007-Q4" }.map(\.published) == ["2008-04-30", "2024-02-01"])
        // A longer vintage file adds only what is new.
        let longer = Self.vintages.replacingOccurrences(of: "GDPC1_20240201\n", with: "GDPC1_20240201,GDPC1_20250130\n")
            .replacingOccurrences(of: "16485.350\n", with: "16485.350,16485.350\n")
            .replacingOccurrences(of: "16467.111\n", with: "16467.111,16470.000\n")
            .replacingOccurrences(of: "16477.043\n", with: "16477.043,16477.043\n")
        let second = try FREDImport(paths: [try Self.write(longer, "GDPC1_vintages2.csv", in: folder)]).run(into: store)
        #expect(second.total.revised == 1 && second.total.new == 0)
        #expect(second.total.unchanged == 6)
    }

    @Test(arguments: TestEngine.all)
    func apiResponsesInJSONAndXML(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let store = try engine.store()
        let seriesJSON = """
            {"realtime_start":"2024-03-01","realtime_end":"2024-03-01","seriess":[{"id":"UNRATE","realtime_start":"2024-03-01",
            "realtime_end":"2024-03-01","title":"Unemployment Rate","observation_start":"1948-01-01","observation_end":"2024-02-01",
            "frequency":"Monthly","frequency_short":"M","units":"Percent","units_short":"%","seasonal_adjustment":"Seasonally Adjusted",
            "seasonal_adjustment_short":"SA","last_updated":"2024-03-08 07:47:02-06","popularity":94,"notes":"The unemployment rate represents the number of unemployed as a percentage of the labor force."}]}
            """
        let observationsJSON = """
            {"realtime_start":"2024-03-01","realtime_end":"2024-03-01","observation_start":"1600-01-01","observation_end":"9999-12-31",
            "units":"lin","output_type":1,"file_type":"json","order_by":"observation_date","sort_order":"asc","count":3,"offset":0,
            "limit":100000,"observations":[{"realtime_start":"2024-03-01","realtime_end":"2024-03-01","date":"2023-12-01","value":"3.7"},
            {"realtime_start":"2024-03-01","realtime_end":"2024-03-01","date":"2024-01-01","value":"3.7"},
            {"realtime_start":"2024-03-01","realtime_end":"2024-03-01","date":"2024-02-01","value":"."}]}
            """
        let vintageXML = """
            <?xml version="1.0" encoding="utf-8" ?>
            <observations realtime_start="2024-01-01" realtime_end="2024-03-01" observation_start="2023-12-01" observation_end="2024-01-01" units="lin" output_type="2" file_type="xml" order_by="observation_date" sort_order="asc" count="3" offset="0" limit="100000">
              <observation realtime_start="2024-01-05" realtime_end="2024-02-01" date="2023-12-01" value="3.7"/>
              <observation realtime_start="2024-02-02" realtime_end="9999-12-31" date="2023-12-01" value="3.8"/>
              <observation realtime_start="2024-02-02" realtime_end="9999-12-31" date="2024-01-01" value="3.7"/>
            </observations>
            """
        let paths = [
            try Self.write(seriesJSON, "series.json", in: folder), try Self.write(observationsJSON, "UNRATE.json", in: folder),
        ]
        let report = try FREDImport(paths: paths).run(into: store)
        #expect(report.files.map(\.format) == [.seriesJSON, .observationsJSON])
        let series = try #require(try store.series("UNRATE"))
        #expect(series.titleEn == "Unemployment Rate" && series.unit == "Percent" && series.frequency == .monthly)
        #expect(try Self.values(store, "UNRATE") == ["2023-12 3.7", "2024-01 3.7"])

        let other = try engine.store()
        let xml = try Self.write(vintageXML, "obs.xml", in: folder)
        let fromXML = try FREDImport(paths: [xml], seriesID: "UNRATE").run(into: other)
        #expect(fromXML.files.map(\.format) == [.observationsXML])
        #expect(try Self.values(other, "UNRATE", asOf: "2024-01-10") == ["2023-12 3.7"])
        #expect(try Self.values(other, "UNRATE") == ["2023-12 3.8", "2024-01 3.7"])
        let seriesXML = """
            <?xml version="1.0" encoding="utf-8" ?><seriess realtime_start="2024-03-01" realtime_end="2024-03-01">
            <series id="CPIAUCSL" realtime_start="2024-03-01" realtime_end="2024-03-01" title="Consumer Price Index for All Urban Consumers: All Items in U.S. City Average" frequency="Monthly" frequency_short="M" units="Index 1982-1984=100" seasonal_adjustment="Seasonally Adjusted" last_updated="2024-03-12 07:38:01-05" notes="Index"/></seriess>
            """
        _ = try FREDImport(paths: [try Self.write(seriesXML, "cpi.xml", in: folder)]).run(into: other)
        #expect(try other.series("CPIAUCSL")?.unit == "Index_1982-1984=100")
    }

    @Test func badAndHostileFilesAreRefusedWithTheirPlaceAndNothingStored() throws {
        let folder = try TemporaryFolder()
        let store = try TestEngine.sqlite.store()
        func refusal(_ text: String, _ name: String) throws -> String {
            let path = try Self.write(text, name, in: folder)
            let error = #expect(throws: ImportError.self) { try FREDImport(paths: [path]).run(into: store) }
            return error.map { "\($0)" } ?? ""
        }
        #expect(try refusal("observation_date,GDPC1\n2023-01-01,1.0\n2023-13-01,2.0\n", "a.csv").contains("a.csv:3"))
        #expect(try refusal("observation_date,GDPC1\n2023-01-01,1.0\n2023-04-01,abc\n", "b.csv").contains("'abc' is not a number"))
        #expect(try refusal("observation_date,GDPC1\n2023-01-01,1.0,2.0\n", "c.csv").contains("c.csv:2"))
        #expect(try refusal("<observations><observation date=\"2020-01-01\" value=\"1\"/>", "d.xml").contains("not XML"))
        #expect(try refusal("{\"observations\": [{\"date\": \"2020-01-01\"", "e.json").contains("not JSON"))
        #expect(try refusal("hello,world\n1,2\n", "f.csv").contains("not a FRED file"))
        // A monthly series whose date is not the first day of its month.
        #expect(
            try refusal("Title: X\nSeries ID: X\nFrequency: Monthly\n\nDATE VALUE\n2024-01-15 1.0\n", "g.txt").contains("not the first day")
        )
        let entity = """
            <?xml version="1.0"?><!DOCTYPE observations [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <observations realtime_start="2024-01-01" realtime_end="2024-01-01"><observation realtime_start="2024-01-01" realtime_end="2024-01-01" date="2020-01-01" value="&x;"/></observations>
            """
        let refused = try refusal(entity, "h.xml")
        #expect(!refused.contains("root:"))
        #expect(try store.allSeries().isEmpty)
    }
}
