package io.agentbar.ui.bar;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keeps a pane's children in step with a list of view models, one view per view model. A view is
 * made once and kept while its view model stays, so focus and hover survive unrelated changes.
 */
final class PanelList<T> {
    private final Pane pane;
    private final ObservableList<T> items;
    private final Function<T, Node> viewOf;
    private final Map<T, Node> views = new IdentityHashMap<>();

    private PanelList(Pane pane, ObservableList<T> items, Function<T, Node> viewOf) {
        this.pane = pane;
        this.items = items;
        this.viewOf = viewOf;
    }

    static <T> void bind(Pane pane, ObservableList<T> items, Function<T, Node> viewOf) {
        PanelList<T> list = new PanelList<>(pane, items, viewOf);
        // the pane holds the list (and so the listener) for as long as the view lives
        pane.getProperties().put(PanelList.class, list);
        items.addListener((ListChangeListener<T>) c -> list.sync());
        list.sync();
    }

    private void sync() {
        views.keySet().retainAll(items); // view models keep identity equality
        List<Node> nodes = items.stream().map(i -> views.computeIfAbsent(i, viewOf)).toList();
        pane.getChildren().setAll(nodes);
    }
}
