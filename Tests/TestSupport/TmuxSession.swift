import Foundation

/// A shell in a detached tmux session on a private server (`tmux -L NAME`), driven as a person
/// would drive a terminal: keys in, screen text out.
public final class TmuxSession {
    public let socket: String
    public private(set) var width: Int
    public private(set) var height: Int

    public enum Failure: Error, CustomStringConvertible {
        case tmuxMissing
        case timeout(String, screen: String)
        public var description: String {
            switch self {
            case .tmuxMissing: return "tmux is not installed (.ci/run installs it)"
            case .timeout(let what, let screen): return "timed out waiting for \(what); the screen was:\n\(screen)"
            }
        }
    }

    public static var isAvailable: Bool { (try? run(["-V"]).status) == 0 }

    /// Starts a session running a plain shell in `directory`, `width` by `height`.
    public init(width: Int = 80, height: Int = 24, environment: [String: String] = [:], directory: String? = nil) throws {
        guard Self.isAvailable else { throw Failure.tmuxMissing }
        socket = "crossread-test-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        self.width = width
        self.height = height
        var shell = "env -i PATH=/usr/bin:/bin HOME=\(NSTemporaryDirectory()) TERM=xterm-256color LANG=C.UTF-8"
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { shell += " \(key)=\(value)" }
        shell += " bash --norc --noprofile"
        var arguments = ["-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)"]
        if let directory { arguments += ["-c", directory] }
        // The server that new-session forks must not inherit our output file.
        try Self.run(arguments + [shell], capture: false)
        try tmux(["set-option", "-g", "window-size", "manual"])
        try tmux(["set-option", "-g", "set-clipboard", "on"])
        try tmux(["set-option", "-g", "allow-rename", "on"])
        try type("PS1='$ '; stty -ixon; clear")
        try waitFor { $0.hasPrefix("$") }
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Types text followed by Enter into the shell.
    public func type(_ line: String) throws {
        try tmux(["send-keys", "-t", "main", "-l", line])
        try tmux(["send-keys", "-t", "main", "Enter"])
    }

    /// Sends tmux key names (`Enter`, `Escape`, `C-c`, `PageDown`, `j`, ...).
    public func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "main"] + keys)
    }

    /// Sends literal text, each character a key.
    public func sendLiteral(_ text: String) throws {
        try tmux(["send-keys", "-t", "main", "-l", text])
    }

    public func resize(width: Int, height: Int) throws {
        self.width = width
        self.height = height
        try tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The visible screen, one string per row.
    public func screen() throws -> [String] {
        let output = try tmux(["capture-pane", "-p", "-t", "main"]).output
        return output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    public func screenText() throws -> String { try screen().joined(separator: "\n") }

    /// The visible screen with its colours and attributes as SGR escape sequences (`capture-pane -e`).
    public func styledScreenText() throws -> String { try tmux(["capture-pane", "-p", "-e", "-t", "main"]).output }

    /// Waits until `condition` holds for the screen text (polling), or throws with the last screen.
    @discardableResult
    public func waitFor(_ what: String = "the screen", timeout: TimeInterval = 10,
                        _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var text = ""
        while Date() < deadline {
            text = try screenText()
            if condition(text) { return text }
            usleep(50_000)
        }
        throw Failure.timeout(what, screen: text)
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    public func waitFor(text: String, timeout: TimeInterval = 10) throws -> String {
        try waitFor("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    /// A tmux format value for the pane, e.g. `#{pane_title}`.
    public func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "main", format]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The names of tmux's paste buffers (an OSC 52 clipboard write would add one).
    public func pasteBuffers() throws -> String { try tmux(["list-buffers"]).output }

    /// The process id of the program running in the shell (the shell's child), if any.
    public func foregroundChild() throws -> Int32? {
        guard let shell = Int32(try display("#{pane_pid}")) else { return nil }
        // /proc/PID/stat: "pid (name) state ppid ..."; the name may hold spaces, so split after ")".
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = Int32(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, Int32(fields[1]) == shell { return pid }
        }
        return nil
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try Self.run(["-L", socket] + arguments)
    }

    @discardableResult
    private static func run(_ arguments: [String], capture: Bool = true) throws -> (status: Int32, output: String) {
        try Subprocess.run(["tmux"] + arguments, captureOutput: capture)
    }
}
