/// `:set`: every setting of the configuration file, read or changed for this run.
extension BrowserModel {
    /// A setting as it is now, in the words `:set` takes; nil for a name that is not one.
    func setting(_ name: String) -> String? {
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
    mutating func set(_ name: String, _ value: String) -> Effect {
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
                try terminal.theme.setLook(of: role, to: value, monochrome: parts[0] == "monochrome")
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
