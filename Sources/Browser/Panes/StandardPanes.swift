/// The panes Crossread shows beside Articles, in top-bar order (keys 2, 3, 4, ...).
///
/// Each pane lives in its own folder under `Panes/` and adds itself here with one line: its
/// `factory` brings its title, its keys and how to build it.
public enum StandardPanes {
    public static let all: [PaneFactory] = [
        TimelinePane.factory,
        FiguresPane.factory,
        ComparePane.factory,
        SearchPane.factory,
    ]
}
