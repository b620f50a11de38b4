import Dispatch
import Synchronization

/// Work begun on another thread at once, its result waited for where it is needed.
///
/// Start-up uses it for two things the first frame needs that do not depend on each other; the
/// machine running it usually has a core to spare.
final class BackgroundWork<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let finished = DispatchGroup()

    init(_ work: @escaping @Sendable () -> Value) {
        finished.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let value = work()
            result.withLock { $0 = value }
            finished.leave()
        }
    }

    /// The result, waiting for the work to finish if it has not.
    var value: Value {
        finished.wait()
        return result.withLock { $0! }
    }
}
