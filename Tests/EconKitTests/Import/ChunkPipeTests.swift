import Foundation
import Testing

@testable import EconKit

struct ChunkPipeTests {
    struct Stop: Error, Equatable {}

    /// Everything the producer sends arrives once, in order.
    @Test func chunksArriveInOrder() throws {
        let pipe = ChunkPipe<Int>.start(capacity: 2) { send, _ in
            for start in stride(from: 0, to: 10_000, by: 100) {
                guard send(Array(start..<start + 100)) else { return }
            }
        }
        var received: [Int] = []
        while let chunk = try pipe.next() { received += chunk }
        #expect(received == Array(0..<10_000))
    }

    /// The producer's error comes after every chunk it sent before failing.
    @Test func theProducersErrorComesAfterItsChunks() throws {
        let pipe = ChunkPipe<Int>.start { send, _ in
            _ = send([1, 2])
            _ = send([3])
            throw Stop()
        }
        #expect(try pipe.next() == [1, 2])
        #expect(try pipe.next() == [3])
        #expect(throws: Stop.self) { try pipe.next() }
    }

    /// A consumer that stops early stops the producer, which then returns: nothing is left running.
    @Test func cancellingStopsTheProducerAndWaitsForIt() throws {
        let sent = Counter()
        let pipe = ChunkPipe<Int>.start(capacity: 2) { send, _ in
            for i in 0..<1_000_000 {
                guard send([i]) else { return }
                sent.add()
            }
        }
        #expect(try pipe.next() == [0])
        pipe.cancelAndWait()
        let stopped = sent.value
        // The producer is bounded by the capacity: it cannot have run far ahead.
        #expect(stopped <= 4)
        Thread.sleep(forTimeInterval: 0.05)
        #expect(sent.value == stopped)
    }

    /// A producer that sends nothing for a long time still learns that the consumer has gone.
    @Test func aProducerThatSendsNothingSeesTheCancel() {
        let pipe = ChunkPipe<Int>.start { _, pipe in
            while !pipe.isCancelled { Thread.sleep(forTimeInterval: 0.001) }
        }
        pipe.cancelAndWait()
        #expect(pipe.isCancelled)
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }
}
