import ArgumentParser
import EconKit
import Foundation

@main
struct Econ: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "econ",
        abstract: "Economic figures from articles and spreadsheets into a SQLite time series, and back out as trends and CSV.",
        discussion: """
            The store is one SQLite file, chosen by --db PATH, else $ECON_DB, else \
            $XDG_DATA_HOME/econ/econ.sqlite, else ~/.local/share/econ/econ.sqlite — or a PostgreSQL \
            database shared by a team: --db postgresql://user@host/dbname (libpq's URI; PG* variables, \
            ~/.pgpass and service files fill the rest). Write commands create it when missing; read \
            commands never do.

            Output does not depend on LANG, LC_* or TZ: numbers use '.', times are UTC ISO 8601.

            EXIT CODES (after sysexits):
              0   success
              1   the command worked and found something (an alert fired, a check failed)
              64  usage error (unknown option, bad option value)
              65  bad input data (a bad period or number, an unknown series, a file
                  that is not an econ store)
              66  an input file or the store is missing
              69  the PostgreSQL server cannot be reached
              70  internal error (a bug: please report it)
              74  I/O error (permissions, full disk)
              75  the store stayed busy past --busy-timeout, or the connection to the
                  server was lost (nothing of that write was stored); try again later
              77  PostgreSQL refused: a wrong password, or a role that may not write

            EXAMPLES:
              econ extract data/articles/2025-11-tokayev-visit.ru.txt --published 2025-11
              econ import article data/articles/2025-11-tokayev-visit.ru.txt
              econ series add ru_kz.investment.yearly --measure flow --unit USD \\
                --frequency annual
              econ append ru_kz.investment.yearly 2024 4e9 --qualifier approx \\
                --published 2025-11
              econ show ru_kz.investment.yearly --format json
              econ export --out figures.csv
              econ demo --out out
            """,
        subcommands: [
            Extract.self, Import.self, Review.self, Rules.self, SeriesCommand.self, Append.self, Retract.self, Show.self, Trend.self,
            Check.self, Export.self, Report.self, Backup.self, Copy.self, Serve.self, Keys.self, Demo.self,
        ]
    )

    /// Runs the command line, mapping errors to documented exit codes.
    static func main() {
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        do {
            try command.run()
        } catch let error as any CategorizedError {
            Terminal.error(error.description)
            Foundation.exit(ExitStatus.code(for: error.category))
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch {
            // Help requests and validation errors come from the argument parser and keep its
            // codes (0, 64); anything else unexpected is a bug, not an "alert" (1).
            if exitCode(for: error) == .failure {
                Terminal.error("internal error: \(error)")
                Foundation.exit(ExitStatus.code(for: .internalError))
            }
            exit(withError: error)
        }
    }
}
