package io.agentbar.ui.call;

import io.agentbar.core.phone.DialTarget;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Optional;

/**
 * A small "where to?" question under a panel: the target of a transfer or a forward. It opens
 * empty, confirms only something {@link DialTarget} could dial, and closes once answered; the
 * phone still has the last word (the dial plan), which comes back as a notice.
 */
public final class TargetPromptViewModel {
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final ReadOnlyBooleanWrapper canConfirm = new ReadOnlyBooleanWrapper(this, "canConfirm");

    public TargetPromptViewModel() {
        target.subscribe(text -> canConfirm.set(text != null && DialTarget.normalise(text).isPresent()));
    }

    public void open() {
        target.set("");
        open.set(true);
    }

    public void close() {
        open.set(false);
        target.set("");
    }

    /** The typed target when it can be dialled, closing the prompt; empty (and still open) otherwise. */
    public Optional<String> take() {
        if (!open.get() || !canConfirm.get()) {
            return Optional.empty();
        }
        String typed = target.get().strip();
        close();
        return Optional.of(typed);
    }

    public ReadOnlyBooleanProperty isOpen() {
        return open.getReadOnlyProperty();
    }

    /** The field's text; the view binds it both ways. */
    public StringProperty target() {
        return target;
    }

    public ReadOnlyBooleanProperty canConfirm() {
        return canConfirm.getReadOnlyProperty();
    }
}
