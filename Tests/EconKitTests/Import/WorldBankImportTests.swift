import EconKit
import Foundation
import Testing
import ZIPFoundation

/// World Bank downloads as the Bank writes them (issue 18); specimens written here after the Bank's
/// bulk CSV and API v2 documentation (the figures are round numbers, not the Bank's).
struct WorldBankImportTests {
    static let bulk = """
        \u{FEFF}"Data Source","World Development Indicators",

        "Last Updated Date","2024-06-28",

        "Country Name","Country Code","Indicator Name","Indicator Code","2020","2021","2022","2023",
        "Kazakhstan","KAZ","GDP (current US$)","NY.GDP.MKTP.CD","171000000000","197000000000","225000000000","262000000000",
        "Uzbekistan","UZB","GDP (current US$)","NY.GDP.MKTP.CD","60000000000","69000000000","80000000000","",
        "World","WLD","GDP (current US$)","NY.GDP.MKTP.CD","85000000000000","97000000000000","101000000000000","105000000000000",

        """
    static let countries = """
        "Country Code","Region","IncomeGroup","SpecialNotes","TableName",
        "KAZ","Europe & Central Asia","Upper middle income","","Kazakhstan",
        "UZB","Europe & Central Asia","Lower middle income","","Uzbekistan",
        "WLD","","","World aggregate.","World",

        """
    static let indicators = """
        "INDICATOR_CODE","INDICATOR_NAME","SOURCE_NOTE","SOURCE_ORGANIZATION",
        "NY.GDP.MKTP.CD","GDP (current US$)","GDP at purchaser's prices is the sum of gross value added by all resident producers.","World Bank national accounts data, and OECD National Accounts data files.",

        """
    static let api = """
        [{"page":1,"pages":1,"per_page":50,"total":3,"sourceid":"2","sourcename":"World Development Indicators","lastupdated":"2024-06-28"},
        [{"indicator":{"id":"NY.GDP.MKTP.KD.ZG","value":"GDP growth (annual %)"},"country":{"id":"KZ","value":"Kazakhstan"},"countryiso3code":"KAZ","date":"2023","value":5.1,"unit":"","obs_status":"","decimal":1},
        {"indicator":{"id":"NY.GDP.MKTP.KD.ZG","value":"GDP growth (annual %)"},"country":{"id":"KZ","value":"Kazakhstan"},"countryiso3code":"KAZ","date":"2022","value":3.2,"unit":"","obs_status":"E","decimal":1},
        {"indicator":{"id":"NY.GDP.MKTP.KD.ZG","value":"GDP growth (annual %)"},"country":{"id":"1W","value":"World"},"countryiso3code":"WLD","date":"2023","value":null,"unit":"","obs_status":"","decimal":1}]]
        """

    static func values(_ store: Store, _ code: String) throws -> [String] {
        try store.observations(code).map { "\($0.period) \($0.amount?.value.map(DecimalText.format) ?? "-")" }
    }

    @Test(arguments: TestEngine.all)
    func theBulkCSVWithItsTitleLinesTrailingCommaAndAggregates(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let store = try engine.store()
        let path = try folder.write("API_NY.GDP.MKTP.CD_DS2_en_csv_v2_1.csv", Self.bulk)
        let report = try WorldBankImport(paths: [path]).run(into: store)
        #expect(report.files.map(\.format) == [.bulkCSV])
        #expect(report.total == .init(new: 11))
        #expect(report.gaps == 1)
        let kz = try #require(try store.series("NY.GDP.MKTP.CD.KAZ"))
        #expect(kz.unit == "USD" && kz.frequency == .annual && kz.area == "KZ" && kz.titleEn == "GDP (current US$): Kazakhstan")
        #expect(try Self.values(store, "NY.GDP.MKTP.CD.UZB") == ["2020 60000000000", "2021 69000000000", "2022 80000000000"])
        let world = try #require(try store.series("NY.GDP.MKTP.CD.WLD"))
        #expect(world.area == nil && world.note?.hasPrefix("Aggregate") == true)
        #expect(try store.revisions("NY.GDP.MKTP.CD.KAZ").first?.published == "2024-06-28")
        #expect(try WorldBankImport(paths: [path]).run(into: store).total == .init(unchanged: 11))

        let other = try engine.store()
        let skipped = try WorldBankImport(paths: [path], prefix: "wb.", skipAggregates: true).run(into: other)
        #expect(skipped.aggregatesSkipped == 4 && skipped.total.new == 7)
        #expect(try other.series("wb.NY.GDP.MKTP.CD.WLD") == nil)
    }

    @Test(arguments: TestEngine.all)
    func theZipWithItsMetadataFiles(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let store = try engine.store()
        let zip = folder.file("API_NY.GDP.MKTP.CD_DS2_en_csv_v2_1.zip")
        let archive = try Archive(url: URL(fileURLWithPath: zip), accessMode: .create)
        for (name, text) in [
            ("Metadata_Indicator_API_NY.GDP.MKTP.CD_DS2_en_csv_v2_1.csv", Self.indicators),
            ("API_NY.GDP.MKTP.CD_DS2_en_csv_v2_1.csv", Self.bulk),
            ("Metadata_Country_API_NY.GDP.MKTP.CD_DS2_en_csv_v2_1.csv", Self.countries),
        ] {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let report = try WorldBankImport(paths: [zip]).run(into: store)
        #expect(Set(report.files.map(\.format)) == [.bulkCSV, .countryMetadata, .indicatorMetadata])
        let kz = try #require(try store.series("NY.GDP.MKTP.CD.KAZ"))
        #expect(kz.note?.contains("Region: Europe & Central Asia") == true && kz.note?.contains("Upper middle income") == true)
        #expect(kz.note?.contains("gross value added") == true)
        #expect(kz.source == "World Bank national accounts data, and OECD National Accounts data files.")
        #expect(try store.series("NY.GDP.MKTP.CD.WLD")?.area == nil)

        let empty = folder.file("empty.zip")
        let nothing = try Archive(url: URL(fileURLWithPath: empty), accessMode: .create)
        let readme = Data("no data here".utf8)
        try nothing.addEntry(with: "README.txt", type: .file, uncompressedSize: Int64(readme.count)) { position, size in
            readme.subdata(in: Int(position)..<Int(position) + size)
        }
        let error = #expect(throws: ImportError.self) { try WorldBankImport(paths: [empty]).run(into: store) }
        #expect("\(error.map { "\($0)" } ?? "")".contains("no World Bank data file"))
    }

    @Test(arguments: TestEngine.all)
    func apiV2JSONWithStatusAndNulls(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let store = try engine.store()
        let path = try folder.write("growth.json", Self.api)
        let report = try WorldBankImport(paths: [path]).run(into: store)
        #expect(report.files.map(\.format) == [.apiJSON])
        #expect(report.total == .init(new: 2) && report.gaps == 1)
        let series = try #require(try store.series("NY.GDP.MKTP.KD.ZG.KAZ"))
        #expect(series.unit == "percent" && series.area == "KZ")
        #expect(try Self.values(store, "NY.GDP.MKTP.KD.ZG.KAZ") == ["2022 3.2", "2023 5.1"])
        #expect(try store.observations("NY.GDP.MKTP.KD.ZG.KAZ").first?.note == "obs_status: E")
    }

    @Test func badFilesAreRefusedWithTheirPlaceAndNothingStored() throws {
        let folder = try TemporaryFolder()
        let store = try TestEngine.sqlite.store()
        func refusal(_ text: String, _ name: String) throws -> String {
            let path = try folder.write(name, text)
            let error = #expect(throws: ImportError.self) { try WorldBankImport(paths: [path]).run(into: store) }
            return error.map { "\($0)" } ?? ""
        }
        let badValue = Self.bulk.replacingOccurrences(of: "\"69000000000\"", with: "\"sixty\"")
        #expect(try refusal(badValue, "a.csv").contains("a.csv:7"))
        #expect(try refusal("[{\"page\":1,\"per_page\":50},[{\"indicator\":", "b.json").contains("not JSON"))
        #expect(try refusal("[{\"message\":[{\"id\":\"120\",\"key\":\"Invalid value\"}]}]", "c.json").contains("not a World Bank file"))
        #expect(try refusal("hello", "d.csv").contains("not a World Bank file"))
        #expect(try store.allSeries().isEmpty)
    }
}
