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
        while true {
            if needsDraw {
                terminal.draw(Screen.render(model))
                needsDraw = false
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
            guard let key = terminal.readKey() else { continue }
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
