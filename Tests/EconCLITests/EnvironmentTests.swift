import Foundation
import Testing

struct EnvironmentTests {
    let cli = CLIRunner()

    @Test func outputDoesNotDependOnLocaleOrTimeZone() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("econ.sqlite")
        let setup: [[String]] = [
            [
                "series", "add", "ru_kz.investment.cumulative", "--measure", "stock", "--unit", "USD", "--frequency", "irregular",
                "--title-ru", "Российские инвестиции",
            ],
            [
                "append", "ru_kz.investment.cumulative", "2025-11", "26e9", "--qualifier", "more-than", "--published",
                "2025-11-10T17:00:00+05:00",
            ],
            ["append", "ru_kz.investment.cumulative", "2025-10-09", "56.6e9", "--published", "2025-10-09"],
            ["append", "ru_kz.investment.cumulative", "2024-11-27", "0.1", "--qualifier", "approx"],
        ]
        for arguments in setup { #expect(try cli.run(arguments + ["--db", db]).status == 0) }
        let reads: [[String]] = [
            ["show", "ru_kz.investment.cumulative"], ["show", "ru_kz.investment.cumulative", "--format", "json"],
            ["show", "ru_kz.investment.cumulative", "--format", "csv", "--revisions"], ["export"],
            ["series", "show", "ru_kz.investment.cumulative"],
            ["show", "ru_kz.investment.cumulative", "--as-of", "2025-11-10T12:00:00Z", "--format", "csv"],
        ]
        let russian = ["LANG": "ru_RU.UTF-8", "LC_ALL": "ru_RU.UTF-8", "LC_NUMERIC": "ru_RU.UTF-8", "TZ": "Asia/Almaty"]
        let plain = ["LANG": "C", "LC_ALL": "C", "LC_NUMERIC": "C", "TZ": "UTC"]
        for arguments in reads {
            let a = try cli.run(arguments + ["--db", db], extraEnvironment: russian)
            let b = try cli.run(arguments + ["--db", db], extraEnvironment: plain)
            #expect(a.status == 0 && b.status == 0)
            #expect(a.stdout == b.stdout, "\(arguments)")
        }
        let csv = try cli.run(["show", "ru_kz.investment.cumulative", "--format", "csv"] + ["--db", db], extraEnvironment: russian).stdout
        #expect(csv.contains("2025-11,26000000000,USD,more-than,26000000000,,2025-11-10T12:00:00Z"))
        #expect(csv.contains("56600000000"))
        #expect(csv.contains(",0.1,"))
        // The as-of cut-off is exactly the publication instant, in UTC.
        let asOf = try cli.run(
            ["show", "ru_kz.investment.cumulative", "--as-of", "2025-11-10T12:00:00Z", "--format", "csv", "--db", db],
            extraEnvironment: russian
        ).stdout
        #expect(asOf.contains("2025-11,26000000000"))
    }
}
