package io.agentbar.ui.recordings;

import io.agentbar.ui.text.Messages;
import io.agentbar.ui.theme.Glyph;
import io.agentbar.ui.theme.IconButton;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One recording in the list: play/stop, title and party, cut-short mark, date and length. Cells
 * are reused as the list scrolls, so ids follow the row shown ({@code recording-play-<n>}), and
 * the playing look follows the view model's playback state.
 */
final class RecordingCell extends ListCell<RecordingRow> {
    private static final PseudoClass PLAYING = PseudoClass.getPseudoClass("playing");

    private final RecordingsViewModel vm;
    private final IconButton play = new IconButton("", Glyph.PLAY.create(16), "");
    private final Label title = label("recording-title");
    private final Label party = label("recording-party");
    private final Label cut = label("recording-cut");
    private final Label live = label("recording-live");
    private final Label when = label("recording-when");
    private final Label length = label("recording-length");
    private final Label upload = label("recording-upload");
    private final HBox box;
    private final InvalidationListener playbackChanged = o -> showPlaying();

    RecordingCell(RecordingsViewModel vm) {
        this.vm = vm;
        getStyleClass().add("recording-cell");
        play.getStyleClass().addAll("flat", "play-button");
        play.setOnAction(e -> {
            if (getItem() != null) {
                vm.toggle(getItem());
            }
        });
        cut.setText(Messages.get("recordings.cutShort"));
        Tooltip why = new Tooltip(Messages.get("recordings.cutShort.tooltip"));
        why.setShowDelay(IconButton.TOOLTIP_DELAY);
        cut.setTooltip(why);
        live.setText(Messages.get("recordings.recordingNow"));
        HBox marks = new HBox(6, party, cut, live);
        marks.getStyleClass().add("recording-marks");
        VBox text = new VBox(2, title, marks);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox lengthLine = new HBox(8, upload, length);
        lengthLine.getStyleClass().add("recording-length-line");
        VBox right = new VBox(2, when, lengthLine);
        right.getStyleClass().add("recording-right");
        box = new HBox(10, play, text, right);
        box.getStyleClass().add("recording-row");
        // weak: the view model outlives the cells the list throws away as it scrolls or rebuilds
        vm.playback().addListener(new WeakInvalidationListener(playbackChanged));
        setText(null);
    }

    private static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    @Override
    protected void updateItem(RecordingRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setId(null);
            return;
        }
        int n = row.number();
        setId("recording-row-" + n);
        play.setId("recording-play-" + n);
        title.setId("recording-title-" + n);
        cut.setId("recording-cut-" + n);
        length.setId("recording-length-" + n);
        title.setText(row.title());
        title.setMinWidth(0);
        party.setText(row.party());
        party.setMinWidth(0);
        when.setText(row.when());
        length.setText(row.length());
        upload.setText(row.upload());
        upload.setVisible(!row.upload().isEmpty());
        upload.setManaged(!row.upload().isEmpty());
        cut.setVisible(row.cutShort());
        cut.setManaged(row.cutShort());
        live.setVisible(row.recordingNow());
        live.setManaged(row.recordingNow());
        showPlaying();
        setGraphic(box);
    }

    private void showPlaying() {
        RecordingRow row = getItem();
        boolean playing = row != null && !isEmpty() && vm.isPlaying(row);
        pseudoClassStateChanged(PLAYING, playing);
        play.setGraphic((playing ? Glyph.STOP : Glyph.PLAY).create(16));
        play.getTooltip().setText(playing ? Messages.get("recordings.stop")
                : row == null ? "" : Messages.get("recordings.play", row.title()));
    }
}
