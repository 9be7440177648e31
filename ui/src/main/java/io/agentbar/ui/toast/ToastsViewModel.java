package io.agentbar.ui.toast;

import io.agentbar.core.settings.NotificationPosition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The toasts the window shows: newest last, at most {@link #MAX_SHOWN}, each fading after
 * {@link #LIFETIME} on the clock tick. The same text again refreshes the toast instead of stacking a
 * copy, so a phone repeating a refusal does not fill the window. Lives on the FX thread.
 */
public final class ToastsViewModel {
    /** Long enough to read two lines, short enough that toasts do not pile up. */
    public static final Duration LIFETIME = Duration.ofSeconds(8);
    /** More would push the calls out of sight; the oldest goes first. */
    public static final int MAX_SHOWN = 3;

    private final ObservableList<Toast> shown = FXCollections.observableArrayList();
    private final ObservableList<Toast> readOnly = FXCollections.unmodifiableObservableList(shown);
    private final ObjectProperty<NotificationPosition> position =
            new SimpleObjectProperty<>(this, "position", NotificationPosition.TOP_RIGHT);
    private long last;

    /** Shows {@code text} from {@code now} for {@link #LIFETIME}. */
    public Toast show(Toast.Kind kind, String text, Instant now) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        shown.removeIf(t -> t.text().equals(text));
        Toast toast = new Toast(++last, kind, text, now.plus(LIFETIME));
        shown.add(toast);
        while (shown.size() > MAX_SHOWN) {
            shown.removeFirst();
        }
        return toast;
    }

    /** Drops the toasts whose time is up; called every second. */
    public void tick(Instant now) {
        shown.removeIf(t -> !now.isBefore(t.until()));
    }

    /** The agent closed it. */
    public void dismiss(Toast toast) {
        shown.remove(toast);
    }

    /** The toasts on screen, oldest first. */
    public ObservableList<Toast> shown() {
        return readOnly;
    }

    /** Where in the window they appear; the settings' notification position. */
    public ObjectProperty<NotificationPosition> position() {
        return position;
    }

    public static boolean atBottom(NotificationPosition p) {
        return p == NotificationPosition.BOTTOM_LEFT || p == NotificationPosition.BOTTOM_RIGHT;
    }

    public static boolean atLeft(NotificationPosition p) {
        return p == NotificationPosition.TOP_LEFT || p == NotificationPosition.BOTTOM_LEFT;
    }
}
