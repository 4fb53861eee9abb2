import EconKit
import Foundation
import Testing

/// RFC 4180 cases in the spirit of the csv-spectrum corpus, written as our own tables.
struct CSVReaderTests {
    func records(_ text: String, delimiter: UInt8? = nil) throws -> [[String]] {
        var reader = try CSVReader(bytes: Array(text.utf8), delimiter: delimiter)
        var out: [[String]] = []
        while let record = try reader.next() { out.append(record.fields) }
        return out
    }

    @Test(arguments: [
        (
            "comma_in_quotes", "first,last,address\nJohn,Doe,\"120 any st., Anytown\"\n",
            [["first", "last", "address"], ["John", "Doe", "120 any st., Anytown"]]
        ),
        ("escaped_quotes", "a,b\n1,\"ha \"\"ha\"\" ha\"\n", [["a", "b"], ["1", "ha \"ha\" ha"]]),
        ("json", "key,val\n1,\"{\"\"type\"\": \"\"Point\"\"}\"\n", [["key", "val"], ["1", "{\"type\": \"Point\"}"]]),
        ("newlines", "a,b\n1,\"x\ny\"\n2,z\n", [["a", "b"], ["1", "x\ny"], ["2", "z"]]),
        ("newlines_crlf", "a,b\r\n1,\"x\r\ny\"\r\n", [["a", "b"], ["1", "x\r\ny"]]),
        ("quotes_and_newlines", "a,b\n1,\"ha \n\"\"ha\"\" \nha\"\n", [["a", "b"], ["1", "ha \n\"ha\" \nha"]]),
        ("simple_crlf", "a,b,c\r\n1,2,3\r\n", [["a", "b", "c"], ["1", "2", "3"]]),
        ("no_final_newline", "a,b\n1,2", [["a", "b"], ["1", "2"]]),
        ("empty_fields", "a,b,c\n,,\n1,,3\n", [["a", "b", "c"], ["", "", ""], ["1", "", "3"]]),
        ("empty_quoted", "a,b\n\"\",x\n", [["a", "b"], ["", "x"]]),
        ("utf8", "a,b\n1,Российский бизнес «СНГ+» 😀\n", [["a", "b"], ["1", "Российский бизнес «СНГ+» 😀"]]),
        ("bom", "\u{FEFF}a,b\n1,2\n", [["a", "b"], ["1", "2"]]),
        ("blank_lines_skipped", "a,b\n\n1,2\n\r\n\n", [["a", "b"], ["1", "2"]]),
        ("location", "a\n\"x\"\n", [["a"], ["x"]]),
    ])
    func readsRFC4180(name: String, text: String, expected: [[String]]) throws {
        #expect(try records(text) == expected, "\(name)")
    }

    @Test func detectsSemicolonAndTab() throws {
        var semicolon = try CSVReader(bytes: Array("series;period;value\ns;2024;1,5\n".utf8))
        #expect(semicolon.delimiter == UInt8(ascii: ";"))
        #expect(try semicolon.next()?.fields == ["series", "period", "value"])
        #expect(try semicolon.next()?.fields == ["s", "2024", "1,5"])
        let tab = try CSVReader(bytes: Array("a\tb,c\n".utf8))
        #expect(tab.delimiter == UInt8(ascii: "\t"))
        // Delimiters inside quotes do not count.
        let quoted = try CSVReader(bytes: Array("\"a;b;c\",d\n".utf8))
        #expect(quoted.delimiter == UInt8(ascii: ","))
    }

    @Test func recordsKnowTheLineTheyStartOn() throws {
        var reader = try CSVReader(bytes: Array("h\n\"multi\nline\"\nnext\n".utf8))
        #expect(try reader.next()?.line == 1)
        #expect(try reader.next()?.line == 2)
        #expect(try reader.next()?.line == 4)
    }

    @Test func unclosedQuoteIsAnErrorWithItsLine() throws {
        var reader = try CSVReader(bytes: Array("a\n\"open\n".utf8), name: "f.csv")
        _ = try reader.next()
        #expect(throws: CSVError.unterminatedQuote(path: "f.csv", line: 2)) { try reader.next() }
    }

    @Test func readsWindows1251() throws {
        let bytes: [UInt8] = Array("a;b\n1;".utf8) + [0xD0, 0xEE, 0xF1, 0xF1, 0xE8, 0xFF, 0x20, 0xB9, 0x35] + Array("\n".utf8)
        var reader = try CSVReader(bytes: bytes)
        #expect(reader.encoding == .windows1251)
        _ = try reader.next()
        #expect(try reader.next()?.fields == ["1", "Россия №5"])
    }

    @Test func refusesBinaryGarbage() {
        #expect(throws: CSVError.unknownEncoding(path: "g")) { try CSVReader(bytes: [0x00, 0xFF, 0xFE, 0x80, 0x81, 0x9F], name: "g") }
    }

    @Test func invalidUTF8AfterTheSampleIsAnErrorWithItsLine() throws {
        let head = Array(String(repeating: "x,y\n", count: 20_000).utf8)
        var reader = try CSVReader(bytes: head + [0x61, 0xC3, 0x28, 0x0A], name: "f.csv")
        #expect(reader.encoding == .utf8)
        #expect(throws: CSVError.invalidEncoding(path: "f.csv", line: 20_001, encoding: .utf8)) {
            while try reader.next() != nil {}
        }
    }

    /// A file read in chunks gives the same records as the same bytes in memory, whatever falls on
    /// a chunk boundary: a plain field, a quoted one, a line break, a multi-byte letter.
    @Test func fieldsAcrossReadChunksAreWhole() throws {
        let folder = try TemporaryFolder()
        var rows: [[String]] = [["series", "period", "note"]]
        var startLines = [1]
        for i in 0..<6_000 {
            let note = i % 7 == 0 ? "цитата, \"в кавычках\"\nи перенос" : String(repeating: "я", count: i % 13)
            startLines.append((startLines.last ?? 0) + (rows.last?.last?.contains("\n") == true ? 2 : 1))
            rows.append(["s.\(i)", String(1900 + i % 120), note])
        }
        let text = rows.map { row in
            row.map {
                $0.contains(",") || $0.contains("\"") || $0.contains("\n")
                    ? "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : $0
            }
            .joined(separator: ",")
        }.joined(separator: "\r\n")
        let bytes = Array(text.utf8)
        #expect(bytes.count > 2 << 16)
        let path = folder.path + "/big.csv"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        var fromFile = try CSVReader(path: path)
        var read: [[String]] = []
        var lines: [Int] = []
        while let record = try fromFile.next() {
            read.append(record.fields)
            lines.append(record.line)
        }
        #expect(read == rows)
        #expect(lines == startLines)
        #expect(fromFile.totalBytes == bytes.count)
        #expect(fromFile.bytesRead == bytes.count)
    }
}
