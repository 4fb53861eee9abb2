import EconExtract
import Testing

struct UTF8InputTests {
    @Test func decodesValidUTF8() throws {
        #expect(try UTF8Input.decode(Array("Более $26 млрд".utf8)) == "Более $26 млрд")
    }

    @Test(arguments: [
        ([0x41, 0xFF, 0x42] as [UInt8], 1),
        ([0xD0, 0x91, 0xD0] as [UInt8], 2),
        ([0xC0, 0xAF] as [UInt8], 0),
        ([0x41, 0xED, 0xA0, 0x80] as [UInt8], 1),
        ([0xF4, 0x90, 0x80, 0x80] as [UInt8], 0),
        ([0x31, 0x32, 0xCF, 0xEE] as [UInt8], 2),
    ])
    func refusesInvalidBytesSayingWhere(bytes: [UInt8], offset: Int) {
        #expect(throws: TextDecodingError.invalidUTF8(byteOffset: offset)) { try UTF8Input.decode(bytes) }
    }

    @Test func theErrorIsADataErrorWithTheOffset() {
        let error = TextDecodingError.invalidUTF8(byteOffset: 42)
        #expect(error.category == .dataError)
        #expect(error.description.contains("offset 42"))
    }

    @Test func extractingBytesRefusesWindows1251() {
        let cp1251: [UInt8] = [0xC1, 0xEE, 0xEB, 0xE5, 0xE5, 0x20, 0x35]  // "Более 5"
        #expect(throws: TextDecodingError.invalidUTF8(byteOffset: 0)) {
            try Extractor().extract(utf8: cp1251, published: nil)
        }
    }
}
