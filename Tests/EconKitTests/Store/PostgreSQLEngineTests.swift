import Foundation
import Testing

@testable import EconKit

/// What only the PostgreSQL engine has: connecting through libpq, roles, faults of a server, many
/// writers on one database. Runs against the server `ECON_TEST_POSTGRES` names; each test uses a
/// schema of its own.
@Suite(
    .enabled(
        if: TestEngine.postgresURI != nil,
        "ECON_TEST_POSTGRES is not set: the PostgreSQL engine's tests are skipped (scripts/postgres/test-server starts a server; .ci/run does)"
    ))
struct PostgreSQLEngineTests {
    /// The test server's URI with another role's user and password (`scripts/postgres/test-server`
    /// makes `econ_reader`, password `econ-reader`).
    static func uri(user: String, password: String, schema: String) throws -> String {
        let base = try #require(TestEngine.postgresURI)
        let at = try #require(base.range(of: "@"))
        let rest = base[at.upperBound...]
        return "postgresql://\(user):\(password)@\(rest)" + (rest.contains("?") ? "&" : "?") + "options=-csearch_path%3D\(schema)"
    }

    static func schema(of location: String) -> String {
        String(location[location.range(of: "search_path%3D")!.upperBound...])
    }

    /// Runs SQL as the test server's owner role, outside any store.
    static func admin(_ sql: String) throws {
        let uri = try #require(TestEngine.postgresURI)
        let pg = try PGConnection(try #require(PostgreSQLLocation(uri)))
        try pg.runScript(sql)
    }

    @Test func theStoreIsCreatedInItsSchemaWithEveryMigrationRecorded() throws {
        let location = try TestEngine.freshLocation()
        let store = try Store.open(at: location, options: .init(create: true))
        try store.addSeries(Series(code: "x", measure: .flow, unit: "USD", frequency: .annual))
        let pg = try PGConnection(try #require(PostgreSQLLocation(location)))
        let applied = try pg.run("SELECT identifier FROM econ_migrations ORDER BY identifier")
        #expect((0..<applied.rowCount).map { applied.text($0, 0) } == PostgreSQLSchema.migrations.map(\.identifier).sorted())
        let tables = try pg.run("SELECT count(*) FROM information_schema.tables WHERE table_schema = ?", [.text(Self.schema(of: location))])
        // series, document, observation, observation_source, annotation, review_item, api_key, econ_migrations
        #expect(tables.text(0, 0) == "8")
    }

    @Test func aPasswordNeverAppearsInWhatEconPrints() throws {
        let location = try Self.uri(user: "econ", password: "s3cret-word", schema: "nowhere")
        #expect(!PostgreSQLLocation.redact(location).contains("s3cret-word"))
        #expect(
            PostgreSQLLocation.redact("postgresql://u:pw@h/db?password=pw2&sslmode=disable")
                == "postgresql://u:***@h/db?password=***&sslmode=disable")
        let error = #expect(throws: StoreError.self) { try Store.open(at: location, options: .init(create: false)) }
        #expect(error?.category == .permission)
        #expect(error.map { !"\($0)".contains("s3cret-word") } == true)
    }

    @Test func aServerThatIsNotRunningIsUnavailableAndSaysWhere() throws {
        // A port nothing listens on: bound and closed again.
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        let port = Int(UInt16(bigEndian: address.sin_port))
        close(socket)
        let error = #expect(throws: StoreError.self) {
            try Store.open(at: "postgresql://econ:pw@127.0.0.1:\(port)/econ_test?connect_timeout=5", options: .init(create: true))
        }
        #expect(error?.category == .unavailable)
        #expect(error.map { "\($0)".contains("127.0.0.1") && "\($0)".contains("\(port)") && !"\($0)".contains(":pw@") } == true)
    }

    @Test func readingAStoreThatDoesNotExistCreatesNothing() throws {
        let location = try TestEngine.freshLocation()
        let error = #expect(throws: StoreError.self) { try Store.open(at: location, options: .init(create: false)) }
        #expect(error?.category == .noInput)
        let pg = try PGConnection(try #require(PostgreSQLLocation(location)))
        let schemas = try pg.run("SELECT count(*) FROM pg_namespace WHERE nspname = ?", [.text(Self.schema(of: location))])
        #expect(schemas.text(0, 0) == "0")
    }

    @Test func aSchemaWithOtherTablesIsNotTakenForAStore() throws {
        let location = try TestEngine.freshLocation()
        let schema = Self.schema(of: location)
        try Self.admin("CREATE SCHEMA \(schema); CREATE TABLE \(schema).orders (id int)")
        let error = #expect(throws: StoreError.self) { try Store.open(at: location, options: .init(create: true)) }
        #expect(error?.category == .dataError)
    }

    @Test func aStoreFromANewerEconIsRefusedAndLeftAlone() throws {
        let location = try TestEngine.freshLocation()
        _ = try Store.open(at: location, options: .init(create: true))
        try Self.admin("INSERT INTO \(Self.schema(of: location)).econ_migrations (identifier) VALUES ('v99-from-the-future')")
        let error = #expect(throws: StoreError.self) { try Store.open(at: location, options: .init(create: true)) }
        #expect(error?.category == .dataError)
        #expect(error.map { "\($0)".contains("v99-from-the-future") } == true)
    }

    @Test func aRoleThatMayOnlyReadReadsAndIsRefusedEveryWrite() throws {
        let location = try TestEngine.freshLocation()
        let schema = Self.schema(of: location)
        let store = try Store.open(at: location, options: .init(create: true))
        try store.addSeries(Series(code: "x", measure: .flow, unit: "USD", frequency: .annual))
        try store.record(NewObservation(series: "x", period: .p("2024"), amount: try Amount(5)))
        try Self.admin("GRANT USAGE ON SCHEMA \(schema) TO econ_reader; GRANT SELECT ON ALL TABLES IN SCHEMA \(schema) TO econ_reader")
        let reader = try Store.open(
            at: try Self.uri(user: "econ_reader", password: "econ-reader", schema: schema), options: .init(create: false))
        #expect(try reader.observations("x").map(\.amount?.value) == [5])
        let error = #expect(throws: StoreError.self) {
            try reader.record(NewObservation(series: "x", period: .p("2025"), amount: try Amount(6)))
        }
        #expect(error?.category == .permission)
        #expect(try store.observations("x").count == 1)
    }

    @Test func aConnectionDroppedMidWriteStoresNothingAndTheNextWriteWorks() throws {
        let store = try TestEngine.postgresql.store()
        try store.addSeries(Series(code: "x", measure: .flow, unit: "USD", frequency: .annual))
        let error = #expect(throws: StoreError.self) {
            try store.write { db in
                try db.execute(
                    "INSERT INTO series (code, measure, unit, frequency, created_at) VALUES ('y', 'flow', 'USD', 'annual', 'now')")
                try db.execute("SELECT pg_terminate_backend(pg_backend_pid())")
            }
        }
        #expect(error?.category == .busy)
        #expect(try store.series("y") == nil)
        try store.record(NewObservation(series: "x", period: .p("2024"), amount: try Amount(1)))
        #expect(try store.observations("x").count == 1)
    }

    @Test func manyWritersAtOnceKeepEveryRevisionExactlyOnce() async throws {
        let location = try TestEngine.freshLocation()
        let store = try Store.open(at: location, options: .init(create: true))
        try store.addSeries(Series(code: "x", measure: .flow, unit: "USD", frequency: .annual))
        let writers = 8
        let each = 25
        try await withThrowingTaskGroup(of: Void.self) { group in
            for w in 0..<writers {
                group.addTask {
                    // A store of its own per writer: its own connections, as separate processes have.
                    let mine = try Store.open(at: location, options: .init(create: false))
                    for i in 0..<each {
                        let value = Double(w * 1000 + i)
                        try mine.record(NewObservation(series: "x", period: .p("2024"), amount: try Amount(value), source: "w\(w)"))
                    }
                }
            }
            try await group.waitForAll()
        }
        let revisions = try store.revisions("x")
        #expect(revisions.count == writers * each)
        #expect(Set(revisions.map(\.recordedAt)).count == writers * each)
        #expect(Set(revisions.compactMap(\.amount?.value)).count == writers * each)
    }

    @Test func aWriterWaitsForTheWriteLockOnlyAsLongAsTheBusyTimeout() throws {
        let location = try TestEngine.freshLocation()
        let store = try Store.open(at: location, options: .init(create: true, busyTimeout: 0.3))
        try store.addSeries(Series(code: "x", measure: .flow, unit: "USD", frequency: .annual))
        // Another session holds the store's write lock.
        let holder = try PGConnection(try #require(PostgreSQLLocation(location)))
        try holder.run("BEGIN")
        try holder.run("SELECT pg_advisory_xact_lock(hashtext(?))", [.text(Self.schema(of: location))])
        let started = Date()
        let error = #expect(throws: StoreError.self) {
            try store.record(NewObservation(series: "x", period: .p("2024"), amount: try Amount(1)))
        }
        #expect(error?.category == .busy)
        #expect(Date().timeIntervalSince(started) < 10)
        try holder.run("ROLLBACK")
        try store.record(NewObservation(series: "x", period: .p("2024"), amount: try Amount(1)))
        #expect(try store.observations("x").count == 1)
    }

    @Test func observationsCannotNameAMissingSeriesNorOutliveTheirs() throws {
        let store = try TestEngine.postgresql.store()
        try store.addSeries(Series(code: "x", measure: .flow, unit: "USD", frequency: .annual))
        try store.record(NewObservation(series: "x", period: .p("2024"), amount: try Amount(1)))
        let orphan =
            "INSERT INTO observation (series_id, period, published, recorded_at, value, qualifier) VALUES (999, '2024', 0, 0, 1, 'exact')"
        let error = #expect(throws: StoreError.self) { try store.write { try $0.execute(orphan) } }
        #expect("\(error.map { "\($0)" } ?? "")".contains("series that does not exist"))
        #expect(throws: StoreError.self) { try store.write { try $0.execute("DELETE FROM series WHERE code = 'x'") } }
        #expect(try store.observations("x").count == 1)
        // Bulk rows go through the same check: a COPY naming a missing series stores nothing.
        #expect(throws: (any Error).self) {
            try store.write { db in
                var writer = db.observationWriter()
                try writer.append(
                    seriesID: 12345, period: "2020", published: 0, recordedAt: 0, amount: try Amount(1), source: nil, note: nil)
                try writer.finish()
            }
        }
    }
}
