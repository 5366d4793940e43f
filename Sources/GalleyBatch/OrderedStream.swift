// Converts a stream of items on worker threads and emits their results in input order, each as soon as it and those before it are done.
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// A bounded, ordered work stream: `jobs` worker threads (with large stacks, as documents nest
/// deeply), at most `inFlight` items read and not yet emitted. The producer blocks when the bound
/// is reached, so memory stays flat on an endless stream; results leave in input order, each one
/// as soon as every earlier result has left (a slow item delays only what comes after it).
final class OrderedStream<Item: Sendable, Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [(Int, Item)?] = []
    private var queueHead = 0
    private var pending: [Int: Result] = [:]
    private var nextToEmit = 0
    private var submitted = 0
    private var closed = false
    private let inFlight: Int
    private let work: @Sendable (Item) -> Result
    private let emit: (Result) -> Void
    private let group = DispatchGroup()

    /// Starts `jobs` workers running `work`; `emit` is called serialized, in input order.
    init(jobs: Int, inFlight: Int, work: @escaping @Sendable (Item) -> Result, emit: @escaping (Result) -> Void) {
        self.inFlight = max(inFlight, jobs, 1)
        self.work = work
        self.emit = emit
        for _ in 0..<max(1, jobs) {
            group.enter()
            let thread = Thread { [self] in
                while let (index, item) = take() {
                    deliver(work(item), at: index)
                }
                group.leave()
            }
            thread.stackSize = ParallelMap.stackSize
            thread.start()
        }
    }

    /// Queues an item, waiting while `inFlight` items are read and not yet emitted.
    func submit(_ item: Item) {
        condition.lock()
        while submitted - nextToEmit >= inFlight { condition.wait() }
        queue.append((submitted, item))
        submitted += 1
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every submitted item has been emitted, then stops the workers.
    func finish() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
        group.wait()
    }

    private func take() -> (Int, Item)? {
        condition.lock()
        defer { condition.unlock() }
        while queueHead == queue.count && !closed { condition.wait() }
        guard queueHead < queue.count else { return nil }
        let next = queue[queueHead]!
        queue[queueHead] = nil
        queueHead += 1
        if queueHead >= 64 && queueHead * 2 >= queue.count {
            queue.removeFirst(queueHead)
            queueHead = 0
        }
        return next
    }

    private func deliver(_ result: Result, at index: Int) {
        condition.lock()
        defer { condition.unlock() }
        pending[index] = result
        while let ready = pending.removeValue(forKey: nextToEmit) {
            emit(ready)
            nextToEmit += 1
        }
        condition.broadcast()
    }
}
