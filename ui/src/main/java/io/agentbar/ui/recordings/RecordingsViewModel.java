package io.agentbar.ui.recordings;

import io.agentbar.core.recording.PlaybackState;
import io.agentbar.core.recording.RecordingCatalog;
import io.agentbar.core.recording.RecordingEntry;
import io.agentbar.core.recording.RecordingPlayer;
import io.agentbar.core.recording.RecordingSearch;
import io.agentbar.ui.phone.FxBridge;
import io.agentbar.ui.text.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;

/**
 * The recordings window's state: the catalog read off the FX thread, filtered in memory as the
 * agent types, and one recording playing at a time. Changes only on the FX thread: the catalog's
 * answer and the player's states come back through the {@link FxBridge}.
 */
public final class RecordingsViewModel {
    private final RecordingCatalog catalog;
    private final RecordingPlayer player;
    private final FxBridge bridge;
    private final Executor background;
    private final ZoneId zone;
    private final Optional<Runnable> showFolder;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<RecordingRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PlaybackState> playback = new ReadOnlyObjectWrapper<>(this, "playback",
            new PlaybackState.Idle());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private List<RecordingEntry> all = List.of();

    /**
     * @param background where the catalog is read (it touches the disk)
     * @param zone       in which dates are shown and typed
     * @param showFolder opens the recordings folder in the desktop's file manager, when there is one
     */
    public RecordingsViewModel(RecordingCatalog catalog, RecordingPlayer player, FxBridge bridge, Executor background,
                               ZoneId zone, Optional<Runnable> showFolder) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.player = Objects.requireNonNull(player, "player");
        this.bridge = Objects.requireNonNull(bridge, "bridge");
        this.background = Objects.requireNonNull(background, "background");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.showFolder = Objects.requireNonNull(showFolder, "showFolder");
        query.subscribe(q -> filter());
        player.subscribe(state -> bridge.run(() -> onPlayback(state)));
    }

    /** Reads the catalog again, off the FX thread; the list changes when the answer is back. */
    public void refresh() {
        loading.set(true);
        background.execute(() -> {
            List<RecordingEntry> read = catalog.list();
            bridge.run(() -> {
                all = read;
                loading.set(false);
                filter();
            });
        });
    }

    /** Plays {@code row}, or stops it when it is the one playing. */
    public void toggle(RecordingRow row) {
        if (isPlaying(row)) {
            player.stop();
        } else {
            problem.set("");
            player.play(row.entry());
        }
    }

    public void stop() {
        player.stop();
    }

    public boolean isPlaying(RecordingRow row) {
        return playback.get().playing().filter(row.entry().file()::equals).isPresent();
    }

    public void showFolder() {
        showFolder.ifPresent(Runnable::run);
    }

    public boolean canShowFolder() {
        return showFolder.isPresent();
    }

    private void onPlayback(PlaybackState state) {
        playback.set(state);
        if (state instanceof PlaybackState.Failed f) {
            problem.set(f.reason());
        }
    }

    private void filter() {
        RecordingSearch search = RecordingSearch.of(query.get(), zone);
        List<RecordingEntry> shown = search.filter(all);
        List<RecordingRow> next = new ArrayList<>(shown.size());
        IntStream.range(0, shown.size()).forEach(i -> next.add(RecordingRow.of(i + 1, shown.get(i), zone)));
        rows.setAll(next);
        summary.set(search.blank() ? Messages.get("recordings.count", all.size())
                : Messages.get("recordings.matching", shown.size(), all.size()));
        emptyText.set(all.isEmpty() ? Messages.get("recordings.empty")
                : Messages.get("recordings.noMatch", query.get().strip()));
    }

    /** What the agent typed into the search field. */
    public StringProperty query() {
        return query;
    }

    /** The recordings shown, newest first. */
    public ObservableList<RecordingRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyObjectProperty<PlaybackState> playback() {
        return playback.getReadOnlyProperty();
    }

    /** "12 recordings", or "3 matches of 12" while searching. */
    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    /** What the empty list says: nothing recorded yet, or nothing matches. */
    public ReadOnlyStringProperty emptyText() {
        return emptyText.getReadOnlyProperty();
    }

    /** Why the last play failed; empty otherwise. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }
}
