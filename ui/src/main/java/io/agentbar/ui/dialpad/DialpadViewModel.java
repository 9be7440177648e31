package io.agentbar.ui.dialpad;

import io.agentbar.core.call.CallId;
import io.agentbar.ui.phone.PhoneControls;
import io.agentbar.ui.text.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * The twelve keys. Where a key goes depends on whether the agent talks on a call: the bar tells
 * this view model through {@link #target}, after every phone event.
 */
public final class DialpadViewModel {
    /** The keys in the order the pad shows them. */
    public static final String KEYS = "123456789*0#";

    /**
     * The call digits go to.
     *
     * @param label the far end's name or number, to say where the tones go
     */
    public record Target(CallId id, String label) {
    }

    private final PhoneControls controls;
    private final StringProperty numberText;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyStringWrapper displayText = new ReadOnlyStringWrapper(this, "displayText", "");
    private final ReadOnlyStringWrapper sentText = new ReadOnlyStringWrapper(this, "sentText", "");
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(this, "sending");
    private Optional<Target> target = Optional.empty();
    private final StringBuilder sent = new StringBuilder();

    /** @param numberText the bar's number field, which the keys type into before a call */
    public DialpadViewModel(PhoneControls controls, StringProperty numberText) {
        this.controls = Objects.requireNonNull(controls, "controls");
        this.numberText = Objects.requireNonNull(numberText, "numberText");
        show();
    }

    /** The call the agent talks on now, or none; the digits sent so far restart with a new call. */
    public void target(Optional<Target> now) {
        if (!now.map(Target::id).equals(target.map(Target::id))) {
            sent.setLength(0);
        }
        target = now;
        show();
    }

    public void toggle() {
        open.set(!open.get());
    }

    /** One key: a DTMF digit to the talking call, else a character in the number field. */
    public void press(char key) {
        if (KEYS.indexOf(key) < 0) {
            return;
        }
        if (target.isPresent()) {
            controls.sendDtmf(target.get().id(), key);
            sent.append(key);
        } else {
            String typed = numberText.get();
            numberText.set((typed == null ? "" : typed) + key);
        }
        show();
    }

    private void show() {
        sending.set(target.isPresent());
        displayText.set(target.map(t -> Messages.get("dialpad.tonesTo", t.label())).orElse(Messages.get("dialpad.typing")));
        sentText.set(sent.toString());
    }

    public ReadOnlyBooleanProperty isOpen() {
        return open.getReadOnlyProperty();
    }

    /** Whether keys send tones (in a call) rather than type the number. */
    public ReadOnlyBooleanProperty sending() {
        return sending.getReadOnlyProperty();
    }

    /** Where the keys go: "Keys type the number to call", "Keys send tones to Alice Smith". */
    public ReadOnlyStringProperty displayText() {
        return displayText.getReadOnlyProperty();
    }

    /** The digits sent to the current call so far ("12#"); empty before a call or any key. */
    public ReadOnlyStringProperty sentText() {
        return sentText.getReadOnlyProperty();
    }
}
