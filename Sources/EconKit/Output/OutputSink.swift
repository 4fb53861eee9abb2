import Foundation

/// Where text output goes: standard output, a file written atomically, or memory (a server's answer).
///
/// Output is buffered and written in chunks, so exporting a large store keeps memory flat.
public final class OutputSink {
    /// `nil` for a sink in memory.
    private let handle: FileHandle?
    private var buffer: [UInt8] = []
    private let temporaryPath: String?
    private let finalPath: String?
    private static let chunk = 1 << 16

    /// Writes to standard output.
    public static func standardOutput() -> OutputSink {
        OutputSink(handle: FileHandle.standardOutput, temporaryPath: nil, finalPath: nil)
    }

    /// Writes to a temporary file beside `path`; ``commit()`` renames it into place, so a reader sees
    /// the old file or the whole new one, never half of it.
    public static func atomicFile(_ path: String) throws(OutputError) -> OutputSink {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .cannotWrite(path: path, reason: "folder \(folder) does not exist")
        }
        let temporary =
            folder + "/." + url.lastPathComponent + ".tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
            throw .cannotWrite(path: path, reason: "cannot create a file in \(folder)")
        }
        return OutputSink(handle: handle, temporaryPath: temporary, finalPath: path)
    }

    /// Keeps everything written in memory, for ``collected`` (an HTTP response's body).
    public static func memory() -> OutputSink {
        OutputSink(handle: nil, temporaryPath: nil, finalPath: nil)
    }

    /// Everything written to a sink in memory.
    public var collected: [UInt8] { handle == nil ? buffer : [] }

    private init(handle: FileHandle?, temporaryPath: String?, finalPath: String?) {
        self.handle = handle
        self.temporaryPath = temporaryPath
        self.finalPath = finalPath
        buffer.reserveCapacity(Self.chunk * 2)
    }

    deinit {
        // A sink dropped without commit leaves no temporary file behind.
        if let temporaryPath { try? FileManager.default.removeItem(atPath: temporaryPath) }
    }

    public func write(_ text: String) throws(OutputError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.chunk { try flush() }
    }

    public func write(bytes: some Sequence<UInt8>) throws(OutputError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.chunk { try flush() }
    }

    /// Appends one CSV row straight into the buffer (no intermediate array per row).
    public func write(row cells: [CSVWriter.Cell], with writer: CSVWriter) throws(OutputError) {
        writer.append(cells, to: &buffer)
        if buffer.count >= Self.chunk { try flush() }
    }

    public func flush() throws(OutputError) {
        guard !buffer.isEmpty, let handle else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw .cannotWrite(path: finalPath ?? "standard output", reason: error.localizedDescription)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and, for a file, syncs it and moves it into place.
    public func commit() throws(OutputError) {
        try flush()
        guard let temporaryPath, let finalPath, let handle else { return }
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            throw .cannotWrite(path: finalPath, reason: error.localizedDescription)
        }
        guard rename(temporaryPath, finalPath) == 0 else {
            throw .cannotWrite(path: finalPath, reason: String(cString: strerror(errno)))
        }
    }
}

/// Why output could not be written.
public enum OutputError: Error, Equatable, Sendable, CategorizedError {
    case cannotWrite(path: String, reason: String)

    public var category: ErrorCategory { .ioError }

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}
