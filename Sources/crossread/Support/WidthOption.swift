import ArgumentParser

/// `--width N`, for commands that print text tables: cut lines to N columns even into a pipe.
///
/// Without it, text is cut to the terminal's width on a terminal and never cut into a pipe or file.
struct WidthOption: ParsableArguments {
    static let allowed = 20...10_000

    @Option(help: ArgumentHelp("Cut text tables to this many columns (default: the terminal's width; no cut into a pipe).",
                               valueName: "n"))
    var width: Int?

    func validate() throws {
        if let width, !Self.allowed.contains(width) {
            throw ValidationError("--width must be \(Self.allowed.lowerBound) to \(Self.allowed.upperBound), not \(width)")
        }
    }

    /// The widest a text line may be, or nil for no limit.
    var maxWidth: Int? { width ?? TextTable.outputWidth }
}
