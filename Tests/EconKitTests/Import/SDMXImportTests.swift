import EconKit
import Foundation
import Testing

/// SDMX data messages as the ECB, Eurostat and the IMF publish them (issue 18); specimens written
/// here after the SDMX 2.1 standard's schemas and the ECB's published examples (values invented).
struct SDMXImportTests {
    static let header = """
        <message:Header><message:ID>EXR-2024</message:ID><message:Test>false</message:Test>
        <message:Prepared>2024-03-01T12:00:00+01:00</message:Prepared><message:Sender id="ECB"/>
        <message:Structure structureID="ECB_EXR1" dimensionAtObservation="TIME_PERIOD">
        <common:StructureUsage><Ref agencyID="ECB" id="EXR" version="1.0"/></common:StructureUsage></message:Structure></message:Header>
        """

    static let generic = """
        <?xml version="1.0" encoding="UTF-8"?>
        <message:GenericData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message" xmlns:generic="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic" xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common">
        \(header)
        <message:DataSet structureRef="ECB_EXR1" action="Replace">
        <generic:Series>
          <generic:SeriesKey><generic:Value id="FREQ" value="M"/><generic:Value id="CURRENCY" value="USD"/><generic:Value id="CURRENCY_DENOM" value="EUR"/><generic:Value id="EXR_TYPE" value="SP00"/><generic:Value id="EXR_SUFFIX" value="A"/></generic:SeriesKey>
          <generic:Attributes><generic:Value id="TITLE" value="US dollar/Euro"/><generic:Value id="UNIT" value="USD"/><generic:Value id="UNIT_MULT" value="0"/></generic:Attributes>
          <generic:Obs><generic:ObsDimension value="2024-01"/><generic:ObsValue value="1.0905"/><generic:Attributes><generic:Value id="OBS_STATUS" value="A"/></generic:Attributes></generic:Obs>
          <generic:Obs><generic:ObsDimension value="2024-02"/><generic:ObsValue value="1.0795"/><generic:Attributes><generic:Value id="OBS_STATUS" value="P"/></generic:Attributes></generic:Obs>
          <generic:Obs><generic:ObsDimension value="2024-03"/><generic:ObsValue value="NaN"/><generic:Attributes><generic:Value id="OBS_STATUS" value="M"/></generic:Attributes></generic:Obs>
        </generic:Series>
        </message:DataSet></message:GenericData>
        """

    static let structureSpecific = """
        <?xml version="1.0" encoding="UTF-8"?>
        <message:StructureSpecificData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message" xmlns:ss="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific" xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        \(header)
        <message:DataSet ss:structureRef="ECB_EXR1" xsi:type="ns1:DataSetType" ss:dataScope="DataStructure">
        <Series FREQ="Q" CURRENCY="JPY" CURRENCY_DENOM="EUR" EXR_TYPE="SP00" EXR_SUFFIX="A" TITLE="Japanese yen/Euro" UNIT="JPY" UNIT_MULT="0">
          <Obs TIME_PERIOD="2023-Q4" OBS_VALUE="155.7" OBS_STATUS="A"/><Obs TIME_PERIOD="2024-Q1" OBS_VALUE="161.2" OBS_STATUS="E"/>
        </Series>
        <Series FREQ="A" REF_AREA="KZ" INDICATOR="NGDP" UNIT_MULT="9" UNIT="KZT">
          <Obs TIME_PERIOD="2022" OBS_VALUE="103765"/><Obs TIME_PERIOD="2023-A1" OBS_VALUE="119251"/>
        </Series>
        </message:DataSet></message:StructureSpecificData>
        """

    static let csv1 = """
        DATAFLOW,FREQ,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT
        ESTAT:NAMA_10_GDP(1.0),S,KZ,B1GQ,2023-S1,50.5,,6
        ESTAT:NAMA_10_GDP(1.0),S,KZ,B1GQ,2023-S2,55.25,p,6
        ESTAT:NAMA_10_GDP(1.0),W,KZ,B1GQ,2024-W01,1.5,,6

        """

    static let csv2 = """
        STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS
        dataflow,IMF:CPI(3.0.0),I,M,KZ,2024-M01,101.2,
        dataflow,IMF:CPI(3.0.0),I,M,KZ,2024-M02,101.9,E

        """

    static let json1 = """
        {"header":{"id":"EXR","test":false,"prepared":"2024-03-01T11:00:00Z","sender":{"id":"ECB"}},
         "dataSets":[{"action":"Replace","series":{"0:0:0:0:0":{"attributes":[0,0],"observations":{"0":[1.0905,0],"1":["1.0795",1],"2":["NaN",2]}}}}],
         "structure":{"links":[{"rel":"dataflow","href":"https://data-api.ecb.europa.eu/service/dataflow/ECB/EXR/1.0"}],
          "dimensions":{"series":[{"id":"FREQ","values":[{"id":"M","name":"Monthly"}]},{"id":"CURRENCY","values":[{"id":"USD"}]},
            {"id":"CURRENCY_DENOM","values":[{"id":"EUR"}]},{"id":"EXR_TYPE","values":[{"id":"SP00"}]},{"id":"EXR_SUFFIX","values":[{"id":"A"}]}],
           "observation":[{"id":"TIME_PERIOD","values":[{"id":"2024-01"},{"id":"2024-02"},{"id":"2024-03"}]}]},
          "attributes":{"series":[{"id":"TITLE","values":[{"name":"US dollar/Euro"}]},{"id":"UNIT","values":[{"id":"USD"}]}],
           "observation":[{"id":"OBS_STATUS","values":[{"id":"A"},{"id":"P"},{"id":"M"}]}]}}}
        """

    static let json2 = """
        {"meta":{"id":"CPI","prepared":"2024-03-15T00:00:00Z","sender":{"id":"IMF"}},
         "data":{"dataSets":[{"structure":0,"action":"Information","series":{"0:0":{"observations":{"0":[101.2],"1":[101.9]}}}}],
          "structures":[{"links":[{"rel":"dataflow","urn":"urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=IMF:CPI(3.0.0)"}],
           "dimensions":{"series":[{"id":"FREQ","values":[{"id":"M"}]},{"id":"REF_AREA","values":[{"id":"KZ"}]}],
            "observation":[{"id":"TIME_PERIOD","values":[{"id":"2024-M01"},{"id":"2024-M02"}]}]},
           "attributes":{"series":[],"observation":[]}}]}}
        """

    @Test(arguments: TestEngine.all)
    func sdmxJSONOneAndTwo(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let store = try engine.store()
        let report = try SDMXImport(paths: [try folder.write("exr.json", Self.json1), try folder.write("cpi.json", Self.json2)]).run(
            into: store)
        #expect(report.files.map(\.format) == [.json1, .json2])
        #expect(report.gaps == 1)
        #expect(try Self.values(store, "ECB.EXR.M.USD.EUR.SP00.A") == ["2024-01 1.0905 OBS_STATUS=A", "2024-02 1.0795 OBS_STATUS=P"])
        #expect(try store.series("ECB.EXR.M.USD.EUR.SP00.A")?.titleEn == "US dollar/Euro")
        #expect(try Self.values(store, "IMF.CPI.M.KZ") == ["2024-01 101.2 ", "2024-02 101.9 "])
        #expect(try store.revisions("IMF.CPI.M.KZ").first?.published == "2024-03-15T00:00:00Z")
        let wrong = try folder.write(
            "wrong.json",
            "{\"data\": {\"dataSets\": [{\"series\": {\"0:5\": {\"observations\": {}}}}], \"structures\": [{\"dimensions\": {\"series\": [{\"id\": \"FREQ\", \"values\": [{\"id\": \"M\"}]}]}}]}, \"meta\": {}}"
        )
        let error = #expect(throws: ImportError.self) { try SDMXImport(paths: [wrong]).run(into: store) }
        #expect("\(error.map { "\($0)" } ?? "")".contains("wrong.json: dataSets[0].series[\"0:5\"]"))
    }

    static let structure = """
        <?xml version="1.0" encoding="UTF-8"?>
        <message:Structure xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message" xmlns:structure="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure" xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common">
        <message:Header><message:ID>DSD</message:ID><message:Test>false</message:Test><message:Prepared>2024-03-01T00:00:00</message:Prepared><message:Sender id="ECB"/></message:Header>
        <message:Structures>
        <structure:Codelists>
          <structure:Codelist id="CL_FREQ" agencyID="ECB" version="1.0"><common:Name xml:lang="en">Frequency</common:Name>
            <structure:Code id="Q"><common:Name xml:lang="de">Vierteljährlich</common:Name><common:Name xml:lang="en">Quarterly</common:Name></structure:Code></structure:Codelist>
          <structure:Codelist id="CL_CURRENCY" agencyID="ECB" version="1.0"><common:Name xml:lang="en">Currency</common:Name>
            <structure:Code id="JPY"><common:Name xml:lang="en">Japanese yen</common:Name></structure:Code><structure:Code id="EUR"><common:Name xml:lang="en">Euro</common:Name></structure:Code></structure:Codelist>
          <structure:Codelist id="CL_EXR_TYPE" agencyID="ECB" version="1.0"><structure:Code id="SP00"><common:Name xml:lang="en">Spot</common:Name></structure:Code></structure:Codelist>
          <structure:Codelist id="CL_EXR_SUFFIX" agencyID="ECB" version="1.0"><structure:Code id="A"><common:Name xml:lang="en">Average</common:Name></structure:Code></structure:Codelist>
        </structure:Codelists>
        <structure:Concepts><structure:ConceptScheme id="ECB_CONCEPTS" agencyID="ECB" version="1.0">
          <structure:Concept id="CURRENCY"><common:Name xml:lang="en">Currency</common:Name></structure:Concept></structure:ConceptScheme></structure:Concepts>
        <structure:DataStructures><structure:DataStructure id="ECB_EXR1" agencyID="ECB" version="1.0"><common:Name xml:lang="en">Exchange Rates</common:Name>
          <structure:DataStructureComponents><structure:DimensionList id="DimensionDescriptor">
            <structure:Dimension id="FREQ" position="1"><structure:LocalRepresentation><structure:Enumeration><Ref id="CL_FREQ"/></structure:Enumeration></structure:LocalRepresentation></structure:Dimension>
            <structure:Dimension id="CURRENCY" position="2"><structure:LocalRepresentation><structure:Enumeration><Ref id="CL_CURRENCY"/></structure:Enumeration></structure:LocalRepresentation></structure:Dimension>
            <structure:Dimension id="CURRENCY_DENOM" position="3"><structure:LocalRepresentation><structure:Enumeration><Ref id="CL_CURRENCY"/></structure:Enumeration></structure:LocalRepresentation></structure:Dimension>
            <structure:Dimension id="EXR_TYPE" position="4"><structure:LocalRepresentation><structure:Enumeration><Ref id="CL_EXR_TYPE"/></structure:Enumeration></structure:LocalRepresentation></structure:Dimension>
            <structure:Dimension id="EXR_SUFFIX" position="5"><structure:LocalRepresentation><structure:Enumeration><Ref id="CL_EXR_SUFFIX"/></structure:Enumeration></structure:LocalRepresentation></structure:Dimension>
            <structure:TimeDimension id="TIME_PERIOD" position="6"/></structure:DimensionList>
          <structure:AttributeList id="AttributeDescriptor"><structure:Attribute id="SOURCE_NOTE"/><structure:Attribute id="OBS_STATUS"/></structure:AttributeList>
          </structure:DataStructureComponents></structure:DataStructure></structure:DataStructures>
        <structure:Dataflows><structure:Dataflow id="EXR" agencyID="ECB" version="1.0"><common:Name xml:lang="en">Exchange Rates</common:Name></structure:Dataflow></structure:Dataflows>
        </message:Structures></message:Structure>
        """

    @Test(arguments: TestEngine.all)
    func aStructureTellsDimensionsOrdersKeysAndNamesSeries(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let store = try engine.store()
        let structure = try SDMXStructure(path: try folder.write("dsd.xml", Self.structure))
        #expect(structure.dimensions == ["FREQ", "CURRENCY", "CURRENCY_DENOM", "EXR_TYPE", "EXR_SUFFIX"])
        #expect(structure.name(of: "Q", in: "FREQ") == "Quarterly")
        // Attributes out of order and one the cross-domain list does not know (SOURCE_NOTE).
        let data = """
            <?xml version="1.0" encoding="UTF-8"?>
            <message:StructureSpecificData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message" xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common">
            \(Self.header)
            <message:DataSet><Series EXR_SUFFIX="A" SOURCE_NOTE="ECB reference rates" CURRENCY="JPY" FREQ="Q" CURRENCY_DENOM="EUR" EXR_TYPE="SP00">
            <Obs TIME_PERIOD="2024-Q1" OBS_VALUE="161.2"/></Series></message:DataSet></message:StructureSpecificData>
            """
        let path = try folder.write("ss.xml", data)
        let report = try SDMXImport(paths: [path], structure: structure).run(into: store)
        #expect(report.createdSeries == ["ECB.EXR.Q.JPY.EUR.SP00.A"])
        let series = try #require(try store.series("ECB.EXR.Q.JPY.EUR.SP00.A"))
        #expect(series.titleEn == "Quarterly, Japanese yen, Euro, Spot, Average")
        #expect(
            series.note?.contains("CURRENCY=JPY (Japanese yen)") == true && series.note?.contains("SOURCE_NOTE=ECB reference rates") == true
        )
        #expect(series.note?.hasPrefix("EXR: Exchange Rates") == true)
        // Without the structure SOURCE_NOTE is read as a dimension, and its text cannot be in a code.
        let other = try engine.store()
        let unknown = #expect(throws: (any Error).self) { try SDMXImport(paths: [path]).run(into: other) }
        #expect("\(unknown.map { "\($0)" } ?? "")".contains("ECB reference rates"))
        #expect(try other.allSeries().isEmpty)
        let error = #expect(throws: ImportError.self) { try SDMXStructure(path: try folder.write("empty.xml", "<message:Structure/>")) }
        #expect("\(error.map { "\($0)" } ?? "")".contains("no data structure"))
    }

    static func values(_ store: Store, _ code: String) throws -> [String] {
        try store.observations(code).map { "\($0.period) \($0.amount?.value.map(DecimalText.format) ?? "-") \($0.note ?? "")" }
    }

    @Test(arguments: TestEngine.all)
    func genericAndStructureSpecificDataMessages(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let store = try engine.store()
        let generic = try folder.write("exr-generic.xml", Self.generic)
        let report = try SDMXImport(paths: [generic]).run(into: store)
        #expect(report.files.map(\.format) == [.genericML])
        #expect(report.total == .init(new: 2) && report.gaps == 1)
        let usd = try #require(try store.series("ECB.EXR.M.USD.EUR.SP00.A"))
        #expect(usd.titleEn == "US dollar/Euro" && usd.unit == "USD" && usd.frequency == .monthly && usd.source == "ECB")
        #expect(try Self.values(store, "ECB.EXR.M.USD.EUR.SP00.A") == ["2024-01 1.0905 OBS_STATUS=A", "2024-02 1.0795 OBS_STATUS=P"])
        #expect(try store.revisions("ECB.EXR.M.USD.EUR.SP00.A").first?.published == "2024-03-01T11:00:00Z")
        #expect(try SDMXImport(paths: [generic]).run(into: store).total == .init(unchanged: 2))

        let specific = try folder.write("exr-ss.xml", Self.structureSpecific)
        let second = try SDMXImport(paths: [specific]).run(into: store)
        #expect(second.files.map(\.format) == [.structureSpecificML])
        #expect(try Self.values(store, "ECB.EXR.Q.JPY.EUR.SP00.A") == ["2023-Q4 155.7 OBS_STATUS=A", "2024-Q1 161.2 OBS_STATUS=E"])
        let gdp = try #require(try store.series("ECB.EXR.A.KZ.NGDP"))
        // UNIT_MULT stays a scale in the unit; the values are as published.
        #expect(gdp.unit == "KZT_billions" && gdp.frequency == .annual)
        #expect(try Self.values(store, "ECB.EXR.A.KZ.NGDP") == ["2022 103765 ", "2023 119251 "])
    }

    @Test(arguments: TestEngine.all)
    func sdmxCSVOneAndTwo(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let store = try engine.store()
        let report = try SDMXImport(paths: [try folder.write("gdp.csv", Self.csv1), try folder.write("cpi.csv", Self.csv2)]).run(
            into: store)
        #expect(report.files.map(\.format) == [.csv1, .csv2])
        #expect(try Self.values(store, "ESTAT.NAMA_10_GDP.S.KZ.B1GQ") == ["2023-H1 50.5 ", "2023-H2 55.25 OBS_STATUS=p"])
        #expect(try store.series("ESTAT.NAMA_10_GDP.S.KZ.B1GQ")?.unit == "value_millions")
        // ISO week 1 of 2024 starts on Monday 1 January.
        #expect(try Self.values(store, "ESTAT.NAMA_10_GDP.W.KZ.B1GQ") == ["2024-01-01 1.5 "])
        #expect(try Self.values(store, "IMF.CPI.M.KZ") == ["2024-01 101.2 ", "2024-02 101.9 OBS_STATUS=E"])
        let prefixed = try SDMXImport(paths: [try folder.write("cpi2.csv", Self.csv2)], prefix: "imf.cpi.").run(into: store)
        #expect(prefixed.createdSeries == ["imf.cpi.M.KZ"])
    }

    @Test(arguments: [
        ("2024", "2024"), ("2024-A1", "2024"), ("2024-S2", "2024-H2"), ("2024-Q3", "2024-Q3"), ("2024-M07", "2024-07"),
        ("2024-07", "2024-07"), ("2024-07-15", "2024-07-15"), ("2021-W01", "2021-01-04"), ("2020-W53", "2020-12-28"),
        ("2025-01-01/P9M", "2025-01/2025-09"), ("2024-11/P3M", "2024-11/2025-01"),
    ])
    func everyPeriodForm(text: String, period: String) {
        #expect(SDMXReader.period(text)?.description == period)
    }

    @Test func badAndHostileMessagesAreRefusedAndNothingStored() throws {
        let folder = try TemporaryFolder()
        let store = try TestEngine.sqlite.store()
        func refusal(_ text: String, _ name: String) throws -> String {
            let path = try folder.write(name, text)
            let error = #expect(throws: ImportError.self) { try SDMXImport(paths: [path]).run(into: store) }
            return error.map { "\($0)" } ?? ""
        }
        let cut = String(Self.generic.prefix(Self.generic.count - 60))
        #expect(try refusal(cut, "cut.xml").contains("not well-formed"))
        #expect(try refusal(Self.generic.replacingOccurrences(of: "1.0795", with: "one"), "bad.xml").contains("'one' is not a number"))
        #expect(try refusal(Self.csv1.replacingOccurrences(of: "2023-S2", with: "2023-X9"), "bad.csv").contains("bad.csv:3"))
        #expect(try refusal("<html><body>not sdmx</body></html>", "page.xml").contains("not an SDMX data message"))
        let entity = """
            <?xml version="1.0"?><!DOCTYPE message:GenericData [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <message:GenericData xmlns:message="m" xmlns:generic="g"><message:DataSet><generic:Series><generic:SeriesKey><generic:Value id="FREQ" value="A"/></generic:SeriesKey>
            <generic:Obs><generic:ObsDimension value="2020"/><generic:ObsValue value="&x;"/></generic:Obs></generic:Series></message:DataSet></message:GenericData>
            """
        let refused = (try? refusal(entity, "entity.xml")) ?? ""
        #expect(!refused.contains("root:"))
        #expect(try store.allSeries().allSatisfy { try store.observations($0.code).allSatisfy { $0.note?.contains("root:") != true } })
        let lol = (1...9).map { "<!ENTITY l\($0) \"" + String(repeating: "&l\($0 - 1);", count: 10) + "\">" }.joined()
        let bomb = """
            <?xml version="1.0"?><!DOCTYPE message:GenericData [<!ENTITY l0 "lol">\(lol)]>
            <message:GenericData xmlns:message="m" xmlns:generic="g"><message:DataSet><generic:Series><generic:SeriesKey><generic:Value id="FREQ" value="&l9;"/></generic:SeriesKey>
            <generic:Obs><generic:ObsDimension value="2020"/><generic:ObsValue value="1"/></generic:Obs></generic:Series></message:DataSet></message:GenericData>
            """
        let path = try folder.write("bomb.xml", bomb)
        // Refused, or read without expanding a billion "lol"s: never a crash or a huge series code.
        if let report = try? SDMXImport(paths: [path], dryRun: true).run(into: store) {
            #expect(report.counts.keys.allSatisfy { $0.count < 10_000 })
        }
    }
}
