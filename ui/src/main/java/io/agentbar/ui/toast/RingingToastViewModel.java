package io.agentbar.ui.toast;

import io.agentbar.ui.call.IncomingCallViewModel;
import io.agentbar.ui.text.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.Optional;

/**
 * The always-on-top "incoming call" toast for when the bar is behind other windows or minimised:
 * shown while a call rings and the bar is in the background, with the caller and Answer/Reject for
 * the call that has rung longest. It goes as soon as nothing rings or the bar comes to the front.
 */
public final class RingingToastViewModel {
    private final ObservableList<IncomingCallViewModel> ringing;
    private final BooleanProperty inBackground = new SimpleBooleanProperty(this, "inBackground");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyStringWrapper caller = new ReadOnlyStringWrapper(this, "caller", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");

    public RingingToastViewModel(ObservableList<IncomingCallViewModel> ringing) {
        this.ringing = ringing;
        ringing.addListener((ListChangeListener<IncomingCallViewModel>) c -> refresh());
        inBackground.subscribe(v -> refresh());
    }

    private void refresh() {
        Optional<IncomingCallViewModel> first = first();
        caller.set(first.map(IncomingCallViewModel::title).orElse(""));
        String number = first.map(IncomingCallViewModel::subtitle).orElse("");
        int more = Math.max(0, ringing.size() - 1);
        detail.set(more == 0 ? number : (number.isEmpty() ? "" : number + " · ")
                + Messages.get("ringingToast.more", String.valueOf(more)));
        shown.set(first.isPresent() && inBackground.get());
    }

    private Optional<IncomingCallViewModel> first() {
        return ringing.isEmpty() ? Optional.empty() : Optional.of(ringing.getFirst());
    }

    public void answer() {
        first().ifPresent(IncomingCallViewModel::answer);
    }

    public void reject() {
        first().ifPresent(IncomingCallViewModel::reject);
    }

    /** True while the bar is minimised or another window has the focus. */
    public BooleanProperty inBackground() {
        return inBackground;
    }

    public ReadOnlyBooleanProperty shown() {
        return shown.getReadOnlyProperty();
    }

    /** The caller's name, else number. */
    public ReadOnlyStringProperty caller() {
        return caller.getReadOnlyProperty();
    }

    /** The number under a known name, and how many more calls ring. */
    public ReadOnlyStringProperty detail() {
        return detail.getReadOnlyProperty();
    }
}
