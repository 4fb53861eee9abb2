import EconKit
import Foundation
import Testing

struct BackupLeftoverTests {
    /// A backup killed with -9 cannot remove its temporary copy; the next backup to the same file
    /// removes copies whose process is gone, and leaves a running backup's copy alone.
    @Test func aBackupRemovesTheCopiesOfKilledBackups() throws {
        let folder = try TemporaryFolder()
        let store = try Store.open(at: folder.file("econ.sqlite"), options: .init(create: true))
        try store.addSeries(Series(code: "x", measure: .flow, unit: "USD", frequency: .annual))
        // PID 2147483647 is above any pid_max, so never a running process; PID 1 always runs.
        let dead = try folder.write(".copy.sqlite.tmp-2147483647", "stale copy")
        let deadJournal = try folder.write(".copy.sqlite.tmp-2147483647-journal", "stale journal")
        let running = try folder.write(".copy.sqlite.tmp-1", "a copy in progress")
        let unrelated = try folder.write(".other.sqlite.tmp-2147483647", "another target's")
        try store.backup(to: folder.file("copy.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(!FileManager.default.fileExists(atPath: deadJournal))
        #expect(FileManager.default.fileExists(atPath: running))
        #expect(FileManager.default.fileExists(atPath: unrelated))
        #expect(try Store.open(at: folder.file("copy.sqlite"), options: .init(create: false)).integrityCheck() == ["ok"])
    }
}
