import ArgumentParser
import EconKit
import Foundation

struct ImportWorldBank: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worldbank",
        abstract: "Import World Bank bulk downloads (CSV or zip) and API v2 JSON responses.",
        discussion: """
            Reads, sniffed from the content: the bulk CSV (API_<indicator>_DS2_….csv, its title lines and the \
            trailing comma), the zip the Bank serves it in with its Metadata_Country_ and Metadata_Indicator_ \
            files, and API v2 JSON responses ([{page …}, [{indicator, country, countryiso3code, date, value, \
            obs_status …}]]). An empty cell or null is a gap, never 0.

            Series are {indicator}.{country} (NY.GDP.MKTP.CD.KAZ; --prefix puts a namespace before), created \
            with the indicator's name and source note, the unit from the name ("(current US$)" is USD, "(% of \
            GDP)" percent) and the country's ISO code as its area. Aggregates (the world, regions, income \
            groups) get no area and a note saying what they are; --skip-aggregates leaves them out. All files \
            of one command go in one transaction; importing them again changes nothing.

            EXAMPLES:
              econ import worldbank API_NY.GDP.MKTP.CD_DS2_en_csv_v2_3401652.zip
              econ import worldbank API_NY.GDP.MKTP.CD_DS2_en_csv_v2_3401652.csv --skip-aggregates
              econ import worldbank gdp-kz.json --prefix wb.
            """
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "World Bank files: bulk CSV, its zip, or API v2 JSON.") var files: [String]
    @Option(help: ArgumentHelp("Put this before every series code.", valueName: "text")) var prefix = ""
    @Option(help: "Measure of the series to create: flow (default) or stock.") var measure: Measure = .flow
    @Flag(help: "Leave out aggregates: the world, regions and income groups.") var skipAggregates = false
    @Flag(help: "Show what would be stored; write nothing.") var dryRun = false
    @Flag(help: "List the counts of every series.") var verbose = false

    func run() throws {
        let target = dryRun ? try store.openForDryRun() : try store.openForWriting()
        let report = try WorldBankImport(paths: files, prefix: prefix, measure: measure, skipAggregates: skipAggregates, dryRun: dryRun)
            .run(into: target)
        report.printSummary(gaps: "empty cells left as gaps", listEverySeries: verbose)
    }
}
