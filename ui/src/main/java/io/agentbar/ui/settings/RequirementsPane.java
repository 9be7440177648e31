package io.agentbar.ui.settings;

import io.agentbar.ui.text.Messages;
import io.agentbar.ui.theme.Glyph;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The Requirements tab: one row per check with a pass/fail mark and its hint, and "Check again". */
final class RequirementsPane {
    private static final PseudoClass PASSED = PseudoClass.getPseudoClass("passed");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private RequirementsPane() {
    }

    static Node create(RequirementsViewModel vm) {
        Label summary = new Label();
        summary.setId("settings-requirements-summary");
        summary.getStyleClass().add("settings-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summary());

        VBox rows = new VBox();
        rows.setId("settings-checks");
        rows.getStyleClass().add("settings-checks");
        // rows and allPassed change together, on the FX thread, when a run ends
        Runnable show = () -> {
            rows.getChildren().setAll(vm.rows().stream().map(RequirementsPane::row).toList());
            summary.pseudoClassStateChanged(FAILED, !vm.allPassed().get() && !vm.rows().isEmpty());
        };
        show.run();
        vm.rows().subscribe(show);
        vm.allPassed().subscribe(ok -> show.run());

        Button again = new Button(Messages.get("settings.requirements.again"));
        again.setId("settings-check-again");
        again.disableProperty().bind(vm.running());
        again.setOnAction(e -> vm.checkAgain());

        VBox page = new VBox(12, summary, rows, again);
        page.setId("settings-requirements");
        page.getStyleClass().add("settings-form");
        return page;
    }

    private static Node row(CheckRow r) {
        StackPane mark = new StackPane((r.passed() ? Glyph.CHECK : Glyph.CROSS).create(12));
        mark.getStyleClass().add("check-mark");
        mark.setMinSize(22, 22);
        mark.setMaxSize(22, 22);

        Label name = new Label(r.name());
        name.getStyleClass().add("check-name");
        Label hint = new Label(r.hint());
        hint.getStyleClass().add("check-hint");
        hint.setWrapText(true);
        VBox text = new VBox(2, name, hint);
        HBox.setHgrow(text, Priority.ALWAYS);

        HBox row = new HBox(12, mark, text);
        row.setId(r.id());
        row.getStyleClass().add("check-row");
        row.setAlignment(Pos.TOP_LEFT);
        row.pseudoClassStateChanged(r.passed() ? PASSED : FAILED, true);
        row.setAccessibleText(Messages.get(r.passed() ? "settings.requirements.rowPassed" : "settings.requirements.rowFailed",
                r.name(), r.hint()));
        return row;
    }
}
