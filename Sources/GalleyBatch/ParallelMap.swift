// Runs work items on N threads and returns their results in item order, whatever the timing.
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// An ordered parallel map over indices, on threads with large stacks (deep documents recurse).
enum ParallelMap {
    /// Stack size of worker threads: documents nest deeply and readers recurse.
    static let stackSize = 16 << 20

    /// Calls `body` for every index in `0..<count` on `jobs` threads and returns the results in
    /// index order. `finished` is called once per item, serialized (never concurrently), in
    /// completion order — use it for progress and journals, never for output.
    static func run<T: Sendable>(
        count: Int, jobs: Int,
        _ body: @escaping @Sendable (Int) -> T,
        finished: @escaping @Sendable (Int, T) -> Void = { _, _ in }
    ) -> [T] {
        let state = State<T>(count: count, keeps: true)
        forEach(count: count, jobs: jobs, state: state, body, finished: finished)
        return state.results()
    }

    /// Calls `body` for every index on `jobs` threads and hands each value to `finished`
    /// (serialized, in completion order) without keeping it: memory stays flat over any count.
    static func forEach<T: Sendable>(
        count: Int, jobs: Int,
        _ body: @escaping @Sendable (Int) -> T,
        finished: @escaping @Sendable (Int, T) -> Void
    ) {
        forEach(count: count, jobs: jobs, state: State<T>(count: count, keeps: false), body, finished: finished)
    }

    private static func forEach<T: Sendable>(
        count: Int, jobs: Int, state: State<T>,
        _ body: @escaping @Sendable (Int) -> T,
        finished: @escaping @Sendable (Int, T) -> Void
    ) {
        let workers = max(1, min(jobs, count))
        let group = DispatchGroup()
        for _ in 0..<workers {
            group.enter()
            let thread = Thread {
                while let index = state.take() {
                    let value = body(index)
                    state.store(value, at: index, then: finished)
                }
                group.leave()
            }
            thread.stackSize = stackSize
            thread.start()
        }
        group.wait()
    }

    /// The shared queue position and result slots.
    private final class State<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private let count: Int
        private var slots: [T?]
        private let keeps: Bool

        init(count: Int, keeps: Bool) {
            self.count = count
            self.keeps = keeps
            self.slots = keeps ? Array(repeating: nil, count: count) : []
        }

        func take() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < count else { return nil }
            next += 1
            return next - 1
        }

        func store(_ value: T, at index: Int, then finished: (Int, T) -> Void) {
            lock.lock()
            defer { lock.unlock() }
            if keeps { slots[index] = value }
            finished(index, value)
        }

        func results() -> [T] {
            lock.lock()
            defer { lock.unlock() }
            return slots.compactMap { $0 }
        }
    }
}
