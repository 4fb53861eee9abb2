import EconKit
import Testing

/// Every layout and option against small expected CSV texts (golden files kept in the test).
struct LayoutGoldenTests {

    /// Expected text: the literal's lines, each ended by `lineEnding`, after an optional BOM.
    func csv(_ text: String, lineEnding: String = "\n", bom: Bool = false) -> String {
        (bom ? "\u{FEFF}" : "") + text.split(separator: "\n", omittingEmptySubsequences: false).map { $0 + lineEnding }.joined()
    }

    @Test(arguments: TestEngine.all) func longIsTheDefaultWithBoundsRangesAndGuardedFormulas(engine: TestEngine) throws {
        let store = try exportStore(engine)
        // The irregular series comes in time order (a span of months before its year), the
        // retracted 2025-09 is left out, and the 2024 revision published last is current.
        #expect(
            try exported(store)
                == csv(
                    """
                    series,period,value,unit,qualifier,low,high,note,source,document,published,recorded_at
                    ru_kz.investment.cumulative,2025-01/2025-09,,USD,range,56600000000,57000000000,'+cmd|' /C calc'!A0,,,2025-10,2025-11-24T16:00:00.000000Z
                    ru_kz.investment.cumulative,2025,27000000000,USD,approx,,,,,,2025-11-12,2025-11-24T16:00:00.000000Z
                    ru_kz.investment.cumulative,2025-11,26000000000,USD,more-than,26000000000,,,,,2025-11,2025-11-24T16:00:00.000000Z
                    ru_kz.investment.cumulative,2025-11-06,56600000000,USD,exact,,,'-2+3,,,2025-11-07,2025-11-24T16:00:00.000000Z
                    ru_kz.investment.yearly,2023,3000000000,USD,approx,,,,"'=HYPERLINK(""http://evil.example"",""click"")",,2024-11-27,2025-11-24T16:00:00.000000Z
                    ru_kz.investment.yearly,2024,4000000000,USD,exact,,,"a; b, ""c\"\"\",'@SUM(1+1),,2025-10-11,2025-11-24T16:00:00.000001Z
                    ru_kz.projects,2025-10,175,projects,exact,,,,,,2025-11,2025-11-24T16:00:00.000000Z
                    """))
    }

    @Test(arguments: TestEngine.all) func longGainsTitleAndScaleColumns(engine: TestEngine) throws {
        let store = try exportStore(engine)
        let options = ExportOptions(scale: .billions, titles: .ru)
        #expect(
            try exported(store, SeriesSelection(codes: ["ru_kz.investment.yearly"]), options)
                == csv(
                    """
                    series,title,period,value,unit,scale,qualifier,low,high,note,source,document,published,recorded_at
                    ru_kz.investment.yearly,Российские инвестиции в Казахстан за год,2023,3,USD,billions,approx,,,,"'=HYPERLINK(""http://evil.example"",""click"")",,2024-11-27,2025-11-24T16:00:00.000000Z
                    ru_kz.investment.yearly,Российские инвестиции в Казахстан за год,2024,4,USD,billions,exact,,,"a; b, ""c\"\"\",'@SUM(1+1),,2025-10-11,2025-11-24T16:00:00.000001Z
                    """))
    }

    @Test(arguments: TestEngine.all) func asOfExportsWhatWasPublishedByThen(engine: TestEngine) throws {
        let store = try exportStore(engine)
        let options = ExportOptions(asOf: .t("2025-06"))
        #expect(
            try exported(store, SeriesSelection(codes: ["ru_kz.investment.yearly"]), options)
                == csv(
                    """
                    series,period,value,unit,qualifier,low,high,note,source,document,published,recorded_at
                    ru_kz.investment.yearly,2023,3000000000,USD,approx,,,,"'=HYPERLINK(""http://evil.example"",""click"")",,2024-11-27,2025-11-24T16:00:00.000000Z
                    ru_kz.investment.yearly,2024,3900000000,USD,exact,,,first estimate,,,2025-01,2025-11-24T16:00:00.000000Z
                    """))
    }

    @Test(arguments: TestEngine.all) func wideHasARowPerSeriesAndExtraRowsOnlyWhereFiguresAreNotExact(engine: TestEngine) throws {
        let store = try exportStore(engine)
        #expect(
            try exported(store, .all, ExportOptions(layout: .wide))
                == csv(
                    """
                    series,unit,field,2023,2024,2025-01/2025-09,2025,2025-10,2025-11,2025-11-06
                    ru_kz.investment.cumulative,USD,value,,,,27000000000,,26000000000,56600000000
                    ru_kz.investment.cumulative,USD,qualifier,,,range,approx,,more-than,exact
                    ru_kz.investment.cumulative,USD,low,,,56600000000,,,26000000000,
                    ru_kz.investment.cumulative,USD,high,,,57000000000,,,,
                    ru_kz.investment.yearly,USD,value,3000000000,4000000000,,,,,
                    ru_kz.investment.yearly,USD,qualifier,approx,exact,,,,,
                    ru_kz.projects,projects,value,,,,,175,,
                    """))
    }

    @Test(arguments: TestEngine.all) func wideForRussianExcelNamesTheScaleInTheUnitCell(engine: TestEngine) throws {
        let store = try exportStore(engine)
        let options = ExportOptions(layout: .wide, dialect: .excelRU, scale: .billions, periodStyle: .text, titles: .en)
        #expect(
            try exported(store, SeriesSelection(match: "ru_kz.investment.*"), options)
                == csv(
                    """
                    series;title;unit;field;2023;2024;2025-01/2025-09;2025;'2025-11;'2025-11-06
                    ru_kz.investment.cumulative;Russian investment in Kazakhstan, cumulative;USD, billions;value;;;;27;26;56,6
                    ru_kz.investment.cumulative;Russian investment in Kazakhstan, cumulative;USD, billions;qualifier;;;range;approx;more-than;exact
                    ru_kz.investment.cumulative;Russian investment in Kazakhstan, cumulative;USD, billions;low;;;56,6;;26;
                    ru_kz.investment.cumulative;Russian investment in Kazakhstan, cumulative;USD, billions;high;;;57;;;
                    ru_kz.investment.yearly;Russian investment in Kazakhstan in the year;USD, billions;value;3;4;;;;
                    ru_kz.investment.yearly;Russian investment in Kazakhstan in the year;USD, billions;qualifier;approx;exact;;;;
                    """, lineEnding: "\r\n", bom: true))
    }

    @Test(arguments: TestEngine.all) func byPeriodHasARowPerPeriodAndAUnitRow(engine: TestEngine) throws {
        let store = try exportStore(engine)
        #expect(
            try exported(store, .all, ExportOptions(layout: .byPeriod))
                == csv(
                    """
                    period,ru_kz.investment.cumulative,ru_kz.investment.cumulative [qualifier],ru_kz.investment.cumulative [low],ru_kz.investment.cumulative [high],ru_kz.investment.yearly,ru_kz.investment.yearly [qualifier],ru_kz.projects
                    unit,USD,,USD,USD,USD,,projects
                    2023,,,,,3000000000,approx,
                    2024,,,,,4000000000,exact,
                    2025-01/2025-09,,range,56600000000,57000000000,,,
                    2025,27000000000,approx,,,,,
                    2025-10,,,,,,,175
                    2025-11,26000000000,more-than,26000000000,,,,
                    2025-11-06,56600000000,exact,,,,,
                    """))
    }

    @Test(arguments: TestEngine.all) func sdmxMapsQualifiersToObservationStatus(engine: TestEngine) throws {
        let store = try exportStore(engine)
        #expect(
            try exported(store, .all, ExportOptions(layout: .sdmx))
                == csv(
                    """
                    STRUCTURE,STRUCTURE_ID,ACTION,SERIES,REF_AREA,COUNTERPART_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MEASURE,UNIT_MULT,ECON_QUALIFIER,OBS_LOWER,OBS_UPPER,OBS_COMMENT,SOURCE
                    dataflow,ECON:FIGURES(1.0),I,ru_kz.investment.cumulative,RU,KZ,2025-01-01/P9M,,U,USD,0,range,56600000000,57000000000,'+cmd|' /C calc'!A0,
                    dataflow,ECON:FIGURES(1.0),I,ru_kz.investment.cumulative,RU,KZ,2025,27000000000,E,USD,0,approx,,,,
                    dataflow,ECON:FIGURES(1.0),I,ru_kz.investment.cumulative,RU,KZ,2025-11,26000000000,U,USD,0,more-than,26000000000,,,
                    dataflow,ECON:FIGURES(1.0),I,ru_kz.investment.cumulative,RU,KZ,2025-11-06,56600000000,A,USD,0,exact,,,'-2+3,
                    dataflow,ECON:FIGURES(1.0),I,ru_kz.investment.yearly,RU,KZ,2023,3000000000,E,USD,0,approx,,,,"'=HYPERLINK(""http://evil.example"",""click"")"
                    dataflow,ECON:FIGURES(1.0),I,ru_kz.investment.yearly,RU,KZ,2024,4000000000,A,USD,0,exact,,,"a; b, ""c\"\"\",'@SUM(1+1)
                    dataflow,ECON:FIGURES(1.0),I,ru_kz.projects,,,2025-10,175,A,projects,0,exact,,,,
                    """))
    }

    @Test(arguments: TestEngine.all) func sdmxScaleIsTheUnitMultiplier(engine: TestEngine) throws {
        let store = try exportStore(engine)
        #expect(
            try exported(store, .all, ExportOptions(layout: .sdmx, scale: .millions))
                == csv(
                    """
                    STRUCTURE,STRUCTURE_ID,ACTION,SERIES,REF_AREA,COUNTERPART_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MEASURE,UNIT_MULT,ECON_QUALIFIER,OBS_LOWER,OBS_UPPER,OBS_COMMENT,SOURCE
                    dataflow,ECON:FIGURES(1.0),I,ru_kz.investment.cumulative,RU,KZ,2025-01-01/P9M,,U,USD,6,range,56600,57000,'+cmd|' /C calc'!A0,
                    dataflow,ECON:FIGURES(1.0),I,ru_kz.investment.cumulative,RU,KZ,2025,27000,E,USD,6,approx,,,,
                    dataflow,ECON:FIGURES(1.0),I,ru_kz.investment.cumulative,RU,KZ,2025-11,26000,U,USD,6,more-than,26000,,,
                    dataflow,ECON:FIGURES(1.0),I,ru_kz.investment.cumulative,RU,KZ,2025-11-06,56600,A,USD,6,exact,,,'-2+3,
                    dataflow,ECON:FIGURES(1.0),I,ru_kz.investment.yearly,RU,KZ,2023,3000,E,USD,6,approx,,,,"'=HYPERLINK(""http://evil.example"",""click"")"
                    dataflow,ECON:FIGURES(1.0),I,ru_kz.investment.yearly,RU,KZ,2024,4000,A,USD,6,exact,,,"a; b, ""c\"\"\",'@SUM(1+1)
                    dataflow,ECON:FIGURES(1.0),I,ru_kz.projects,,,2025-10,0.000175,A,projects,6,exact,,,,
                    """))
    }

    @Test(arguments: TestEngine.all) func periodsAsTheirFirstDay(engine: TestEngine) throws {
        let store = try exportStore(engine)
        let options = ExportOptions(periodStyle: .start)
        #expect(
            try exported(store, SeriesSelection(codes: ["ru_kz.investment.cumulative"]), options)
                == csv(
                    """
                    series,period,value,unit,qualifier,low,high,note,source,document,published,recorded_at
                    ru_kz.investment.cumulative,2025-01-01,,USD,range,56600000000,57000000000,'+cmd|' /C calc'!A0,,,2025-10,2025-11-24T16:00:00.000000Z
                    ru_kz.investment.cumulative,2025-01-01,27000000000,USD,approx,,,,,,2025-11-12,2025-11-24T16:00:00.000000Z
                    ru_kz.investment.cumulative,2025-11-01,26000000000,USD,more-than,26000000000,,,,,2025-11,2025-11-24T16:00:00.000000Z
                    ru_kz.investment.cumulative,2025-11-06,56600000000,USD,exact,,,'-2+3,,,2025-11-07,2025-11-24T16:00:00.000000Z
                    """))
    }

    @Test(arguments: TestEngine.all) func periodsAsTheirLastDay(engine: TestEngine) throws {
        let store = try exportStore(engine)
        let options = ExportOptions(periodStyle: .end)
        #expect(
            try exported(store, SeriesSelection(codes: ["ru_kz.investment.cumulative"]), options)
                == csv(
                    """
                    series,period,value,unit,qualifier,low,high,note,source,document,published,recorded_at
                    ru_kz.investment.cumulative,2025-09-30,,USD,range,56600000000,57000000000,'+cmd|' /C calc'!A0,,,2025-10,2025-11-24T16:00:00.000000Z
                    ru_kz.investment.cumulative,2025-12-31,27000000000,USD,approx,,,,,,2025-11-12,2025-11-24T16:00:00.000000Z
                    ru_kz.investment.cumulative,2025-11-30,26000000000,USD,more-than,26000000000,,,,,2025-11,2025-11-24T16:00:00.000000Z
                    ru_kz.investment.cumulative,2025-11-06,56600000000,USD,exact,,,'-2+3,,,2025-11-07,2025-11-24T16:00:00.000000Z
                    """))
    }

    @Test(arguments: TestEngine.all) func withoutTheFormulaGuardPayloadsAreWrittenAsTheyAre(engine: TestEngine) throws {
        let store = try exportStore(engine)
        let options = ExportOptions(dialect: CSVDialect(formulaGuard: false))
        #expect(
            try exported(store, .all, options)
                == csv(
                    """
                    series,period,value,unit,qualifier,low,high,note,source,document,published,recorded_at
                    ru_kz.investment.cumulative,2025-01/2025-09,,USD,range,56600000000,57000000000,+cmd|' /C calc'!A0,,,2025-10,2025-11-24T16:00:00.000000Z
                    ru_kz.investment.cumulative,2025,27000000000,USD,approx,,,,,,2025-11-12,2025-11-24T16:00:00.000000Z
                    ru_kz.investment.cumulative,2025-11,26000000000,USD,more-than,26000000000,,,,,2025-11,2025-11-24T16:00:00.000000Z
                    ru_kz.investment.cumulative,2025-11-06,56600000000,USD,exact,,,-2+3,,,2025-11-07,2025-11-24T16:00:00.000000Z
                    ru_kz.investment.yearly,2023,3000000000,USD,approx,,,,"=HYPERLINK(""http://evil.example"",""click"")",,2024-11-27,2025-11-24T16:00:00.000000Z
                    ru_kz.investment.yearly,2024,4000000000,USD,exact,,,"a; b, ""c\"\"\",@SUM(1+1),,2025-10-11,2025-11-24T16:00:00.000001Z
                    ru_kz.projects,2025-10,175,projects,exact,,,,,,2025-11,2025-11-24T16:00:00.000000Z
                    """))
    }
}
