import Foundation

/// A streaming RFC 4180 CSV reader working on bytes.
///
/// It handles quoted fields with delimiters, doubled quotes and line breaks inside, CRLF and LF,
/// a UTF-8 byte order mark, a last line without a line break, and blank lines (skipped). It detects
/// the delimiter (`,`, `;` or tab, from the header line) and the encoding (UTF-8 or Windows-1251)
/// unless told. Each record knows the line it started on, for `file:line` messages. Memory holds
/// one chunk of the file and one record.
///
/// Why not a CSV package: the ones available parse a 55 MB file more slowly than SQLite can load
/// it, or read whole files into memory; importing millions of rows needs a byte-level streaming
/// parser, and this one is small enough to test exhaustively.
public struct CSVReader {
    /// One record: its fields and the 1-based line it starts on.
    public struct Record: Sendable {
        public var fields: [String]
        public var line: Int
    }

    public private(set) var delimiter: UInt8
    public private(set) var encoding: TextEncoding
    /// The file name used in messages.
    public let name: String
    /// Bytes of the input read so far (for a progress display).
    public var bytesRead: Int { source.consumed }
    /// The size of the input in bytes, when known.
    public let totalBytes: Int?
    private var source: ByteSource
    private var line = 1
    private var field: [UInt8] = []
    /// Fields of the last record: room reserved for the next.
    private var fieldCount = 0

    /// Opens `path`. `delimiter` and `encoding` are detected when `nil`.
    ///
    /// - Throws: ``CSVError`` when the file cannot be opened or is in neither UTF-8 nor Windows-1251.
    public init(path: String, delimiter: UInt8? = nil, encoding: TextEncoding? = nil) throws(CSVError) {
        guard FileManager.default.fileExists(atPath: path) else { throw .cannotOpen(path: path, reason: "no such file") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .cannotOpen(path: path, reason: "permission denied") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int
        try self.init(source: ByteSource(handle: handle), name: path, delimiter: delimiter, encoding: encoding, totalBytes: size)
    }

    /// Reads CSV held in memory.
    public init(bytes: [UInt8], name: String = "<memory>", delimiter: UInt8? = nil, encoding: TextEncoding? = nil) throws(CSVError) {
        try self.init(source: ByteSource(bytes: bytes), name: name, delimiter: delimiter, encoding: encoding, totalBytes: bytes.count)
    }

    private init(source: ByteSource, name: String, delimiter: UInt8?, encoding: TextEncoding?, totalBytes: Int?) throws(CSVError) {
        self.source = source
        self.name = name
        self.totalBytes = totalBytes
        if self.source.peekBytes(3) == [0xEF, 0xBB, 0xBF] { self.source.skip(3) }
        let sample = self.source.peekBytes(1 << 16)
        guard let detected = encoding ?? TextEncoding.detect(sample) else { throw .unknownEncoding(path: name) }
        self.encoding = detected
        self.delimiter = delimiter ?? Self.detectDelimiter(sample)
    }

    /// The delimiter among `,` `;` tab that occurs most in the first line outside quotes (`,` on a tie).
    static func detectDelimiter(_ sample: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var quoted = false
        for byte in sample {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if quoted { continue }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            if counts[byte] != nil { counts[byte, default: 0] += 1 }
        }
        let best = counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }
        return (best?.value ?? 0) > 0 ? best?.key ?? UInt8(ascii: ",") : UInt8(ascii: ",")
    }

    /// The next record, or `nil` at the end. Blank lines are skipped.
    ///
    /// - Throws: ``CSVError`` for an unclosed quote or bytes that are not valid in the file's encoding.
    public mutating func next() throws(CSVError) -> Record? {
        let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        while source.peek() != nil {
            let startLine = line
            var fields: [String] = []
            fields.reserveCapacity(fieldCount)
            while true {
                let wasQuoted = source.peek() == quote
                let text = try wasQuoted ? quotedField(startLine: startLine) : plainField(startLine: startLine)
                fields.append(text)
                guard let end = source.next() else { return record(fields, startLine) }
                if end == delimiter { continue }
                if end == cr && source.peek() == lf { source.skip(1) }
                line += 1
                if fields.count == 1 && text.isEmpty && !wasQuoted { break }  // a blank line
                return record(fields, startLine)
            }
        }
        return nil
    }

    private mutating func record(_ fields: [String], _ line: Int) -> Record {
        fieldCount = fields.count
        return Record(fields: fields, line: line)
    }

    /// An unquoted field: the bytes up to the next delimiter or line break, taken from the read
    /// buffer in one piece (the hot path of bulk imports). Quotes inside it are literal.
    private mutating func plainField(startLine: Int) throws(CSVError) -> String {
        let delimiter = self.delimiter, encoding = self.encoding
        let text = source.scanField(delimiter: delimiter) { bytes, ascii in
            ascii ? String(decoding: bytes, as: UTF8.self) : encoding.decode(bytes)
        }
        guard let text else { throw .invalidEncoding(path: name, line: startLine, encoding: encoding) }
        return text
    }

    /// A field that starts with a quote: doubled quotes are one quote, delimiters and line breaks are
    /// text until the closing quote; what follows the closing quote up to the delimiter is kept as is.
    private mutating func quotedField(startLine: Int) throws(CSVError) -> String {
        let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        field.removeAll(keepingCapacity: true)
        source.skip(1)
        while true {
            guard let byte = source.next() else { throw .unterminatedQuote(path: name, line: startLine) }
            if byte == quote {
                guard source.peek() == quote else { break }
                source.skip(1)
                field.append(quote)
            } else {
                if byte == lf || (byte == cr && source.peek() != lf) { line += 1 }
                field.append(byte)
            }
        }
        while let byte = source.peek(), byte != delimiter, byte != lf, byte != cr {
            field.append(byte)
            source.skip(1)
        }
        guard let text = encoding.decode(field) else { throw .invalidEncoding(path: name, line: startLine, encoding: encoding) }
        return text
    }
}

/// Bytes from a file in chunks, or from memory.
private struct ByteSource {
    private var handle: FileHandle?
    private var buffer: [UInt8]
    private var position = 0
    /// Bytes dropped from the front of the buffer.
    private var dropped = 0

    /// Bytes of the input moved past.
    var consumed: Int { dropped + position }

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
            guard let handle, let chunk = try? handle.read(upToCount: max(1 << 16, needed)), !chunk.isEmpty else { return false }
            buffer.removeFirst(position)
            dropped += position
            position = 0
            buffer.append(contentsOf: chunk)
        }
        return true
    }

    mutating func peek() -> UInt8? {
        position < buffer.count || fill(1) ? buffer[position] : nil
    }

    mutating func peekBytes(_ count: Int) -> [UInt8] {
        _ = fill(count)
        return Array(buffer[position..<min(position + count, buffer.count)])
    }

    mutating func next() -> UInt8? {
        guard position < buffer.count || fill(1) else { return nil }
        defer { position += 1 }
        return buffer[position]
    }

    /// Calls `body` with the bytes up to (not including) the next `delimiter`, CR or LF, or to the
    /// end of the input, and whether they are all ASCII; moves past them.
    mutating func scanField<R>(delimiter: UInt8, _ body: (UnsafeBufferPointer<UInt8>, _ ascii: Bool) -> R) -> R {
        var scanned = 0
        var ascii = true
        while true {
            let stop = buffer.withUnsafeBufferPointer { p -> Int? in
                var i = position + scanned
                while i < p.count {
                    let byte = p[i]
                    if byte == delimiter || byte == 0x0A || byte == 0x0D { return i }
                    if byte >= 0x80 { ascii = false }
                    i += 1
                }
                return nil
            }
            if let stop {
                defer { position = stop }
                return buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[position..<stop]), ascii) }
            }
            scanned = buffer.count - position
            if !fill(scanned + 1) {
                defer { position = buffer.count }
                return buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[position...]), ascii) }
            }
        }
    }

    mutating func skip(_ count: Int) {
        _ = fill(count)
        position = min(position + count, buffer.count)
    }
}

/// Why a CSV file cannot be read.
public enum CSVError: Error, Equatable, Sendable, CategorizedError {
    case cannotOpen(path: String, reason: String)
    case unknownEncoding(path: String)
    case invalidEncoding(path: String, line: Int, encoding: TextEncoding)
    case unterminatedQuote(path: String, line: Int)

    public var category: ErrorCategory {
        switch self {
        case .cannotOpen(_, let reason): reason == "no such file" ? .noInput : .ioError
        default: .dataError
        }
    }

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "\(path): cannot open: \(reason)"
        case .unknownEncoding(let path):
            "\(path): the file is neither UTF-8 nor Windows-1251 text; save it as UTF-8 CSV and try again"
        case .invalidEncoding(let path, let line, let encoding):
            "\(path):\(line): bytes that are not valid \(encoding.rawValue); save the file as UTF-8 CSV and try again"
        case .unterminatedQuote(let path, let line): "\(path):\(line): a quoted field is not closed before the end of the file"
        }
    }
}
