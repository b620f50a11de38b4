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

    /// A setting as it is now, in the words `:set` takes; nil for a name that is not one.
    private func setting(_ name: String) -> String? {
        let parts = name.split(separator: ".", maxSplits: 2).map(String.init)
        switch parts[0] {
        case "measure": return measure.map(String.init) ?? "none (the full width)"
        case "mouse": return terminal.mouse ? "on" : "off"
        case "clipboard": return terminal.clipboard ?? "osc52"
        case "theme", "monochrome":
            guard parts.count == 2, let role = Style(name: parts[1]) else { return nil }
            let look = terminal.theme.look(role)
            if parts[0] == "theme" { return LookWords.words(look) }
            return LookWords.attributeWords(look.monochrome).joined(separator: " ").nonEmpty ?? "none"
        case "keys":
            guard parts.count == 3, keymap.actionNames(in: parts[1]).contains(parts[2]) else { return nil }
            let keys = keymap.bindings.filter { $0.context.id == parts[1] && $0.action.name == parts[2] }.flatMap(\.keys)
            return keys.isEmpty ? "no key" : keys.map(KeyNotation.label).joined(separator: " ")
        default: return nil
        }
    }

    /// Carries out `:set NAME VALUE` for any setting of the configuration file, for this run.
    private mutating func set(_ name: String, _ value: String) -> Effect {
        func refuse(_ text: String) -> Effect {
            message = Message(text: text, isError: true)
            return .none
        }
        func say(_ text: String) { message = Message(text: text, isError: false) }
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        switch parts[0] {
        case "keys":
            let names = name.split(separator: ".", maxSplits: 2).map(String.init)
            guard names.count == 3, let keys = try? KeyNotation.parse(value), keys.count == 1 else {
                return refuse(":set keys.CONTEXT.ACTION takes one key (x, <C-d>, <F5>)")
            }
            do {
                keymap = try keymap.remapping(context: names[1], action: names[2], to: keys)
            } catch {
                return refuse("\(error)")
            }
            say("\(KeyNotation.label(keys[0])) now: \(names[2]) (\(names[1]))")
            return .none
        case "measure":
            guard let columns = Int(value), (Self.minimumWidth...1000).contains(columns) else {
                return refuse(":set measure takes a number of columns, \(Self.minimumWidth) to 1000")
            }
            measure = columns
            layoutChanged()
            say("Lines of at most \(columns) columns")
            return .none
        case "mouse":
            guard let on = ["on": true, "true": true, "yes": true, "off": false, "false": false, "no": false][value.lowercased()] else {
                return refuse(":set mouse takes on or off")
            }
            terminal.mouse = on
            say(on ? "Mouse on: click to select, the wheel scrolls" : "Mouse off: the terminal's own selection works")
            return .terminalChanged
        case "clipboard":
            terminal.clipboard = value == "osc52" ? nil : value
            say(value == "osc52" ? "y copies through the terminal (OSC 52)" : "y copies through: \(value)")
            return .terminalChanged
        case "theme", "monochrome":
            guard parts.count == 2, let role = Style(name: parts[1]) else {
                return refuse(":set \(parts[0]).ROLE takes a style role: " + Style.allCases.map(\.name).joined(separator: ", "))
            }
            do {
                terminal.theme = try terminal.theme.setting(role, value, monochrome: parts[0] == "monochrome")
            } catch {
                return refuse("\(name): \(error)")
            }
            say("\(name) = \(value)")
            return .terminalChanged
        case "corpus", "index":
            return refuse("\(name) is read at start: set it in config.toml, or start with --\(name)")
        default:
            return refuse("Not a setting: \(name) (" + BrowserCommand.settings.joined(separator: ", ") + ")")
        }
    }
}

extension String {
    /// The string, or nil when it is empty.
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
