import EconKit
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The HTML page: well-formed, self-contained, one chart per series, qualifiers drawn, gaps kept.
struct HTMLReportTests {
    func html(_ engine: TestEngine, _ d: ReportDefinition = definition(alerts: ["t.flow pc1 > 5"])) throws -> String {
        try renderedReport(engine, d, as: .html)
    }

    /// Counts the elements of a document that an XML parser accepts, or fails with its error.
    final class ElementCounter: NSObject, XMLParserDelegate {
        var counts: [String: Int] = [:]
        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) { counts[name, default: 0] += 1 }
    }

    @Test(arguments: TestEngine.all) func pageIsWellFormedXMLWithOneSVGPerSeries(engine: TestEngine) throws {
        let page = try html(engine)
        let counter = ElementCounter()
        let parser = XMLParser(data: Data(page.utf8))
        parser.delegate = counter
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(counter.counts["svg"] == 2)
        #expect(counter.counts["section"] == 3)  // the alerts and one per series
        #expect(page.components(separatedBy: "<svg").count - 1 == 2)
    }

    @Test(arguments: TestEngine.all) func pageLoadsNothingFromTheNetwork(engine: TestEngine) throws {
        let page = try html(engine)
        // The fixture's source is an https address: shown as text without its scheme.
        #expect(page.contains("<li>example.org/a</li>"))
        #expect(!page.contains("http://"))
        #expect(!page.contains("https://"))
        #expect(!page.contains("<script"))
        #expect(!page.contains("<link"))
        #expect(!page.contains("src="))
    }

    @Test(arguments: TestEngine.all) func textFromTheStoreIsEscaped(engine: TestEngine) throws {
        let page = try html(engine)
        #expect(page.contains("<h2>Trade &lt;goods&gt; &amp; services</h2>"))
        #expect(!page.contains("<goods>"))
        #expect(HTMLText.escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
    }

    @Test(arguments: TestEngine.all) func chartDrawsQualifiersAndLeavesGapsOpen(engine: TestEngine) throws {
        let page = try html(engine)
        let flowChart = try #require(page.components(separatedBy: "<svg").dropFirst().first)
        // ≈121 has a whisker (three lines: the bar and two caps); >130 an open dot and an arrow up.
        #expect(flowChart.components(separatedBy: "class=\"whisker\"").count - 1 == 3)
        #expect(flowChart.contains("<title>2024: &gt;130</title><line class=\"arrow\""))
        #expect(flowChart.contains("<circle class=\"open\""))
        // 2020–2021 is joined; 2022 has no figure, so 2021 and 2023 are not; 2023–2024 is dashed (a bound).
        #expect(flowChart.components(separatedBy: "<line class=\"series\"").count - 1 == 1)
        #expect(flowChart.components(separatedBy: "<line class=\"series bound\"").count - 1 == 1)
        // Labelled ticks on both axes.
        #expect(flowChart.contains(">2021</text>"))
        #expect(flowChart.contains(">100</text>"))
    }

    @Test(arguments: TestEngine.all) func pageHasTheAsOfLineTheTableAndTheSources(engine: TestEngine) throws {
        var d = definition()
        d.asOf = .t("2025-11-30")
        let page = try html(engine, d)
        #expect(page.contains("<p class=\"asof\">Figures: :memory:, as published by 2025-11-30, latest published 2025-11-20</p>"))
        #expect(
            page.contains("<tr><td>2024</td><td class=\"num\">&gt;130</td><td class=\"num\">≈&gt;7.43</td><td class=\"src\"></td></tr>"))
        #expect(page.contains("<li>Газета</li>"))
    }

    @Test(arguments: TestEngine.all) func aSeriesWithoutFiguresInTheWindowStillHasItsChartSayingSo(engine: TestEngine) throws {
        var d = definition()
        d.from = .p("2030")
        let page = try html(engine, d)
        #expect(page.components(separatedBy: "<svg").count - 1 == 2)
        #expect(page.contains("no figures in the window</text></svg>"))
        #expect(XMLParser(data: Data(page.utf8)).parse())
    }

    @Test func valueTicksAreRoundNumbersCoveringTheData() {
        let ticks = ChartAxis.valueTicks(low: 0, high: 56.6)
        #expect(ticks.map(\.label) == ["0", "20", "40", "60"])
        #expect(ChartAxis.valueTicks(low: -1.76, high: 0.4).map(\.label) == ["-2", "-1.5", "-1", "-0.5", "0", "0.5"])
    }
}
