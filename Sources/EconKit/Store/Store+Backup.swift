import Foundation
import GRDB

extension Store {
    /// Writes a consistent copy of the store to `path`, safe while other processes write to it.
    ///
    /// SQLite's `VACUUM INTO` copies one read snapshot (writers go on meanwhile) into a temporary file
    /// beside `path`; the copy must pass `PRAGMA integrity_check` before it is renamed into place, so
    /// `path` holds the old backup or the whole new one, never half of one.
    ///
    /// - Throws: ``StoreError`` when the copy cannot be written or does not check out.
    public func backup(to path: String) throws {
        guard case .sqlite(let database) = engine else {
            throw StoreError.unsupported(
                path: self.path, detail: "econ backup copies SQLite files; back up a PostgreSQL store with pg_dump (see the README)")
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)"
        ).path
        // A failed VACUUM INTO (a full disk) leaves the copy's rollback journal beside it too.
        let leftovers = [temporary, temporary + "-journal", temporary + "-wal", temporary + "-shm"]
        for file in leftovers { try? FileManager.default.removeItem(atPath: file) }
        Self.removeCopiesOfDeadBackups(besides: url)
        defer { for file in leftovers { try? FileManager.default.removeItem(atPath: file) } }
        do {
            try database.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [temporary]) }
            let copy = try DatabaseQueue(path: temporary)
            let check = try copy.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
            try copy.close()
            guard check == ["ok"] else { throw StoreError.damaged(path: temporary, detail: check.prefix(3).joined(separator: "; ")) }
        } catch let error as DatabaseError {
            throw StoreError(error, path: path, busyTimeout: busyTimeout)
        }
        guard rename(temporary, path) == 0 else {
            throw StoreError.io(path: path, detail: String(cString: strerror(errno)))
        }
    }

    /// Removes the temporary copies (and their journals) that killed backups to `target` left
    /// behind: `.NAME.tmp-PID…` whose process no longer runs. Each is as large as the store.
    static func removeCopiesOfDeadBackups(besides target: URL) {
        let folder = target.deletingLastPathComponent().path
        let prefix = ".\(target.lastPathComponent).tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0.isASCII && $0.isNumber }), pid > 0 else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { try? FileManager.default.removeItem(atPath: folder + "/" + name) }
        }
    }

    /// `PRAGMA integrity_check` of the store: `["ok"]` when sound.
    public func integrityCheck() throws -> [String] {
        guard case .sqlite(let database) = engine else {
            throw StoreError.unsupported(path: path, detail: "integrity checks are PostgreSQL's own (amcheck) for a PostgreSQL store")
        }
        do {
            return try database.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        } catch let error as DatabaseError {
            throw StoreError(error, path: path, busyTimeout: busyTimeout)
        }
    }
}
