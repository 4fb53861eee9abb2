import ArgumentParser
import EconKit

@main
struct Econ: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "econ",
        abstract: "Economic figures from articles and spreadsheets into a SQLite time series, and back out as trends and CSV."
    )
}
