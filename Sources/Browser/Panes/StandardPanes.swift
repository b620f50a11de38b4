/// The panes Crossread shows beside Articles, in top-bar order (keys 2, 3, 4), and their keys.
///
/// Each pane lives in its own folder under `Panes/` and adds itself here with one line in each list.
public enum StandardPanes {
    public static let all: [PaneFactory] = [
        PaneFactory(title: "Timeline", activity: "Reading dates") { TimelinePane(store: $0, progress: $1) },
        PaneFactory(title: "Figures", activity: "Reading figures") { FiguresPane(store: $0, progress: $1) },
        ComparePane.factory,
        SearchPane.factory,
    ]

    /// Key bindings of the panes, each in its pane's own keymap context.
    public static let bindings: [Keymap.Binding] = TimelinePane.bindings + FiguresPane.bindings
        + ComparePane.bindings + SearchPane.bindings
}
