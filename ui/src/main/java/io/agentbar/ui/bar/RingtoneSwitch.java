package io.agentbar.ui.bar;

import io.agentbar.ui.text.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The bar's ringtone toggle. It is one of the agent's saved preferences, so once the settings are
 * wired a click goes through them ({@link #use}) and they apply it to the phone; before that it
 * goes to the phone alone. The auto-answer beeps sound either way: the phone decides that.
 */
public final class RingtoneSwitch {
    private final ReadOnlyBooleanWrapper on = new ReadOnlyBooleanWrapper(this, "on", true);
    /** Kept as a property, not a {@code not()} binding: a binding only a listener refers to can be collected. */
    private final ReadOnlyBooleanWrapper off = new ReadOnlyBooleanWrapper(this, "off", false);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", Messages.get("ringtone.on"));
    private Consumer<Boolean> choose;

    RingtoneSwitch(Consumer<Boolean> phone) {
        this.choose = Objects.requireNonNull(phone, "phone");
    }

    /** From now on a click goes to {@code choose} (the saved preferences); {@code current} is shown. */
    public void use(boolean current, Consumer<Boolean> choose) {
        this.choose = Objects.requireNonNull(choose, "choose");
        show(current);
    }

    /** The switch changed elsewhere (the settings dialog). */
    public void show(boolean ringing) {
        on.set(ringing);
        off.set(!ringing);
        text.set(Messages.get(ringing ? "ringtone.on" : "ringtone.off"));
    }

    public void toggle() {
        boolean next = !on.get();
        show(next);
        choose.accept(next);
    }

    public ReadOnlyBooleanProperty on() {
        return on.getReadOnlyProperty();
    }

    /** The toggle's {@code :muted} look. */
    public ReadOnlyBooleanProperty off() {
        return off.getReadOnlyProperty();
    }

    /** The tooltip, saying what a click will do. */
    public ReadOnlyStringProperty text() {
        return text.getReadOnlyProperty();
    }
}
