package io.agentbar.ui.bar;

import io.agentbar.ui.theme.Theme;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;

/**
 * Shows {@link HistorySuggestions} as a list that drops down under the number field. Typing stays
 * in the field (the list never takes focus); Down and Up move through the list, Enter or a click
 * puts the chosen number in the field, Escape closes the list. Enter with nothing chosen is the
 * field's own Enter: it dials.
 */
public final class HistoryDropDown {
    private static final double ROW_HEIGHT = 30;

    private final TextField field;
    private final HistorySuggestions suggestions;
    private final ListView<HistorySuggestions.Item> list = new ListView<>();
    private final Popup popup = new Popup();

    private HistoryDropDown(TextField field, HistorySuggestions suggestions) {
        this.field = field;
        this.suggestions = suggestions;
    }

    /** Hangs the drop-down under {@code field}; the field's text drives it from now on. */
    public static HistoryDropDown attach(TextField field, HistorySuggestions suggestions) {
        HistoryDropDown d = new HistoryDropDown(field, suggestions);
        d.build();
        return d;
    }

    private void build() {
        list.setId("history-suggestions");
        list.getStyleClass().add("history-suggestions");
        list.setFocusTraversable(false); // key presses must keep reaching the field
        list.setFixedCellSize(ROW_HEIGHT);
        list.setCellFactory(v -> new SuggestionCell());
        list.setItems(suggestions.items());
        Theme.style(list, HistoryDropDown.class, "history.css");
        list.setOnMouseClicked(e -> {
            HistorySuggestions.Item chosen = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && chosen != null) {
                fill(chosen);
            }
        });

        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setHideOnEscape(false); // Escape is handled below, so the view model knows
        popup.setOnAutoHide(e -> suggestions.dismiss());

        field.textProperty().subscribe(text -> {
            if (field.isFocused()) {
                suggestions.update(text);
            } else {
                suggestions.dismiss(); // text set from elsewhere (cleared after dialling): nothing to suggest
            }
        });
        field.focusedProperty().subscribe(focused -> {
            if (!focused) {
                suggestions.dismiss();
            }
        });
        suggestions.items().addListener((ListChangeListener<HistorySuggestions.Item>) c -> showOrHide());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void onKey(KeyEvent e) {
        if (!popup.isShowing()) {
            return;
        }
        var selection = list.getSelectionModel();
        switch (e.getCode()) {
            case DOWN -> {
                selection.select(Math.min(selection.getSelectedIndex() + 1, list.getItems().size() - 1));
                list.scrollTo(selection.getSelectedIndex());
                e.consume();
            }
            case UP -> {
                if (selection.getSelectedIndex() <= 0) {
                    selection.clearSelection();
                } else {
                    selection.select(selection.getSelectedIndex() - 1);
                }
                e.consume();
            }
            case ENTER -> {
                if (selection.getSelectedItem() != null) {
                    fill(selection.getSelectedItem());
                    e.consume(); // this Enter chose a number; the next one dials it
                }
            }
            case ESCAPE -> {
                suggestions.dismiss();
                e.consume();
            }
            default -> {
            }
        }
    }

    private void fill(HistorySuggestions.Item item) {
        String number = suggestions.pick(item);
        field.setText(number);
        field.positionCaret(number.length());
        field.requestFocus();
    }

    private void showOrHide() {
        int n = suggestions.items().size();
        if (n == 0 || field.getScene() == null || !field.isFocused()) {
            popup.hide();
            return;
        }
        list.getSelectionModel().clearSelection();
        Bounds b = field.localToScreen(field.getBoundsInLocal());
        list.setPrefWidth(Math.max(b.getWidth(), 320));
        list.setPrefHeight(n * ROW_HEIGHT + 2);
        if (!popup.isShowing()) {
            popup.show(field, b.getMinX(), b.getMaxY());
            // a popup has a scene of its own: give it the theme's tokens the list's colours refer to
            popup.getScene().getStylesheets().setAll(field.getScene().getStylesheets());
        }
    }

    /** Number, name, then how and when the last call went, right-aligned. */
    private static final class SuggestionCell extends ListCell<HistorySuggestions.Item> {
        private final Label number = label("history-number");
        private final Label name = label("history-name");
        private final Label detail = label("history-detail");
        private final HBox row;

        SuggestionCell() {
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            row = new HBox(8, number, name, gap, detail);
            row.getStyleClass().add("history-row");
            getStyleClass().add("history-suggestion");
        }

        @Override
        protected void updateItem(HistorySuggestions.Item item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            number.setText(item.number());
            name.setText(item.name());
            detail.setText(item.detail());
            setAccessibleText(item.accessibleText());
            setGraphic(row);
        }

        private static Label label(String styleClass) {
            Label l = new Label();
            l.getStyleClass().add(styleClass);
            return l;
        }
    }
}
