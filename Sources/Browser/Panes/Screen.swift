import Corpus

/// Renders the whole browser for a model: top bar, panes, status line, or the too-small notice.
/// A pure function of the model.
public enum Screen {
    public static func render(_ model: BrowserModel) -> CellBuffer {
        var buffer = CellBuffer(width: model.width, height: model.height)
        guard !model.isTooSmall else {
            TooSmallNotice.render(model, into: &buffer)
            return buffer
        }
        let geometry = model.geometry
        TopBar.render(model, into: &buffer, geometry.topBar)
        if model.helpTop != nil {
            HelpPane.render(model, into: &buffer, geometry.content)
        } else if let build = model.activePaneBuild {
            PaneBuildNotice.render(build, keys: model.keysWhileBuilding, into: &buffer, geometry.content)
        } else if let pane = model.activeContentPane {
            pane.render(model.paneContext, into: &buffer, geometry.content)
        }
        StatusLine.render(model, into: &buffer, geometry.statusLine)
        return buffer
    }
}

/// The notice shown instead of the browser when the terminal is below the minimum size.
enum TooSmallNotice {
    static func render(_ model: BrowserModel, into buffer: inout CellBuffer) {
        guard buffer.height > 0 else { return }
        let size = "\(model.width)x\(model.height)"
        let need = "\(BrowserModel.minimumWidth)x\(BrowserModel.minimumHeight)"
        let candidates = ["Terminal too small (\(size)); need \(need). Q quits.", "Too small (\(size)); need \(need)",
                          "Too small \(size)", "Too small", "Small"]
        let text = candidates.first { DisplayWidth.of($0) <= buffer.width } ?? ""
        buffer.write(text, x: 0, y: 0, style: .statusError)
    }
}

/// What a pane being built shows meanwhile: what is being done, how far, and that keys still work.
///
///     Reading figures: 3,400 of 10,000 articles
///     ████████████░░░░░░░░░░░░░░░░░░░░░░░░  34%
enum PaneBuildNotice {
    static func render(_ build: BrowserModel.PaneBuildStatus, keys: [(hint: String, phrase: String)], into buffer: inout CellBuffer,
                       _ rect: Rect)
    {
        guard rect.height > 1, rect.width > 4 else { return }
        let x = rect.x + 2, width = rect.width - 4
        buffer.write(line(build), x: x, y: rect.y + 1, style: .heading, limit: width)
        guard rect.height > 3 else { return }
        let percent = "\(percent(build.count))%"
        let barWidth = min(60, width - 6)
        if barWidth >= 4 {
            let filled = build.count.total == 0 ? 0 : barWidth * build.count.done / build.count.total
            var column = buffer.write(String(repeating: "█", count: filled), x: x, y: rect.y + 3, style: .bar)
            column = buffer.write(String(repeating: "░", count: barWidth - filled), x: column, y: rect.y + 3, style: .dim)
            buffer.write(String(repeating: " ", count: max(0, 4 - percent.count)) + percent, x: column + 1, y: rect.y + 3)
        }
        guard rect.height > 5 else { return }
        buffer.write("Keys work meanwhile: " + keys.map(\.phrase).joined(separator: ", ") + ".", x: x, y: rect.y + 5, style: .dim,
                     limit: width)
    }

    /// "Reading figures: 3,400 of 10,000 articles", or the activity alone before counting starts.
    static func line(_ build: BrowserModel.PaneBuildStatus) -> String {
        guard build.count.total > 0 else { return build.activity + "…" }
        if build.count.done == build.count.total {
            // What follows the last document (sorting, grouping) is not counted: say so, rather
            // than leave a full bar that seems stuck.
            return "\(build.activity): all \(build.count.total.groupedDigits) articles read; putting the pane together…"
        }
        return "\(build.activity): \(build.count.done.groupedDigits) of \(build.count.total.groupedDigits) article\(build.count.total == 1 ? "" : "s")"
    }

    static func percent(_ count: BuildProgress.Count) -> Int { count.total == 0 ? 0 : count.done * 100 / count.total }
}

/// The top line: the program, the panes with their keys, the corpus size.
enum TopBar {
    static func render(_ model: BrowserModel, into buffer: inout CellBuffer, _ rect: Rect) {
        buffer.fill(rect, style: .topBar)
        var column = buffer.write(" Crossread ", x: rect.x, y: rect.y, style: .topBar)
        let keys = model.paneKeys
        for (index, title) in model.paneTitles.enumerated() {
            column = buffer.write(" " + (keys[index].map { $0 + " " } ?? "") + title + " ", x: column + 1, y: rect.y,
                                  style: index == model.activePane ? .activeTab : .topBar)
        }
        let summary = "\(model.store.count.groupedDigits) article\(model.store.count == 1 ? "" : "s") "
        let summaryWidth = DisplayWidth.of(summary)
        if rect.maxX - summaryWidth > column + 1 {
            buffer.write(summary, x: rect.maxX - summaryWidth, y: rect.y, style: .topBar)
        }
    }
}

/// The bottom line: where you are, a message or the search prompt, and key hints.
enum StatusLine {
    static func render(_ model: BrowserModel, into buffer: inout CellBuffer, _ rect: Rect) {
        buffer.fill(rect, style: .statusBar)
        if let prompt = model.prompt {
            let end = buffer.write(prompt.lead + prompt.text, x: rect.x, y: rect.y, style: .statusBar)
            buffer.write("█", x: end, y: rect.y, style: .statusBar)
            return
        }
        var hints = (model.keymap.keyLabel(for: .back, in: .help, preferring: .escape).map { "\($0) closes help " } ?? "")
        var left = "Help"
        if model.helpTop == nil, let build = model.activePaneBuild {
            left = "\(build.title): \(build.activity.lowercased()), \(PaneBuildNotice.percent(build.count))%"
            hints = model.keysWhileBuilding.map(\.hint).joined(separator: " · ") + " "
        } else if model.helpTop == nil, let pane = model.activeContentPane {
            (left, hints) = pane.status(model.paneContext)
            hints += " "
        }
        var column = buffer.write(" " + left, x: rect.x, y: rect.y, style: .statusBar)
        if let message = model.message {
            column = buffer.write("  " + message.text, x: column, y: rect.y, style: message.isError ? .statusError : .statusMessage)
        }
        let hintWidth = DisplayWidth.of(hints)
        if rect.maxX - hintWidth > column + 1 { buffer.write(hints, x: rect.maxX - hintWidth, y: rect.y, style: .statusBar) }
    }
}
