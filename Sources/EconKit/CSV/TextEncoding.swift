/// The text encodings econ reads: UTF-8 (with or without BOM) and Windows-1251, the code page
/// Russian Excel still writes CSV in.
public enum TextEncoding: String, Sendable, Equatable {
    case utf8 = "UTF-8"
    case windows1251 = "Windows-1251"

    /// Decides the encoding from the first bytes of a file.
    ///
    /// Valid UTF-8 (ignoring a sequence cut at the end of the sample) is UTF-8. Otherwise the bytes
    /// are Windows-1251 when most bytes above 0x7F are Cyrillic letters (0xC0–0xFF, 0xA8, 0xB8) — real
    /// Russian text — and `nil` (refuse) when they are not.
    public static func detect(_ sample: some Collection<UInt8>) -> TextEncoding? {
        let bytes = Array(sample)
        // A sample may end inside a multi-byte character: cut before the last lead byte.
        var end = bytes.count
        var i = bytes.count - 1
        while i >= 0, bytes.count - i <= 4, bytes[i] & 0xC0 == 0x80 { i -= 1 }
        if i >= 0, bytes[i] >= 0xC0 { end = i }
        if String(validating: bytes[..<end], as: UTF8.self) != nil { return .utf8 }
        let high = sample.filter { $0 >= 0x80 }
        let cyrillic = high.filter { $0 >= 0xC0 || $0 == 0xA8 || $0 == 0xB8 }
        return cyrillic.count * 10 >= high.count * 8 ? .windows1251 : nil
    }

    /// Decodes bytes; `nil` when they are not valid in this encoding.
    public func decode(_ bytes: some Collection<UInt8>) -> String? {
        switch self {
        case .utf8:
            return String(validating: bytes, as: UTF8.self)
        case .windows1251:
            var scalars = String.UnicodeScalarView()
            for byte in bytes {
                if byte < 0x80 {
                    scalars.append(Unicode.Scalar(byte))
                } else {
                    let code = Self.windows1251High[Int(byte - 0x80)]
                    guard code != 0xFFFD, let scalar = Unicode.Scalar(code) else { return nil }
                    scalars.append(scalar)
                }
            }
            return String(scalars)
        }
    }

    /// Code points of bytes 0x80–0xFF in Windows-1251 (0x98 is unassigned).
    private static let windows1251High: [UInt32] = [
        0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
        0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
        0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
        0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
        0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F,
        0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427, 0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,
        0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F,
        0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447, 0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
    ]
}
