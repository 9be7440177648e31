package io.agentbar.ui.recordings;

import io.agentbar.ui.text.Messages;
import io.agentbar.ui.theme.Glyph;
import io.agentbar.ui.theme.IconButton;
import io.agentbar.ui.theme.Theme;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The recordings window's content: a search field over the list. Built in code; it only binds. */
public final class RecordingsView extends VBox {
    private final TextField search = new TextField();

    public RecordingsView(RecordingsViewModel vm) {
        setId("recordings");
        getStyleClass().add("recordings-window");
        Theme.style(this, RecordingsView.class, "recordings.css");

        search.setId("recordings-search");
        search.getStyleClass().add("recordings-search");
        search.setPromptText(Messages.get("recordings.search.prompt"));
        search.setAccessibleText(Messages.get("recordings.search.accessible"));
        search.textProperty().bindBidirectional(vm.query());
        StackPane field = new StackPane(search, Glyph.SEARCH.create(16));
        field.getStyleClass().add("search-box");
        HBox.setHgrow(field, Priority.ALWAYS);

        Label summary = new Label();
        summary.setId("recordings-summary");
        summary.getStyleClass().add("recordings-summary");
        summary.textProperty().bind(vm.summary());

        HBox header = new HBox(10, field, summary);
        header.getStyleClass().add("recordings-header");
        if (vm.canShowFolder()) {
            IconButton folder = new IconButton("recordings-folder", Glyph.FOLDER.create(18),
                    Messages.get("recordings.folder"));
            folder.getStyleClass().add("flat");
            folder.setOnAction(e -> vm.showFolder());
            header.getChildren().add(folder);
        }

        ListView<RecordingRow> list = new ListView<>(vm.rows());
        list.setId("recordings-list");
        list.getStyleClass().add("recordings-list");
        list.setCellFactory(v -> new RecordingCell(vm));
        Label empty = new Label();
        empty.setId("recordings-empty");
        empty.getStyleClass().add("recordings-empty");
        empty.textProperty().bind(vm.emptyText());
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("recordings-problem");
        problem.getStyleClass().add("recordings-problem");
        problem.textProperty().bind(vm.problem());
        problem.visibleProperty().bind(vm.problem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setMaxWidth(Double.MAX_VALUE);

        getChildren().addAll(header, problem, list);
    }

    /** Where typing goes when the window opens. */
    public TextField searchField() {
        return search;
    }
}
