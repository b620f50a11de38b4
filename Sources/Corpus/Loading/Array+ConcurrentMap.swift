import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `map` on every core: `transform` runs for each element on Dispatch's threads, and the
    /// results come back in the elements' order. For work per element that dwarfs a lock (reading
    /// and parsing a file, extracting its facts).
    func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let results = Mutex([Result?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let result = transform(self[index])
            results.withLock { $0[index] = result }
        }
        return results.withLock { $0 }.map { $0! }
    }
}
