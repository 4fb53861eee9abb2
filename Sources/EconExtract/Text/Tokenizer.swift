/// Splits one line of scalars into ``Token``s.
///
/// Works on `Unicode.Scalar` values directly: no regular expressions and no `Character`
/// segmentation, which keeps it fast and makes offsets exact scalar positions.
struct Tokenizer {
    /// Tokens of `scalars[range]`, which must not contain line breaks.
    static func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity((range.count >> 2) + 4)
        var i = range.lowerBound
        let end = range.upperBound
        var gap = 1
        // Token text is assembled as UTF-8 in one reused buffer; short words then become small
        // strings stored inline, without a heap allocation each.
        var buffer: [UInt8] = []
        buffer.reserveCapacity(64)
        while i < end {
            let s = scalars[i]
            let v = s.value
            if CharacterClass.isInlineSpace(v) {
                gap += 1
                i += 1
                continue
            }
            if CharacterClass.isIgnorable(v) {
                i += 1
                continue
            }
            if v >= 0x30 && v <= 0x39 {
                let start = i
                buffer.removeAll(keepingCapacity: true)
                while i < end, scalars[i].value >= 0x30, scalars[i].value <= 0x39 {
                    buffer.append(UInt8(truncatingIfNeeded: scalars[i].value))
                    i += 1
                }
                let text = Word(String(decoding: buffer, as: UTF8.self))
                out.append(Token(kind: .number, start: start, end: i, text: text, gap: gap, capitalized: false))
                gap = 0
                continue
            }
            if CharacterClass.isLetter(s) {
                let start = i
                buffer.removeAll(keepingCapacity: true)
                let capitalized = CharacterClass.isUppercase(s)
                var last = i
                while i < end {
                    let c = scalars[i]
                    if CharacterClass.isLetter(c) {
                        Self.appendUTF8(CharacterClass.lowercased(c), to: &buffer)
                        last = i
                        i += 1
                    } else if CharacterClass.isIgnorable(c.value) || CharacterClass.isCombiningMark(c.value) {
                        // A soft hyphen or stress mark inside a word belongs to it; only a letter
                        // after it keeps the word going.
                        i += 1
                    } else {
                        break
                    }
                }
                i = last + 1
                let text = Word(String(decoding: buffer, as: UTF8.self))
                out.append(Token(kind: .word, start: start, end: i, text: text, gap: gap, capitalized: capitalized))
                gap = 0
                continue
            }
            out.append(Token(kind: .symbol, start: i, end: i + 1, text: Word(String(s)), gap: gap, capitalized: false))
            gap = 0
            i += 1
        }
        return out
    }

    private static func appendUTF8(_ s: Unicode.Scalar, to buffer: inout [UInt8]) {
        let v = s.value
        if v < 0x80 {
            buffer.append(UInt8(v))
        } else if v < 0x800 {
            buffer.append(UInt8(0xC0 | (v >> 6)))
            buffer.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            buffer.append(UInt8(0xE0 | (v >> 12)))
            buffer.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            buffer.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            buffer.append(UInt8(0xF0 | (v >> 18)))
            buffer.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            buffer.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            buffer.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}

/// Classes of scalars the tokenizer and sentence splitter need, with fast paths for ASCII and Cyrillic.
enum CharacterClass {
    static func isLineBreak(_ v: UInt32) -> Bool {
        v == 0x0A || v == 0x0D || v == 0x0B || v == 0x0C || v == 0x85 || v == 0x2028 || v == 0x2029
    }

    /// Spaces inside a line, including the no-break and narrow no-break spaces used between digit groups.
    static func isInlineSpace(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || v == 0x09 }
        return v == 0xA0 || (v >= 0x2000 && v <= 0x200A) || v == 0x202F || v == 0x205F || v == 0x3000 || v == 0x1680
    }

    /// Invisible scalars that must not split a word or a number: soft hyphen, zero-width
    /// characters, word joiner, byte-order mark, variation selectors.
    static func isIgnorable(_ v: UInt32) -> Bool {
        v == 0xAD || (v >= 0x200B && v <= 0x200D) || v == 0x2060 || v == 0xFEFF || (v >= 0xFE00 && v <= 0xFE0F)
    }

    static func isCombiningMark(_ v: UInt32) -> Bool {
        v >= 0x300 && v <= 0x36F
    }

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        if v >= 0x400 && v <= 0x52F { return v < 0x482 || v > 0x489 }
        if v < 0xC0 { return false }
        return s.properties.isAlphabetic
    }

    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v >= 0x400 && v <= 0x42F { return true }
        if v >= 0x430 && v <= 0x45F { return false }
        return s.properties.isUppercase
    }

    /// Lowercase form, with `ё` folded into `е` as Russian texts write either.
    static func lowercased(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x80 {
            return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : s
        }
        if v == 0x401 || v == 0x451 { return "е" }
        if v >= 0x410 && v <= 0x42F { return Unicode.Scalar(v + 0x20) ?? s }
        if v >= 0x430 && v <= 0x45F { return s }
        if v >= 0x400 && v <= 0x40F { return Unicode.Scalar(v + 0x50) ?? s }
        let mapped = s.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? (mapped.first ?? s) : s
    }
}
