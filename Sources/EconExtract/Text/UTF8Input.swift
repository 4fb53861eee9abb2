/// Turns raw bytes into text for the extractor, refusing anything that is not valid UTF-8.
///
/// Silently replacing bad bytes would shift every later offset and could change a number
/// (a broken byte inside "1 000" splits it), so invalid input is an error that says where.
public enum UTF8Input {
    /// Decodes `bytes` as UTF-8. A leading byte-order mark is kept (it is one scalar of the input,
    /// so offsets stay those of the file); the extractor ignores it.
    ///
    /// - Throws: ``TextDecodingError/invalidUTF8(byteOffset:)`` with the offset of the first bad byte.
    public static func decode(_ bytes: [UInt8]) throws(TextDecodingError) -> String {
        if let offset = firstInvalidByte(bytes) { throw .invalidUTF8(byteOffset: offset) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The offset of the first byte that starts no valid UTF-8 sequence (RFC 3629: no overlong
    /// forms, no surrogates, nothing above U+10FFFF), or `nil` when all bytes are valid.
    public static func firstInvalidByte(_ b: [UInt8]) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            // Only the second byte has a narrowed range; the rest are plain continuation bytes.
            guard b[i + 1] >= lower, b[i + 1] <= upper else { return i }
            var k = 2
            while k < length {
                guard b[i + k] >= 0x80, b[i + k] <= 0xBF else { return i }
                k += 1
            }
            i += length
        }
        return nil
    }
}

/// Why bytes could not be read as text.
public enum TextDecodingError: Error, Equatable, Sendable, CategorizedError {
    /// The bytes are not UTF-8; `byteOffset` is the 0-based offset of the first bad byte.
    case invalidUTF8(byteOffset: Int)

    public var category: ErrorCategory { .dataError }

    public var description: String {
        switch self {
        case .invalidUTF8(let offset):
            "the input is not valid UTF-8: bad byte at offset \(offset) (convert it to UTF-8 first, e.g. iconv -f WINDOWS-1251 -t UTF-8)"
        }
    }
}
