import Corpus
import Dispatch
import Synchronization

/// A pane being built on another thread: its progress while it runs, the pane once it is done.
///
/// The browser starts one when a pane is first shown and asks `pane` between keys; nothing on the
/// browser's thread ever waits for it, except `wait()`, for callers that need a settled screen
/// (`crossread snapshot`, tests).
final class PaneBuild: Sendable {
    let progress = BuildProgress()
    private let built = Mutex<(any ContentPane)?>(nil)
    private let finished = DispatchGroup()

    init(_ factory: PaneFactory, store: DocumentStore) {
        finished.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let pane = factory.make(store, progress)
            built.withLock { $0 = pane }
            finished.leave()
        }
    }

    /// The pane, once it is built.
    var pane: (any ContentPane)? { built.withLock { $0 } }

    /// Blocks until the pane is built.
    func wait() { finished.wait() }
}
