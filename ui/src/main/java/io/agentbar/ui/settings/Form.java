package io.agentbar.ui.settings;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** A settings page: section titles, and rows of a label and its control, aligned in two columns. */
final class Form {
    private final GridPane grid = new GridPane();
    private int row;

    Form(String id) {
        grid.setId(id);
        grid.getStyleClass().add("settings-form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, controls);
    }

    Form section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("settings-section");
        if (row > 0) {
            l.getStyleClass().add("settings-section-next");
        }
        grid.add(l, 0, row++, 2, 1);
        return this;
    }

    /** A labelled control; the label names the control for screen readers too. */
    Form row(String label, Node control) {
        Label l = new Label(label);
        l.getStyleClass().add("settings-label");
        l.setLabelFor(control);
        GridPane.setValignment(l, VPos.CENTER);
        grid.add(l, 0, row);
        grid.add(control, 1, row++);
        return this;
    }

    /** A line under the previous row's control, e.g. its error. */
    Form under(Node control) {
        grid.add(control, 1, row++);
        return this;
    }

    /** A control across both columns (a check box that carries its own text, a note). */
    Form wide(Node control) {
        grid.add(control, 0, row++, 2, 1);
        return this;
    }

    GridPane build() {
        return grid;
    }
}
