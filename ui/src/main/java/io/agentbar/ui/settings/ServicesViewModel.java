package io.agentbar.ui.settings;

import io.agentbar.core.settings.NotificationPosition;
import io.agentbar.core.settings.Preferences;
import io.agentbar.core.settings.ThemeMode;
import io.agentbar.ui.text.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The Services tab: auto answer with its delay, the messenger sound, where toasts appear, and the theme. The
 * delay is typed text, checked as the agent types, so the error is there before Save is pressed.
 */
public final class ServicesViewModel {
    private final BooleanProperty autoAnswer = new SimpleBooleanProperty(this, "autoAnswer");
    private final StringProperty delayText = new SimpleStringProperty(this, "delayText", "");
    private final ReadOnlyStringWrapper delayError = new ReadOnlyStringWrapper(this, "delayError", "");
    private final BooleanProperty messengerSound = new SimpleBooleanProperty(this, "messengerSound");
    private final ObjectProperty<NotificationPosition> position =
            new SimpleObjectProperty<>(this, "position", NotificationPosition.TOP_RIGHT);
    private final ObjectProperty<ThemeMode> theme = new SimpleObjectProperty<>(this, "theme", ThemeMode.LIGHT);

    ServicesViewModel() {
        autoAnswer.subscribe(this::validate);
        delayText.subscribe(this::validate);
    }

    void show(Preferences p) {
        autoAnswer.set(p.autoAnswer());
        delayText.set(Integer.toString(p.autoAnswerDelaySeconds()));
        messengerSound.set(p.messengerSound());
        position.set(p.notificationPosition());
        theme.set(p.theme());
    }

    /**
     * {@code base} with this tab's choices, or empty (and the error shown) when the delay is invalid.
     * With auto answer off the delay field is not in use: an unusable one keeps the saved delay.
     */
    Optional<Preferences> edit(Preferences base) {
        validate();
        OptionalInt delay = parsedDelay();
        if (autoAnswer.get() && delay.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(base.withAutoAnswer(autoAnswer.get(), delay.orElse(base.autoAnswerDelaySeconds()))
                .withNotifications(messengerSound.get(), position.get())
                .withTheme(theme.get() == null ? base.theme() : theme.get()));
    }

    private void validate() {
        boolean bad = autoAnswer.get() && parsedDelay().isEmpty();
        delayError.set(bad ? Messages.get("settings.autoAnswer.delayInvalid",
                Integer.toString(Preferences.MAX_AUTO_ANSWER_DELAY)) : "");
    }

    private OptionalInt parsedDelay() {
        String text = delayText.get() == null ? "" : delayText.get().strip();
        if (!text.matches("\\d{1,4}")) {
            return OptionalInt.empty();
        }
        int seconds = Integer.parseInt(text);
        return Preferences.validDelay(seconds) ? OptionalInt.of(seconds) : OptionalInt.empty();
    }

    public BooleanProperty autoAnswer() {
        return autoAnswer;
    }

    /** The delay in seconds as typed. */
    public StringProperty delayText() {
        return delayText;
    }

    /** Why the delay cannot be saved; empty when it can. */
    public ReadOnlyStringProperty delayError() {
        return delayError.getReadOnlyProperty();
    }

    public BooleanProperty messengerSound() {
        return messengerSound;
    }

    public ObjectProperty<NotificationPosition> position() {
        return position;
    }

    public List<NotificationPosition> positions() {
        return List.of(NotificationPosition.values());
    }

    public String positionLabel(NotificationPosition p) {
        return p == null ? "" : Messages.get("settings.position." + p.name());
    }

    /** Light or dark, as chosen in the dialog: the windows show it at once, Cancel takes it back. */
    public ObjectProperty<ThemeMode> theme() {
        return theme;
    }

    public List<ThemeMode> themes() {
        return List.of(ThemeMode.values());
    }

    public String themeLabel(ThemeMode m) {
        return m == null ? "" : Messages.get("settings.theme." + m.name());
    }
}
