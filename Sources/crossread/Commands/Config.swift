import ArgumentParser
import Foundation

struct Config: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the configuration: the defaults with comments, or where the file is read from.",
        discussion: """
            crossread config --print > ~/.config/crossread/config.toml writes a file to edit. \
            crossread config --check reads the file (or --config FILE) and reports each bad entry.
            """)

    @Flag(help: "Print the default configuration, with comments.") var print = false
    @Flag(help: "Print the path of the configuration file read by default.") var path = false
    @Flag(help: "Read the configuration file and report each problem; exit 1 if there is one.") var check = false
    @Option(help: ArgumentHelp("The file to check instead of the default one.", valueName: "file")) var config: String?

    func validate() throws {
        if [print, path, check].filter({ $0 }).count != 1 { throw ValidationError("config takes one of --print, --path, --check") }
    }

    func run() throws {
        if print { Swift.print(Configuration.defaults.document(), terminator: "") }
        if path { Swift.print(Configuration.defaultPath) }
        if check {
            let file = config ?? Configuration.defaultPath
            let (_, problems) = Configuration.load(path: file, required: true)
            for problem in problems { StandardError.print("crossread: \(problem)") }
            if !problems.isEmpty { throw ExitCode(1) }
            Swift.print("\(file): no problems")
        }
    }
}

/// `--config FILE` and `--no-config`, for the commands that open the browser.
struct ConfigOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Read this configuration file instead of ~/.config/crossread/config.toml.", valueName: "file"))
    var config: String?
    @Flag(help: "Read no configuration file: every setting at its default.") var noConfig = false

    func validate() throws {
        if config != nil, noConfig { throw ValidationError("--config and --no-config cannot go together") }
    }

    /// The configuration, each problem reported on standard error in one line.
    func load() -> Configuration {
        if noConfig { return .defaults }
        return Configuration.loadReporting(path: config ?? Configuration.defaultPath, required: config != nil)
    }
}

extension Configuration {
    /// The configuration in `path`, its problems on standard error ("crossread: FILE line 3: ...").
    static func loadReporting(path: String, required: Bool) -> Configuration {
        let (configuration, problems) = load(path: path, required: required)
        for problem in problems { StandardError.print("crossread: \(problem)") }
        return configuration
    }
}
