/// The panes Crossread shows, in top-bar order (keys 1, 2, 3, ...): the first is shown at start.
///
/// Each pane lives in its own folder under `Panes/` and adds itself here with one line: its
/// `factory` brings its title, its keys and how to build it.
public enum StandardPanes {
    public static let all: [PaneFactory] = [
        ArticlesPane.factory,
        TimelinePane.factory,
        FiguresPane.factory,
        ComparePane.factory,
        SearchPane.factory,
    ]
}
