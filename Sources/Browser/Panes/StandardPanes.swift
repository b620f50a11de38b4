/// The panes Crossread shows beside Articles, in top-bar order (keys 2, 3, 4), and their keys.
///
/// Each pane lives in its own folder under `Panes/` and adds itself here with one line in each list.
public enum StandardPanes {
    public static let all: [PaneFactory] = [
        ComparePane.factory,
        SearchPane.factory,
    ]

    /// Key bindings of the panes, each in its pane's own keymap context.
    public static let bindings: [Keymap.Binding] = []
        + ComparePane.bindings
        + SearchPane.bindings
}
