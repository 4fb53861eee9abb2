import EconKit
import Foundation
import GRDB
import Testing

struct StoreFileTests {
    @Test func createsAFreshStoreInWALMode() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("nested/dir/econ.sqlite")
        let store = try Store.open(at: path, options: .init(create: true))
        try store.addSeries(Series(code: "x", measure: .flow, unit: "USD", frequency: .annual))
        let mode = try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func reopeningAnExistingStoreKeepsItsData() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("econ.sqlite")
        try Store.open(at: path, options: .init(create: true)).addSeries(Series(code: "x", measure: .flow, unit: "USD", frequency: .annual))
        let reopened = try Store.open(at: path, options: .init(create: false))
        #expect(try reopened.allSeries().map(\.code) == ["x"])
    }

    @Test func readingAMissingStoreCreatesNothing() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("missing.sqlite")
        #expect(throws: StoreError.self) { try Store.open(at: path, options: .init(create: false)) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func refusesAndLeavesAloneAFileThatIsNotSQLite() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("notes.sqlite", String(repeating: "not a database\n", count: 500))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for create in [false, true] {
            let error = #expect(throws: StoreError.self) { try Store.open(at: path, options: .init(create: create)) }
            #expect(error?.category == .dataError)
            #expect(error?.description.contains("not an SQLite database") == true)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func refusesAndLeavesAloneAnotherApplicationsDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("other.sqlite")
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)") }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try Store.open(at: path, options: .init(create: true)) }
        #expect(error?.description.contains("not an econ store") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func refusesAStoreFromANewerVersionWithoutTouchingIt() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("econ.sqlite")
        _ = try Store.open(at: path, options: .init(create: true))
        let raw = try DatabaseQueue(path: path)
        try raw.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9-from-the-future')") }
        try raw.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try Store.open(at: path, options: .init(create: true)) }
        #expect(error?.description.contains("newer version of econ") == true)
        #expect(error?.description.contains("v9-from-the-future") == true)
        #expect(error?.category == .dataError)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func refusesADamagedStore() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("econ.sqlite")
        try Store.open(at: path, options: .init(create: true)).addSeries(Series(code: "x", measure: .flow, unit: "USD", frequency: .annual))
        try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        // Overwrite the schema page after the 100-byte header.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seek(toOffset: 100)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 3000))
        try handle.close()
        let error = #expect(throws: StoreError.self) {
            let reopened = try Store.open(at: path, options: .init(create: false))
            _ = try reopened.allSeries()
        }
        #expect(error?.category == .dataError)
    }

    @Test func upgradesAStoreMadeByAnEarlierSchemaStep() throws {
        // An empty econ store marked with only part of the migrations is upgraded on open; with
        // one migration so far, "earlier" is a store with our application id and no steps applied.
        let folder = try TemporaryFolder()
        let path = folder.file("econ.sqlite")
        try DatabaseQueue(path: path).write { try $0.execute(sql: "PRAGMA application_id = 1162039118") }
        let store = try Store.open(at: path, options: .init(create: true))
        try store.addSeries(Series(code: "x", measure: .flow, unit: "USD", frequency: .annual))
        #expect(try store.allSeries().count == 1)
    }
}
