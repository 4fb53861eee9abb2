import Foundation

/// A streaming RFC 4180 CSV reader working on bytes.
///
/// It handles quoted fields with delimiters, doubled quotes and line breaks inside, CRLF and LF,
/// a UTF-8 byte order mark, and a last line without a line break. Each record knows the line it
/// started on, for `file:line` messages. Memory holds one chunk of the file and one record.
public struct CSVReader {
    /// One record: its fields and the 1-based line it starts on.
    public struct Record {
        public var fields: [String]
        public var line: Int
    }

    public let delimiter: UInt8
    private var source: ByteSource
    private var line = 1
    private var atStart = true

    /// Reads `path` with the given delimiter.
    public init(path: String, delimiter: UInt8 = UInt8(ascii: ",")) throws(CSVError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .cannotOpen(path: path) }
        self.source = ByteSource(handle: handle)
        self.delimiter = delimiter
    }

    /// Reads CSV text held in memory.
    public init(bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ",")) {
        self.source = ByteSource(bytes: bytes)
        self.delimiter = delimiter
    }

    /// The next record, or `nil` at the end. Blank lines are skipped.
    public mutating func next() throws(CSVError) -> Record? {
        if atStart {
            atStart = false
            if source.peek() == 0xEF {
                // Drop a UTF-8 BOM.
                let bom = source.peekBytes(3)
                if bom == [0xEF, 0xBB, 0xBF] { source.skip(3) }
            }
        }
        while true {
            guard source.peek() != nil else { return nil }
            let startLine = line
            var fields: [String] = []
            var field: [UInt8] = []
            var quoted = false
            var wasQuoted = false
            while true {
                guard let byte = source.next() else {
                    if quoted { throw .unterminatedQuote(line: startLine) }
                    fields.append(String(decoding: field, as: UTF8.self))
                    return Record(fields: fields, line: startLine)
                }
                if quoted {
                    if byte == UInt8(ascii: "\"") {
                        if source.peek() == UInt8(ascii: "\"") {
                            source.skip(1)
                            field.append(byte)
                        } else {
                            quoted = false
                        }
                    } else {
                        if byte == UInt8(ascii: "\n") { line += 1 }
                        field.append(byte)
                    }
                    continue
                }
                switch byte {
                case delimiter:
                    fields.append(String(decoding: field, as: UTF8.self))
                    field.removeAll(keepingCapacity: true)
                    wasQuoted = false
                case UInt8(ascii: "\"") where field.isEmpty && !wasQuoted:
                    quoted = true
                    wasQuoted = true
                case UInt8(ascii: "\r") where source.peek() == UInt8(ascii: "\n"):
                    continue
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                    line += 1
                    fields.append(String(decoding: field, as: UTF8.self))
                    if fields.count == 1 && fields[0].isEmpty && !wasQuoted { break }
                    return Record(fields: fields, line: startLine)
                default:
                    field.append(byte)
                }
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            }
        }
    }
}

/// Bytes from a file in chunks, or from memory.
private struct ByteSource {
    private var handle: FileHandle?
    private var buffer: [UInt8]
    private var position = 0

    init(handle: FileHandle) {
        self.handle = handle
        self.buffer = []
    }

    init(bytes: [UInt8]) {
        self.handle = nil
        self.buffer = bytes
    }

    private mutating func fill(_ needed: Int) -> Bool {
        while buffer.count - position < needed {
            guard let handle, let chunk = try? handle.read(upToCount: 1 << 16), !chunk.isEmpty else { return false }
            buffer.removeFirst(position)
            position = 0
            buffer.append(contentsOf: chunk)
        }
        return true
    }

    mutating func peek() -> UInt8? {
        fill(1) ? buffer[position] : nil
    }

    mutating func peekBytes(_ count: Int) -> [UInt8] {
        _ = fill(count)
        return Array(buffer[position..<min(position + count, buffer.count)])
    }

    mutating func next() -> UInt8? {
        guard fill(1) else { return nil }
        defer { position += 1 }
        return buffer[position]
    }

    mutating func skip(_ count: Int) {
        _ = fill(count)
        position = min(position + count, buffer.count)
    }
}

/// Why a CSV file cannot be read.
public enum CSVError: Error, Equatable, Sendable, CategorizedError {
    case cannotOpen(path: String)
    case unterminatedQuote(line: Int)

    public var category: ErrorCategory {
        switch self {
        case .cannotOpen: .noInput
        case .unterminatedQuote: .dataError
        }
    }

    public var description: String {
        switch self {
        case .cannotOpen(let path): "cannot open \(path)"
        case .unterminatedQuote(let line): "line \(line): a quoted field is not closed"
        }
    }
}
