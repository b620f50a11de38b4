import Browser
import CTerminal
import Glibc

/// Runs the browser on the terminal until the person quits or a signal asks it to stop.
public enum BrowserSession {
    /// Runs `makeModel` at the terminal's size, then the event loop. The terminal is restored on
    /// every way out: `q`, Ctrl-C, SIGTERM, SIGHUP, a fatal signal (by the guard's handler).
    /// Returns the model as it was at the end, for what should outlast the run (the reading session).
    @discardableResult
    public static func run(options: CursesTerminal.Options, makeModel: (Int, Int) -> BrowserModel) -> BrowserModel {
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
                return model  // SIGINT, SIGTERM, SIGHUP, SIGQUIT: leave cleanly
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
            case .quit: return model
            case .redraw: terminal.invalidate()
            case .external(let request):
                ExternalCommand.run(request, on: terminal, clipboard: model.terminal.clipboard)
                // A Ctrl-C typed at the command reached this process too: it stopped the command, not
                // the browser. Any other signal still ends the session.
                let signal = terminal.takeSignal()
                if signal != 0, signal != SIGINT, signal != SIGTSTP, signal != SIGCONT { return model }
                // The terminal may have been resized meanwhile (a key would clear the message, so
                // only a real change is passed on).
                let size = terminal.size
                if size.width != model.width || size.height != model.height {
                    _ = model.update(.resize(width: size.width, height: size.height))
                }
            case .terminalChanged:
                terminal.apply(model.terminal)
            case .suspend:
                terminal.suspend()
                let size = terminal.size
                _ = model.update(.resize(width: size.width, height: size.height))
            }
        }
    }
}

/// Carries out an `ExternalRequest`: text to a shell command or the pager on their standard
/// input, or to the clipboard as an OSC 52 sequence.
enum ExternalCommand {
    /// `clipboard`, when set, is a shell command that takes the copied text on its standard input
    /// (`xclip -selection clipboard`, `wl-copy`, `pbcopy`) instead of the OSC 52 sequence.
    static func run(_ request: ExternalRequest, on terminal: CursesTerminal, clipboard: String?) {
        switch request {
        case .copy(let text):
            if let clipboard { feed(text, to: clipboard) } else { terminal.send(ClipboardSequence.osc52(text)) }
        case .page(let text):
            terminal.runOutside { feed(text, to: "exec ${PAGER:-less}") }
        case .pipe(let command, let input):
            terminal.runOutside {
                let status = feed(input, to: command)
                terminal.send(status == 0 ? "\n[done: press Enter] " : "\n[exit status \(status): press Enter] ")
                var character = getchar()
                while character != EOF, character != 10, character != 13 { character = getchar() }
            }
        }
    }

    /// Runs `command` with `/bin/sh -c`, `text` on its standard input; returns its exit status.
    @discardableResult
    static func feed(_ text: String, to command: String) -> Int32 {
        // A command that stops reading early must not kill the browser with SIGPIPE.
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        guard let pipe = popen(command, "w") else { return -1 }
        _ = text.utf8CString.withUnsafeBufferPointer { buffer in
            fwrite(buffer.baseAddress, 1, buffer.count - 1, pipe)
        }
        let status = pclose(pipe)
        return status == -1 ? -1 : (status >> 8) & 0xFF
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
