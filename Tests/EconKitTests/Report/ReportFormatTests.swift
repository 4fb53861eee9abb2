import EconKit
import Foundation
import Testing

/// Each format on the small store of ``reportStore(engine)``, compared with the expected text.
struct ReportFormatTests {
    func render(_ engine: TestEngine, _ format: ReportFormat, _ d: ReportDefinition = definition(alerts: ["t.flow pc1 > 5"])) throws
        -> String
    {
        try renderedReport(engine, d, as: format)
    }

    @Test(arguments: TestEngine.all) func textShowsAlignedTablesSparklinesQualifierMarksAndNotes(engine: TestEngine) throws {
        let expected = """
            Trend report
            Figures: :memory:, current values, latest published 2025-11-20

            Alerts
              no alert fired (1 rule)
              status    series  period  transform  value   rule
              possible  t.flow  2024    pc1        ≈>7.43  t.flow pc1 > 5

            t.flow  Trade <goods> & services
            USD, flow, annual
              lin  ▁▃ ▆█
              pc1   █  ▁
            period  level, bn USD  on a year ago, % (pc1)
            2020    100            –
            2021    110            10
            2023    ≈121           –
            2024    >130           ≈>7.43
            notes:
              2020 pc1: gap: no value for 2019
              2023 pc1: gap: no value for 2022

            t.stock  Jobs
            jobs, stock, irregular dates
              lin  ▁█
            period      level, jobs
            Mar 2024    >5000
            6 Nov 2025  6000
            notes:
              pc1 not shown: the series has irregular dates, and pc1 needs a fixed frequency

            """
        #expect(try render(engine, .text) == expected)
    }

    @Test(arguments: TestEngine.all) func markdownHasHeadingsPipeTablesAndEscapedText(engine: TestEngine) throws {
        let expected = """
            # Trend report

            Figures: :memory:, current values, latest published 2025-11-20

            ## Trade \\<goods\\> & services

            `t.flow` · USD, flow, annual

            `lin` `▁▃ ▆█` · `pc1` ` █  ▁`

            | period | level, bn USD | on a year ago, % (pc1) |
            | --- | ---: | ---: |
            | 2020 | 100 | – |
            | 2021 | 110 | 10 |
            | 2023 | ≈121 | – |
            | 2024 | \\>130 | ≈\\>7.43 |

            Notes:

            - 2020 pc1: gap: no value for 2019
            - 2023 pc1: gap: no value for 2022

            ## Jobs

            `t.stock` · jobs, stock, irregular dates

            `lin` `▁█`

            | period | level, jobs |
            | --- | ---: |
            | Mar 2024 | \\>5000 |
            | 6 Nov 2025 | 6000 |

            Notes:

            - pc1 not shown: the series has irregular dates, and pc1 needs a fixed frequency

            """
        #expect(try render(engine, .markdown, definition()) == expected)
    }

    @Test(arguments: TestEngine.all) func csvHasTheColumnsOfEconTrendAtFullPrecision(engine: TestEngine) throws {
        let expected = """
            series,period,transform,value,qualifier,low,high,note
            t.flow,2020,lin,100000000000,exact,,,
            t.flow,2021,lin,110000000000,exact,,,
            t.flow,2023,lin,121000000000,approx,,,
            t.flow,2024,lin,130000000000,more-than,130000000000,,
            t.flow,2020,pc1,,,,,gap: no value for 2019
            t.flow,2021,pc1,9.999999999999986,exact,,,
            t.flow,2023,pc1,,,,,gap: no value for 2022
            t.flow,2024,pc1,7.4380165289256395,approx more-than,7.4380165289256395,,
            t.stock,2024-03,lin,5000,more-than,5000,,
            t.stock,2025-11-06,lin,6000,exact,,,

            """
        #expect(try render(engine, .csv) == expected)
    }

    @Test(arguments: TestEngine.all) func jsonHoldsRecordsAtFullPrecisionAndTheFindings(engine: TestEngine) throws {
        let text = try render(engine, .json)
        #expect(text.contains("\"value\": 7.4380165289256395,"))
        #expect(text.contains("\"value\": 130000000000,"))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["transforms"] as? [String] == ["lin", "pc1"])
        let series = try #require(root["series"] as? [[String: Any]])
        #expect(series.map { $0["code"] as? String } == ["t.flow", "t.stock"])
        let records = try #require(series.first?["records"] as? [[String: Any]])
        #expect(records.count == 8)
        #expect(records.last?["qualifier"] as? String == "approx more-than")
        let skipped = try #require(series.last?["skipped"] as? [[String: Any]])
        #expect(skipped.first?["transform"] as? String == "pc1")
        let alerts = try #require(root["alerts"] as? [String: Any])
        #expect(alerts["fired"] as? Bool == false)
        let findings = try #require(alerts["findings"] as? [[String: Any]])
        #expect(findings.first?["certainty"] as? String == "possible")
        #expect(findings.first?["period"] as? String == "2024")
    }

    @Test(arguments: TestEngine.all) func russianLabelsTranslateColumnsTitlesAndMonths(engine: TestEngine) throws {
        let text = try render(engine, .text, definition(language: .ru))
        #expect(text.hasPrefix("Отчёт о динамике\n"))
        #expect(text.contains("t.flow  Торговля\nUSD, поток, годовой\n"))
        #expect(text.contains("период  уровень, млрд USD  к году ранее, % (pc1)\n"))
        #expect(text.contains("мар 2024       >5000\n6 ноября 2025  6000\n"))
        #expect(!text.contains("Mar 2024"))
    }

    @Test(arguments: TestEngine.all, ReportFormat.allCases)
    func theSameDataAndOptionsGiveTheSameBytes(engine: TestEngine, format: ReportFormat) throws {
        let d = definition(alerts: ["t.flow pc1 > 5", "t.* lin > 1"], allPeriods: true)
        let first = try renderedReport(engine, d, as: format)
        let second = try renderedReport(engine, d, as: format)
        #expect(!first.isEmpty)
        #expect(Data(first.utf8) == Data(second.utf8))
    }

    @Test func tablesDivideByTheScaleExactlyAndRoundBoundsOutward() {
        #expect(ReportNumber.scaled(56.6e9, .billions) == 56.6)
        #expect(ReportNumber.scale(for: [TrendValue(Interval(64_000))]) == .thousands)
        #expect(ReportNumber.scale(for: [TrendValue(Interval(2500))]) == .units)
        let lessThan = TrendValue(Interval(low: .init(-.infinity), high: .init(15.3846e9, strict: true)))
        #expect(ReportNumber.cell(lessThan, .billions) == "<15.39")
    }

    @Test func periodLabelsNameMonthsQuartersHalvesAndSpans() {
        let en = ReportLabels(.en)
        let ru = ReportLabels(.ru)
        #expect(en.label(.p("2024-Q3")) == "Q3 2024")
        #expect(ru.label(.p("2024-Q3")) == "III кв. 2024")
        #expect(en.label(.p("2024-H1")) == "H1 2024")
        #expect(en.label(.p("2025-01/2025-09")) == "Jan 2025–Sep 2025")
        #expect(ru.label(.p("2025-05-01")) == "1 мая 2025")
        #expect(ru.label(.p("2025-05")) == "май 2025")
    }
}
