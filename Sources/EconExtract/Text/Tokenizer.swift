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
