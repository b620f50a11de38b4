import ArgumentParser
import Corpus

@main
struct Crossread: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crossread",
        abstract: "Read one story across many sources, in a terminal.",
        discussion: """
            With no subcommand, opens the browser when standard input and output are a terminal, and \
            prints the article list otherwise. Every command reads the built-in corpus unless given \
            --corpus PATH (a folder, searched recursively, or files; repeatable).
            """,
        version: CrossreadVersion.string,
        subcommands: [
            Browse.self, List.self, Show.self, Figures.self, Table.self, TimelineCommand.self, Compare.self,
            Quotes.self, Snapshot.self, Search.self, Config.self,
        ],
        defaultSubcommand: Browse.self
    )
}

extension Crossread {
    /// `crossread` alone opens the browser on the built-in corpus without building the parser's
    /// command tree, which costs a few milliseconds of reflection at start-up (measured with
    /// Benchmarks/terminal.py); every other command line goes through ArgumentParser.
    static func main() {
        if CommandLine.arguments.count == 1 {
            do {
                let configuration = Configuration.loadReporting(path: Configuration.defaultPath, required: false)
                // The built-in corpus without parsing options at all: the common start, kept short.
                let store = configuration.corpus.isEmpty ? BuiltInCorpus.load()
                    : try CorpusOptions.parse([]).load(configuration: configuration)
                try Browse.open(store, configuration: configuration, corpusPaths: configuration.corpus)
            } catch {
                exit(withError: error)
            }
            return
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exitReporting(error)
        }
    }

    /// A usage error (an unknown option, a value that does not parse, a failed `validate()`) is one
    /// line on standard error and exit 2, the status every command uses for input it cannot take,
    /// instead of ArgumentParser's usage screen and EX_USAGE (64). Help, version and the statuses
    /// commands throw themselves are left to ArgumentParser.
    static func exitReporting(_ error: Error) -> Never {
        guard exitCode(for: error) == .validationFailure, !(error is ExitCode) else { exit(withError: error) }
        let message = message(for: error).split(whereSeparator: \.isNewline).first.map(String.init) ?? "\(error)"
        let trimmed = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
        StandardError.print("crossread: \(trimmed) (crossread help shows the options)")
        exit(withError: ExitCode(2))
    }
}

enum CrossreadVersion {
    static let string = "0.1.0"
}
