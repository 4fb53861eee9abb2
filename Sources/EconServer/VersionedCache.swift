import Foundation

/// Answers kept by request, each with the version of the data it was made from
/// (``Store/version(ofSeries:)``), and used only while that version is still the store's: a request
/// then costs one small query instead of reading and rendering. Servers over one store stay
/// consistent, since every request checks the store itself. Bounded: when full, it starts over.
final class VersionedCache<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (version: String, value: Value)] = [:]
    static var capacity: Int { 512 }

    /// The value kept for `key` when it was made from data of `version`; else `make()`, kept when
    /// `keep` says so (answers that are not errors).
    func value(for key: String, version: String, keep: (Value) -> Bool = { _ in true }, make: () throws -> Value) throws -> Value {
        lock.lock()
        let kept = entries[key]
        lock.unlock()
        if let kept, kept.version == version { return kept.value }
        let value = try make()
        guard keep(value) else { return value }
        lock.lock()
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = (version, value)
        lock.unlock()
        return value
    }
}
