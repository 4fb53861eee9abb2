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
