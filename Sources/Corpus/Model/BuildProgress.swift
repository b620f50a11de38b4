import Synchronization

/// How far work over a store's documents has got: documents done of a total.
///
/// A builder (the figure table, the timeline, the search index) advances it once per document on
/// the thread that builds; the browser reads it on its own thread to draw a progress bar. Reading
/// never waits for the builder beyond a lock held for a few instructions.
///
///     let progress = BuildProgress()
///     let timeline = Timeline(store, progress: progress)   // on another thread
///     progress.fraction                                     // 0.34
public final class BuildProgress: Sendable {
    /// Documents done and documents in all.
    public struct Count: Sendable, Hashable {
        public var done: Int
        public var total: Int

        public init(done: Int, total: Int) {
            self.done = done
            self.total = total
        }
    }

    private let state = Mutex(Count(done: 0, total: 0))

    public init() {}

    /// Starts counting `total` documents from none done.
    public func start(total: Int) {
        state.withLock { $0 = Count(done: 0, total: max(0, total)) }
    }

    /// Counts `documents` more as done (never beyond the total).
    public func advance(by documents: Int = 1) {
        state.withLock { $0.done = min($0.total, $0.done + documents) }
    }

    /// The count now.
    public var count: Count { state.withLock { $0 } }

    /// Done over total, from 0 to 1 (0 before anything is counted).
    public var fraction: Double {
        let count = self.count
        return count.total == 0 ? 0 : Double(count.done) / Double(count.total)
    }
}
