import Foundation
import GRDB
import Testing

@testable import EconKit

/// A store that cannot be written — full, read-only, gone — gives an I/O error (exit 74 in the CLI)
/// and keeps nothing of the failed write.
struct StoreIOErrorTests {
    /// A store with series `x` and one figure, whose connection may grow by only `freePages` pages.
    private func nearlyFullStore(_ folder: TemporaryFolder, freePages: Int) throws -> Store {
        let store = try Store.open(at: folder.file("econ.sqlite"), options: .init(create: true))
        try store.addSeries(Series(code: "x", measure: .flow, unit: "USD", frequency: .annual))
        try store.record(NewObservation(series: "x", period: .p("2000"), amount: try Amount(1)))
        // max_page_count belongs to the connection; the store keeps one, so the limit holds for it.
        try #require(store.database).writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages + freePages)")
        }
        return store
    }

    @Test func aFullStoreIsAnIOErrorAndTheBatchLeavesNothing() throws {
        let folder = try TemporaryFolder()
        let store = try nearlyFullStore(folder, freePages: 2)
        let batch = try (1...2000).map {
            NewObservation(
                series: "x", period: .p("\(3000 + $0)"), amount: try Amount(Double($0)), note: String(repeating: "n", count: 100))
        }
        let error = #expect(throws: StoreError.self) { try store.record(batch) }
        #expect(error?.category == .ioError)
        #expect(error?.description.contains("full") == true, "\(String(describing: error))")
        #expect(try store.observations("x").map(\.period) == [.p("2000")])
        #expect(try store.integrityCheck() == ["ok"])
        // The store goes on working for writes that fit.
        try store.record(NewObservation(series: "x", period: .p("2001"), amount: try Amount(2)))
        #expect(try store.observations("x").count == 2)
    }

    @Test func aCSVImportIntoAFullStoreIsAnIOErrorAndImportsNothing() throws {
        let folder = try TemporaryFolder()
        let store = try nearlyFullStore(folder, freePages: 3)
        var csv = "series,period,value,note\n"
        for year in 1001...3000 { csv += "x,\(year),\(year).5,\(String(repeating: "z", count: 80))\n" }
        let file = try folder.write("big.csv", csv)
        let error = #expect(throws: StoreError.self) { try CSVImport(path: file).run(into: store) }
        #expect(error?.category == .ioError)
        #expect(try store.observations("x").map(\.period) == [.p("2000")])
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func aStoreFileThatVanishesWhileOpenIsAnIOErrorNotASilentLoss() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("store/econ.sqlite")
        let store = try Store.open(at: path, options: .init(create: true))
        try store.addSeries(Series(code: "x", measure: .flow, unit: "USD", frequency: .annual))
        try FileManager.default.removeItem(atPath: folder.file("store"))
        // Writing on would put the figure in a deleted file: reported as stored, then lost.
        let error = #expect(throws: StoreError.self) {
            try store.record(NewObservation(series: "x", period: .p("2024"), amount: try Amount(1)))
        }
        #expect(error?.category == .ioError)
        #expect(error?.description.contains("removed or replaced") == true, "\(String(describing: error))")
    }

    @Test func aStoreFileReplacedWhileOpenIsAnIOError() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("econ.sqlite")
        let store = try Store.open(at: path, options: .init(create: true))
        try store.addSeries(Series(code: "x", measure: .flow, unit: "USD", frequency: .annual))
        // Another store moved into its place (a restore from backup, say): writes must not go to the old one.
        let other = folder.file("other.sqlite")
        try Store.open(at: other, options: .init(create: true)).addSeries(
            Series(code: "y", measure: .flow, unit: "USD", frequency: .annual))
        #expect(rename(other, path) == 0)
        let error = #expect(throws: StoreError.self) {
            try store.record(NewObservation(series: "x", period: .p("2024"), amount: try Amount(1)))
        }
        #expect(error?.category == .ioError)
    }

    @Test(.enabled(if: getuid() != 0, "root ignores file permissions; scripts/reliability/io-errors.sh runs this as nobody"))
    func aReadOnlyStoreFileIsAnIOErrorAndStaysUnchanged() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("econ.sqlite")
        let store = try Store.open(at: path, options: .init(create: true))
        try store.addSeries(Series(code: "x", measure: .flow, unit: "USD", frequency: .annual))
        let database = try #require(store.database)
        try database.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try database.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
        let error = #expect(throws: StoreError.self) {
            let reopened = try Store.open(at: path, options: .init(create: true))
            try reopened.record(NewObservation(series: "x", period: .p("2024"), amount: try Amount(1)))
        }
        #expect(error?.category == .ioError)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test(.enabled(if: getuid() != 0, "root ignores folder permissions; scripts/reliability/io-errors.sh runs this as nobody"))
    func aStoreInAReadOnlyFolderIsAnIOError() throws {
        let folder = try TemporaryFolder()
        let locked = folder.file("locked")
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked) }
        let error = #expect(throws: StoreError.self) { try Store.open(at: locked + "/econ.sqlite", options: .init(create: true)) }
        #expect(error?.category == .ioError)
    }

    @Test func aStorePathThroughAFileIsAnIOError() throws {
        // Root-proof stand-in for an unwritable place: a "folder" that is a regular file.
        let folder = try TemporaryFolder()
        let file = try folder.write("plain.txt", "x")
        let error = #expect(throws: StoreError.self) { try Store.open(at: file + "/econ.sqlite", options: .init(create: true)) }
        #expect(error?.category == .ioError)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "x")
    }
}

/// A backup onto a full disk, on a real small file system: root can mount a tmpfs (CI runs as
/// root); elsewhere the test has nothing to run on and passes without checking.
struct BackupFullDiskTests {
    private static func run(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// The store must be large enough that SQLite spills the copy's pages to a journal before the disk fills.
    @Test(.enabled(if: getuid() == 0, "needs root to mount a small tmpfs"))
    func aBackupOntoAFullDiskIsAnIOErrorAndLeavesNothingBehind() throws {
        let folder = try TemporaryFolder()
        let disk = folder.file("disk")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        guard Self.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk]) else { return }
        defer { _ = Self.run(["umount", disk]) }
        let store = try Store.open(at: folder.file("econ.sqlite"), options: .init(create: true))
        try store.addSeries(Series(code: "x", measure: .flow, unit: "USD", frequency: .annual))
        try store.record(
            (1001...3000).map {
                NewObservation(series: "x", period: .p("\($0)"), amount: try Amount(Double($0)), note: String(repeating: "n", count: 3000))
            })
        let error = #expect(throws: StoreError.self) { try store.backup(to: disk + "/backup.sqlite") }
        #expect(error?.category == .ioError)
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk) == [], "\(String(describing: error))")
    }
}
