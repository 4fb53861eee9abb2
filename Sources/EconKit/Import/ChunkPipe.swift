import Foundation

/// Chunks of work from one producer thread to one consumer, in order, with at most `capacity`
/// chunks waiting (so memory stays flat), the producer's error delivered after its last chunk,
/// and a way for the consumer to stop the producer and wait for it.
///
/// A bulk import parses its file on a second thread through one of these while the calling thread
/// writes to SQLite: parsing and storing each took about half of the time.
final class ChunkPipe<Element: Sendable>: @unchecked Sendable {
    // Every field below is read and written only with `condition` locked.
    private let condition = NSCondition()
    private let capacity: Int
    private var chunks: [[Element]] = []
    private var closed = false
    private var failure: (any Error)?
    private var cancelled = false

    init(capacity: Int = 4) {
        self.capacity = capacity
    }

    /// Runs `produce` on a new thread; it sends chunks with `send` (which returns `false` once the
    /// consumer has cancelled: stop then) and may ask the pipe ``isCancelled``. The pipe closes
    /// when `produce` returns or throws.
    static func start(
        capacity: Int = 4, _ produce: @escaping @Sendable (_ send: ([Element]) -> Bool, _ pipe: ChunkPipe) throws -> Void
    ) -> ChunkPipe {
        let pipe = ChunkPipe(capacity: capacity)
        let thread = Thread {
            do {
                try produce(pipe.put, pipe)
                pipe.close(failure: nil)
            } catch {
                pipe.close(failure: error)
            }
        }
        thread.start()
        return pipe
    }

    private func put(_ chunk: [Element]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while chunks.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        chunks.append(chunk)
        condition.broadcast()
        return true
    }

    private func close(failure: (any Error)?) {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        self.failure = failure
        condition.broadcast()
    }

    /// The next chunk, or `nil` after the last one.
    ///
    /// - Throws: the producer's error, after every chunk it sent before it.
    func next() throws -> [Element]? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty && !closed { condition.wait() }
        if !chunks.isEmpty {
            condition.broadcast()
            return chunks.removeFirst()
        }
        if let failure { throw failure }
        return nil
    }

    /// Whether the consumer has stopped listening: a producer that can go long without sending
    /// (rows that give nothing) asks now and then, to stop soon after the consumer did.
    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }

    /// Tells the producer to stop and waits until it has returned.
    func cancelAndWait() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        chunks.removeAll()
        condition.broadcast()
        while !closed { condition.wait() }
    }
}
