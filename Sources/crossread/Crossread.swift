import ArgumentParser

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
            Quotes.self, Snapshot.self, Search.self,
        ],
        defaultSubcommand: Browse.self
    )
}

enum CrossreadVersion {
    static let string = "0.1.0"
}
