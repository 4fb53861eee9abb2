import ArgumentParser
import EconKit
import Foundation

struct ImportSDMX: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sdmx",
        abstract: "Import SDMX data messages: SDMX-ML 2.1 (Generic, StructureSpecific), SDMX-JSON and SDMX-CSV.",
        discussion: """
            Reads, sniffed from the content, the data messages the ECB, Eurostat, the IMF, the OECD, INSEE, ISTAT \
            and the BIS publish: SDMX-ML 2.1 GenericData, GenericTimeSeriesData, StructureSpecificData and \
            StructureSpecificTimeSeriesData (streamed: any size in flat memory), SDMX-JSON 1.0 and 2.0, and \
            SDMX-CSV 1.0 and 2.0.

            Series codes are the dataflow's agency and id, then the series key: ECB.EXR.M.USD.EUR.SP00.A \
            (--prefix replaces agency and dataflow). Periods in every SDMX form (2024, 2024-A1, 2024-S1, \
            2024-Q1, 2024-M01, 2024-01, 2024-W05, days). UNIT_MULT is kept in the unit as a scale \
            (EUR_millions), never multiplied into the values; OBS_STATUS and other observation attributes are \
            the observation's note. The message's Prepared time is the publication time unless --published. \
            With --structure FILE (a structure message with the data structure, its codelists and concepts), \
            dimensions are told from attributes by it, keys follow its order, and series get the names of \
            their codes as title and in the note; without it, attributes are told from dimensions by SDMX's \
            cross-domain concepts.

            EXAMPLES:
              econ import sdmx EXR.xml
              econ import sdmx nama_10_gdp.csv --prefix eurostat.gdp.
            """
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "SDMX-ML or SDMX-CSV data files.") var files: [String]
    @Option(help: ArgumentHelp("Put this before the series key instead of the agency and dataflow.", valueName: "text")) var prefix: String?
    @Option(help: "Measure of the series to create: flow (default) or stock.") var measure: Measure = .flow
    @Option(help: ArgumentHelp("When the data were published (default: the message's Prepared time).", valueName: "date"))
    var published: String?
    @Option(
        help: ArgumentHelp("An SDMX-ML structure message (the data structure with its codelists): dimensions and names.", valueName: "file")
    )
    var structure: String?
    @Flag(help: "Show what would be stored; write nothing.") var dryRun = false
    @Flag(help: "List the counts of every series.") var verbose = false

    func run() throws {
        let target = dryRun ? try store.openForDryRun() : try store.openForWriting()
        let report = try SDMXImport(
            paths: files, prefix: prefix, measure: measure, published: try Arguments.time(published), dryRun: dryRun,
            structure: try structure.map { try SDMXStructure(path: $0) }
        ).run(into: target)
        report.printSummary(gaps: "missing values left as gaps", listEverySeries: verbose)
    }
}
