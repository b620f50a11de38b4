import Corpus

/// The line at the bottom of the screen: searches and pipe commands a pane asked for, with their
/// history, and the `:` command line.
extension BrowserModel {
    // MARK: The prompt

    mutating func editPrompt(_ key: Key) -> Effect {
        guard var prompt else { return .none }
        let isSearch = !prompt.isPipe && !prompt.isCommand
        switch key {
        case .character(let character):
            prompt.text.append(character)
        case .backspace, .delete:
            if prompt.text.isEmpty {
                self.prompt = nil
                return .none
            }
            prompt.text.removeLast()
        case .escape, .control("c"), .control("g"):
            self.prompt = nil
            return .none
        case .control("u"):
            prompt.text = ""
        case .up where isSearch, .down where isSearch:
            guard !searchHistory.isEmpty else { break }
            let last = searchHistory.count - 1
            if key == .up {
                prompt.recalled = max(0, (prompt.recalled ?? (last + 1)) - 1)
            } else if let recalled = prompt.recalled {
                prompt.recalled = recalled < last ? recalled + 1 : nil
            }
            prompt.text = prompt.recalled.map { searchHistory[$0] } ?? ""
        case .tab where prompt.isCommand:
            prompt.text = BrowserCommand.complete(prompt.text, ids: store.documents.map(\.id), keyNames: settingNames)
        case .enter where prompt.isCommand:
            self.prompt = nil
            return run(prompt.text)
        case .enter:
            self.prompt = nil
            if isSearch, !prompt.text.isEmpty {
                searchHistory.removeAll { $0 == prompt.text }
                searchHistory.append(prompt.text)
                if searchHistory.count > ReadingSession.searchLimit { searchHistory.removeFirst() }
            }
            let kind: PromptKind = prompt.isPipe ? .pipe : .search(forward: prompt.forward)
            return withPane(prompt.owner) { pane, context in pane.answer(kind, prompt.text, context: context) } ?? .none
        default:
            break
        }
        self.prompt = prompt
        return .none
    }

    // MARK: The command line

    /// Carries out a `:` command line.
    private mutating func run(_ line: String) -> Effect {
        switch BrowserCommand.parse(line.trimmingCharacters(in: .whitespaces)) {
        case .failure(let error):
            message = Message(text: error.message, isError: true)
        case .success(.quit):
            return .quit
        case .success(.help):
            helpTop = 0
            helpContext = .global
        case .success(.open(let prefix)):
            let found = store.documents.filter { $0.id.hasPrefix(prefix) }
            guard found.count == 1 else {
                message = Message(text: found.isEmpty ? "No article \(prefix)"
                                  : "\(prefix) starts \(found.count) ids: " + found.prefix(4).map(\.id).joined(separator: ", "),
                                  isError: true)
                break
            }
            return openArticle(.at(documentID: found[0].id, span: nil))
        case .success(.sort(let order, let reversed)):
            return command(["sort", order.rawValue] + (reversed ? ["reverse"] : []))
        case .success(.export(let format, let path)):
            return command(["export", format.rawValue, path])
        case .success(.pane(let words)):
            guard helpTop == nil, let effect = withActivePane({ pane, context in pane.command(words, context: context) }) else {
                message = Message(text: ":\(words[0]) is a command of the Compare pane: show that pane first", isError: true)
                break
            }
            return effect
        case .success(.set(let name, let value?)):
            return set(name, value)
        case .success(.set(let name, nil)):
            if let value = setting(name) {
                message = Message(text: "\(name) = \(value)", isError: false)
            } else {
                message = Message(text: "Not a setting: \(name) (" + BrowserCommand.settings.joined(separator: ", ")
                                  + ", theme.ROLE, monochrome.ROLE, keys.CONTEXT.ACTION)", isError: true)
            }
        }
        return .none
    }

    /// A command of a pane's own that is not tied to the pane shown (`:sort`, `:export`): the
    /// active pane has it first, then the first pane built that takes it.
    private mutating func command(_ words: [String]) -> Effect {
        let order = [activePane] + builtPanes.keys.sorted().filter { $0 != activePane }
        for index in order {
            if let effect = withPane(index, { pane, context in pane.command(words, context: context) }) { return effect }
        }
        message = Message(text: ":\(words[0]) has nothing to work on here", isError: true)
        return .none
    }

    /// What `:set` completes: every setting, each style role's look and every key binding.
    private var settingNames: [String] {
        Style.allCases.flatMap { ["theme.\($0.name)", "monochrome.\($0.name)"] }
            + keymap.contexts.flatMap { context in keymap.actionNames(in: context.id).map { "keys.\(context.id).\($0)" } }
    }
}
