/// The normalized text of a token, compared and hashed by its UTF-8 bytes.
///
/// `String`'s own `==`, `hasPrefix` and hashing follow Unicode canonical equivalence, which for
/// Cyrillic means normalizing and walking grapheme clusters on every call. Tokens are already
/// normalized by the tokenizer (lowercase, `ё` → `е`, no soft hyphens or stress marks), so byte
/// comparison gives the same answers many times faster; it is what makes the extractor reach its
/// speed target.
struct Word: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    let string: String

    init(_ string: String) { self.string = string }
    init(stringLiteral value: String) { self.string = value }

    var description: String { string }
    var utf8: String.UTF8View { string.utf8 }
    var unicodeScalars: String.UnicodeScalarView { string.unicodeScalars }
    var isEmpty: Bool { string.utf8.isEmpty }
    /// The decimal value of a digit token.
    var int: Int? { Int(string) }
    /// Length in bytes (a Cyrillic letter is two).
    var byteCount: Int { string.utf8.count }

    static func == (a: Word, b: Word) -> Bool {
        a.string.utf8.count == b.string.utf8.count && a.compare(b, at: 0)
    }

    func hash(into hasher: inout Hasher) {
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil { for b in string.utf8 { hasher.combine(b) } }
    }

    func hasPrefix(_ p: Word) -> Bool {
        p.string.utf8.count <= string.utf8.count && compare(p, at: 0)
    }

    func hasSuffix(_ s: Word) -> Bool {
        let n = string.utf8.count
        let m = s.string.utf8.count
        return m <= n && compare(s, at: n - m)
    }

    /// Whether `other`'s bytes appear in ours starting at byte `offset`.
    private func compare(_ other: Word, at offset: Int) -> Bool {
        let fast: Bool? =
            string.utf8.withContiguousStorageIfAvailable { mine in
                other.string.utf8.withContiguousStorageIfAvailable { theirs in
                    guard offset + theirs.count <= mine.count else { return false }
                    var i = 0
                    while i < theirs.count {
                        if mine[offset + i] != theirs[i] { return false }
                        i += 1
                    }
                    return true
                } ?? nil
            } ?? nil
        if let fast { return fast }
        return string.utf8.dropFirst(offset).starts(with: other.string.utf8)
    }
}
