package io.agentbar.ui.call;

import io.agentbar.ui.theme.Glyph;
import io.agentbar.ui.theme.IconButton;
import io.agentbar.ui.theme.Theme;
import io.agentbar.ui.text.Messages;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The guide's recording window as a strip under the panel: one line per recording (time,
 * pause/resume, stop) and, while a second may start, a title field with Start. Ids
 * {@code recording-<n>-…} follow the recording's number within the call.
 */
final class RecordingsView extends VBox {
    private static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");

    private final RecordingsViewModel vm;
    private final VBox lines = new VBox();

    RecordingsView(RecordingsViewModel vm) {
        this.vm = vm;
        setId("recordings");
        getStyleClass().add("recordings");
        lines.getStyleClass().add("recording-lines");

        TextField title = new TextField();
        title.setId("recording-title");
        title.getStyleClass().add("prompt-field");
        title.setPromptText(Messages.get("recording.title.prompt"));
        title.setAccessibleText(Messages.get("recording.title.prompt"));
        title.textProperty().bindBidirectional(vm.title());
        title.setOnAction(e -> vm.start());
        title.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.close();
                e.consume();
            }
        });
        HBox.setHgrow(title, Priority.ALWAYS);
        Button start = new Button(Messages.get("recording.start"), Glyph.RECORD.create(14));
        start.setId("recording-start");
        start.getStyleClass().addAll("prompt-confirm", "recording-start");
        start.setAccessibleText(Messages.get("recording.start"));
        start.setMinWidth(Button.USE_PREF_SIZE);
        start.setOnAction(e -> vm.start());
        IconButton close = new IconButton("recording-close", Glyph.CLOSE.create(14), Messages.get("prompt.cancel"));
        close.getStyleClass().addAll("flat", "prompt-cancel");
        close.setOnAction(e -> vm.close());
        Label caption = new Label(Messages.get("recording.new"));
        caption.getStyleClass().add("prompt-caption");
        caption.setMinWidth(Label.USE_PREF_SIZE);
        // with two recordings running no third may start; the record button then closes the strip
        HBox next = new HBox(caption, title, start, close);
        next.setId("recording-new");
        next.getStyleClass().add("target-prompt");
        next.setAlignment(Pos.CENTER_LEFT);
        next.visibleProperty().bind(vm.canStart());
        next.managedProperty().bind(next.visibleProperty());

        getChildren().addAll(lines, next);
        vm.lines().addListener((ListChangeListener<RecordingLine>) c -> sync());
        sync();
        visibleProperty().bind(vm.isOpen());
        managedProperty().bind(visibleProperty());
        vm.isOpen().subscribe(open -> {
            if (open) {
                title.requestFocus();
            }
        });
    }

    private void sync() {
        lines.getChildren().setAll(vm.lines().stream().map(this::line).toList());
    }

    private Node line(RecordingLine line) {
        String n = String.valueOf(line.number());
        Region dot = new Region();
        dot.getStyleClass().add("recording-dot");
        Label label = new Label();
        label.setId("recording-" + n + "-label");
        label.getStyleClass().add("recording-label");
        label.textProperty().bind(line.label());
        label.setMinWidth(0);
        HBox.setHgrow(label, Priority.ALWAYS);
        label.setMaxWidth(Double.MAX_VALUE);
        Label time = new Label();
        time.setId("recording-" + n + "-time");
        time.getStyleClass().add("recording-time");
        time.textProperty().bind(line.elapsedText());

        IconButton pause = new IconButton("recording-" + n + "-pause", Glyph.PAUSE.create(16),
                Messages.get("recording.pause.tooltip"));
        pause.getStyleClass().add("flat");
        pause.visibleProperty().bind(line.paused().not());
        pause.managedProperty().bind(pause.visibleProperty());
        pause.setOnAction(e -> vm.pause(line));
        IconButton resume = new IconButton("recording-" + n + "-resume", Glyph.PLAY.create(16),
                Messages.get("recording.resume.tooltip"));
        resume.getStyleClass().add("flat");
        resume.visibleProperty().bind(line.paused());
        resume.managedProperty().bind(resume.visibleProperty());
        resume.setOnAction(e -> vm.resume(line));
        IconButton stop = new IconButton("recording-" + n + "-stop", Glyph.STOP.create(16),
                Messages.get("recording.stop.tooltip"));
        stop.getStyleClass().addAll("flat", "recording-stop");
        stop.setOnAction(e -> vm.stop(line));

        HBox row = new HBox(dot, label, time, pause, resume, stop);
        row.setId("recording-line-" + n);
        row.getStyleClass().add("recording-line");
        row.setAlignment(Pos.CENTER_LEFT);
        row.accessibleTextProperty().bind(line.label());
        Theme.pseudoClass(row, PAUSED, line.paused());
        return row;
    }
}
