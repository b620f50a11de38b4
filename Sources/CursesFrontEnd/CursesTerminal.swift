import Browser
import CNcurses
import CTerminal
import Glibc

/// The terminal, through ncursesw: starting and stopping curses, reading keys, drawing cell
/// buffers, colours. The only code in Crossread that touches curses.
public final class CursesTerminal {
    public struct Options: Sendable {
        /// Use colours when the terminal has them (false for NO_COLOR or --no-color).
        public var color: Bool
        /// The mouse and the looks of the style roles, as configured (the browser's own settings).
        public var settings: TerminalSettings

        public init(color: Bool, settings: TerminalSettings = TerminalSettings()) {
            self.color = color
            self.settings = settings
        }
    }

    /// Written to the terminal if the process dies of a signal: reset attributes, leave the
    /// alternate screen, show the cursor, stop mouse reporting.
    static let leaveSequence = "\u{1B}[0m\u{1B}[?1049l\u{1B}[?25h\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l"

    private var options: Options
    private var colorsStarted = false
    private var attributes: [attr_t] = []
    private var started = false
    /// The last frame drawn, to skip rows that did not change.
    private var previous: CellBuffer?
    /// One character's UTF-8 and its terminating zero, for `drawCharacter`.
    private var utf8 = [CChar](repeating: 0, count: 8)

    public init(options: Options) { self.options = options }

    /// Starts curses; returns the screen size.
    public func start() -> (width: Int, height: Int) {
        if setlocale(LC_ALL, "") == nil || cr_locale_is_utf8() == 0 {
            // Without a UTF-8 locale ncursesw draws multi-byte text as garbage.
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        terminal_guard_install(STDOUT_FILENO, Self.leaveSequence)
        set_escdelay(25)
        initscr()
        started = true
        raw()
        noecho()
        nonl()
        keypad(cr_stdscr(), true)
        curs_set(0)
        wtimeout(cr_stdscr(), 100)
        if options.settings.mouse { captureMouse(true) }
        setUpColors()
        // ncurses (6.4) flushes its output after every cursor move until the screen has once been
        // left and resumed, so a frame went out as one write(2) per changed line. Leaving and
        // resuming here, before anything is drawn, makes each frame one write.
        endwin()
        doupdate()
        return (Int(cr_cols()), Int(cr_lines()))
    }

    /// Takes settings changed while running (`:set mouse off`, a colour): the mouse, the colours.
    public func apply(_ settings: TerminalSettings) {
        if settings.mouse != options.settings.mouse { captureMouse(settings.mouse) }
        options.settings = settings
        setUpColors()
        invalidate()
    }

    private func captureMouse(_ on: Bool) {
        if on {
            mousemask(cr_button1_clicked() | cr_button1_double_clicked() | cr_button4_pressed() | cr_button5_pressed(), nil)
            mouseinterval(200)
        } else {
            mousemask(0, nil)
        }
    }

    /// Leaves curses and puts the terminal back as it was.
    public func stop() {
        guard started else { return }
        started = false
        if options.settings.mouse { mousemask(0, nil) }
        endwin()
        terminal_guard_uninstall()
    }

    /// Copies a buffer to the screen. Rows equal to the last frame's are skipped, and ncurses sends
    /// the terminal only what changed in the rest.
    public func draw(_ buffer: CellBuffer) {
        let width = buffer.width
        let comparable = previous.map { $0.width == width && $0.height == buffer.height } ?? false
        var run: [chtype] = []
        run.reserveCapacity(width)
        for y in 0..<buffer.height {
            let row = (y * width)..<((y + 1) * width)
            if comparable, let previous, previous.cells[row] == buffer.cells[row] { continue }
            var runStart = 0
            func flush() {
                guard !run.isEmpty else { return }
                run.withUnsafeBufferPointer { _ = cr_draw_chars(Int32(y), Int32(runStart), $0.baseAddress, Int32($0.count)) }
                run.removeAll(keepingCapacity: true)
            }
            for x in 0..<width {
                let cell = buffer[x, y]
                if cell.width == 0 { continue }
                // Printable ASCII goes in runs of characters with their attributes; any other
                // character is placed on its own, at its column, so a width ncurses reckons
                // differently cannot shift the rest of the row.
                if cell.width == 1, cell.ascii != 0 {
                    if run.isEmpty { runStart = x }
                    run.append(chtype(cell.ascii) | attribute(cell.style))
                } else {
                    flush()
                    drawCharacter(cell, x: x, y: y)
                }
            }
            flush()
        }
        previous = buffer
        refresh()
    }

    /// Places one character that is not printable ASCII at its column. A single scalar is encoded
    /// into a reused buffer; only a cluster of several scalars makes a string.
    private func drawCharacter(_ cell: Cell, x: Int, y: Int) {
        guard let scalar = cell.scalar else {
            _ = cr_draw(Int32(y), Int32(x), String(cell.character), attribute(cell.style))
            return
        }
        var count = 0
        for byte in UTF8.encode(scalar)! {
            utf8[count] = CChar(bitPattern: byte)
            count += 1
        }
        utf8[count] = 0
        _ = cr_draw(Int32(y), Int32(x), utf8, attribute(cell.style))
    }

    /// Repaints every cell on the next draw (after a suspend, or Ctrl-L).
    public func invalidate() {
        previous = nil
        clearok(cr_curscr(), true)
    }

    /// The next key, or `nil` after a short wait with none (so the caller can check signals).
    public func readKey() -> Key? {
        var character: wint_t = 0
        let status = wget_wch(cr_stdscr(), &character)
        if status == ERR { return nil }
        if status == KEY_CODE_YES { return functionKey(Int32(character)) }
        switch character {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(96 + character))))
        default:
            guard let scalar = Unicode.Scalar(UInt32(character)) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// The signal the guard recorded since the last call, or 0.
    public func takeSignal() -> Int32 { terminal_guard_take_signal() }

    /// Leaves curses, stops the process (as Ctrl-Z does in a shell), and comes back repainted.
    public func suspend() {
        endwin()
        terminal_guard_suspend()
        refresh()
        invalidate()
    }

    /// Leaves curses for `body` (a command or the pager has the terminal meanwhile), then comes
    /// back repainted.
    public func runOutside(_ body: () -> Void) {
        endwin()
        body()
        refresh()
        invalidate()
    }

    /// Writes bytes to the terminal as they are, past curses (the clipboard sequence).
    public func send(_ text: String) {
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeMutableBytes { write(STDOUT_FILENO, $0.baseAddress! + written, $0.count - written) }
            if result <= 0 { break }
            written += result
        }
    }

    /// The current size, after a resize was reported.
    public var size: (width: Int, height: Int) { (Int(cr_cols()), Int(cr_lines())) }

    private func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize(width: Int(cr_cols()), height: Int(cr_lines()))
        case KEY_MOUSE: return mouseEvent()
        case (KEY_F0 + 1)...(KEY_F0 + 12): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    private func mouseEvent() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        let kind: MouseEvent.Kind
        if state & cr_button4_pressed() != 0 {
            kind = .wheelUp
        } else if cr_button5_pressed() != 0, state & cr_button5_pressed() != 0 {
            kind = .wheelDown
        } else if state & cr_button1_double_clicked() != 0 {
            kind = .doubleClick
        } else if state & (cr_button1_clicked() | cr_button1_pressed()) != 0 {
            kind = .click
        } else {
            return nil
        }
        return .mouse(MouseEvent(kind, x: Int(event.x), y: Int(event.y)))
    }

    // MARK: Colours

    private func attribute(_ style: Style) -> attr_t { attributes[Int(style.rawValue)] }

    private func setUpColors() {
        let useColor = options.color && has_colors()
        if useColor, !colorsStarted {
            start_color()
            use_default_colors()
            colorsStarted = true
        }
        attributes = Style.allCases.enumerated().map { index, style in
            let look = CursesPalette.look(style, theme: options.settings.theme)
            guard useColor else { return look.monochrome }
            let pair = Int16(index + 1)
            init_pair(pair, look.foreground, look.background)
            return cr_color_pair(Int32(pair)) | look.colorAttributes
        }
    }
}

/// The curses form of each style's look in the `Theme`, in colour and in monochrome.
enum CursesPalette {
    struct Look {
        var foreground: Int16
        var background: Int16
        var colorAttributes: attr_t
        var monochrome: attr_t
    }

    static func look(_ style: Style, theme: Theme = .standard) -> Look {
        let look = theme.look(style)
        return Look(foreground: color(look.foreground), background: color(look.background),
                    colorAttributes: attributes(look.attributes), monochrome: attributes(look.monochrome))
    }

    /// The curses colour number; -1 is the terminal's own (after `use_default_colors`).
    static func color(_ color: Theme.Color) -> Int16 { color.number.map(Int16.init) ?? -1 }

    static func attributes(_ attributes: Theme.Attributes) -> attr_t {
        var result: attr_t = cr_a_normal()
        if attributes.contains(.bold) { result |= cr_a_bold() }
        if attributes.contains(.dim) { result |= cr_a_dim() }
        if attributes.contains(.underline) { result |= cr_a_underline() }
        if attributes.contains(.reverse) { result |= cr_a_reverse() }
        return result
    }
}
