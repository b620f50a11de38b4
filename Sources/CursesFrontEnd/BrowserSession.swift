import Browser
import CTerminal
import Glibc

/// Runs the browser on the terminal until the person quits or a signal asks it to stop.
public enum BrowserSession {
    /// Runs `makeModel` at the terminal's size, then the event loop. The terminal is restored on
    /// every way out: `q`, Ctrl-C, SIGTERM, SIGHUP, a fatal signal (by the guard's handler).
    public static func run(options: CursesTerminal.Options, makeModel: (Int, Int) -> BrowserModel) {
        let terminal = CursesTerminal(options: options)
        let size = terminal.start()
        defer { terminal.stop() }
        var model = makeModel(size.width, size.height)
        var needsDraw = true
        let frameLog = FrameLog(path: getenv("CROSSREAD_FRAME_LOG").map { String(cString: $0) })
        defer { frameLog.close() }
        var keyTime: UInt64?
        while true {
            if needsDraw {
                terminal.draw(Screen.render(model))
                needsDraw = false
                if let start = keyTime { frameLog.record(FrameLog.now() - start) }
                keyTime = nil
            }
            if model.finishPendingWork() {
                needsDraw = true
                continue
            }
            switch terminal.takeSignal() {
            case 0: break
            case SIGTSTP:
                terminal.suspend()
                let size = terminal.size
                _ = model.update(.resize(width: size.width, height: size.height))
                needsDraw = true
                continue
            case SIGCONT:
                terminal.invalidate()
                needsDraw = true
                continue
            default:
                return  // SIGINT, SIGTERM, SIGHUP, SIGQUIT: leave cleanly
            }
            // readKey waits at most 100 ms: while a pane is being built, each wait that brings no
            // key redraws its progress (rows that did not change cost nothing), and the top of the
            // loop takes the pane in once built; with nothing pending the loop only waits.
            guard let key = terminal.readKey() else {
                needsDraw = model.hasPendingWork
                continue
            }
            keyTime = FrameLog.now()
            needsDraw = true
            switch model.update(key) {
            case .none: break
            case .quit: return
            case .redraw: terminal.invalidate()
            case .suspend:
                terminal.suspend()
                let size = terminal.size
                _ = model.update(.resize(width: size.width, height: size.height))
            }
        }
    }
}

/// With CROSSREAD_FRAME_LOG=PATH, appends one line per key: the microseconds from reading the key
/// to the end of the redraw it caused (update, render, curses output). Benchmarks/terminal.py
/// reads it; it is also a way to report a slow terminal.
final class FrameLog {
    private let file: UnsafeMutablePointer<FILE>?

    init(path: String?) { file = path.flatMap { fopen($0, "a") } }

    func record(_ nanoseconds: UInt64) {
        guard let file else { return }
        fputs("\(nanoseconds / 1000)\n", file)
    }

    func close() { if let file { fclose(file) } }

    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
