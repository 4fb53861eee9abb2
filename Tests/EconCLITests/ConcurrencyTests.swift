import Foundation
import Testing

struct ConcurrencyTests {
    let cli = CLIRunner()

    @Test func twoProcessesCreatingANewStoreAtOnceBothSucceed() async throws {
        for round in 0..<5 {
            let folder = try TemporaryFolder()
            let db = folder.file("new.sqlite")
            let results = try await withThrowingTaskGroup(of: CLIRunner.Result.self) { group in
                for name in ["a", "b", "c"] {
                    group.addTask {
                        try cli.run([
                            "series", "add", "s_\(name)", "--measure", "flow", "--unit", "USD", "--frequency", "annual", "--db", db,
                        ])
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            for result in results { #expect(result.status == 0, "round \(round): \(result.stderr)") }
            let list = try cli.run(["series", "list", "--format", "csv", "--db", db])
            #expect(list.stdout.split(separator: "\n").count == 4, "round \(round)")
        }
    }
}
