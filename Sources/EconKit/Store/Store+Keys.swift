import Crypto
import Foundation

/// What a key of `econ serve` may do.
public enum KeyScope: String, Sendable, CaseIterable, Comparable {
    /// Read series, observations, trends and pages.
    case read
    /// Everything `read` may, and append figures and import files.
    case write

    /// Whether a key of this scope may do what `needed` names.
    public func allows(_ needed: KeyScope) -> Bool { self >= needed }

    public static func < (a: KeyScope, b: KeyScope) -> Bool { a == .read && b == .write }
}

/// A key of `econ serve`, as the store knows it: never the key itself, only its name and scope.
public struct APIKey: Sendable, Equatable {
    public var name: String
    public var scope: KeyScope
    /// When it was made (UTC ISO 8601).
    public var createdAt: String
}

/// Why a key cannot be made or revoked.
public enum KeyError: Error, Equatable, Sendable, CategorizedError {
    case invalidName(String)
    case exists(String)
    case unknown(String)

    public var category: ErrorCategory { .dataError }

    public var description: String {
        switch self {
        case .invalidName(let name):
            "key name '\(name)' is not valid: use 1–64 letters, digits, '.', '_' or '-'"
        case .exists(let name): "a key named '\(name)' exists already; revoke it first (econ keys revoke \(name)) or choose another name"
        case .unknown(let name): "no key named '\(name)' (see: econ keys list)"
        }
    }
}

extension Store {
    /// Makes a key and returns it: the only time it is ever shown. The store keeps its SHA-256.
    ///
    /// A key is 32 lowercase hexadecimal characters (128 random bits), the shape of a FRED API key,
    /// so that clients which check the shape accept it.
    public func addKey(named name: String, scope: KeyScope) throws -> String {
        let allowed = name.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0))
        }
        guard !name.isEmpty, name.count <= 64, allowed else { throw KeyError.invalidName(name) }
        var generator = SystemRandomNumberGenerator()
        let key = Self.hex((0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let now = recordingTime()
        try write { db in
            if try db.text("SELECT name FROM api_key WHERE name = ?", [name]) != nil { throw KeyError.exists(name) }
            try db.execute(
                "INSERT INTO api_key (name, scope, sha256, created_at) VALUES (?, ?, ?, ?)", [name, scope.rawValue, Self.keyHash(key), now])
        }
        return key
    }

    /// Every key's name, scope and creation time, by name.
    public func keys() throws -> [APIKey] {
        try read { db in
            try db.rows("SELECT name, scope, created_at FROM api_key") { row in
                APIKey(name: row.text(0) ?? "", scope: KeyScope(rawValue: row.text(1) ?? "") ?? .read, createdAt: row.text(2) ?? "")
            }
        }.sorted { $0.name < $1.name }
    }

    /// Revokes a key: from now on no server over this store accepts it.
    public func revokeKey(named name: String) throws {
        try write { db in
            guard try db.execute("DELETE FROM api_key WHERE name = ?", [name]) > 0 else { throw KeyError.unknown(name) }
        }
    }

    /// The name and scope of the key `presented`, or `nil` when the store has no such key.
    ///
    /// Every stored hash is compared in constant time, so neither the answer's timing nor the order
    /// of keys tells how much of a guess was right.
    public func authorize(key presented: String) throws -> APIKey? {
        let hash = Array(Self.keyHash(presented).utf8)
        let stored = try read { db in
            try db.rows("SELECT name, scope, created_at, sha256 FROM api_key") { row in
                (
                    key: APIKey(
                        name: row.text(0) ?? "", scope: KeyScope(rawValue: row.text(1) ?? "") ?? .read, createdAt: row.text(2) ?? ""),
                    hash: Array((row.text(3) ?? "").utf8)
                )
            }
        }
        var match: APIKey?
        for candidate in stored where Self.constantTimeEqual(candidate.hash, hash) { match = candidate.key }
        return match
    }

    static func keyHash(_ key: String) -> String {
        hex(Array(SHA256.hash(data: Data(key.utf8))))
    }

    /// Lowercase hexadecimal digits of `bytes`.
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `a` equals `b`, in time that depends only on their lengths.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in a.indices { difference |= a[i] ^ b[i] }
        return difference == 0
    }
}
