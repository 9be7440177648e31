package io.agentbar.ui.call;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.Party;
import io.agentbar.core.phone.CallSnapshot;
import io.agentbar.ui.phone.PhoneControls;
import io.agentbar.ui.text.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A ringing incoming call waiting for the agent: who calls, answer, reject, forward (asks where
 * to), and the countdown when the phone will answer it by itself. Once answered the call moves to
 * a {@link CallPanelViewModel}.
 */
public final class IncomingCallViewModel {
    private final CallId id;
    private final Party caller;
    private final PhoneControls controls;
    private final TargetPromptViewModel forwardPrompt = new TargetPromptViewModel();
    private final ReadOnlyBooleanWrapper autoAnswering = new ReadOnlyBooleanWrapper(this, "autoAnswering");
    private final ReadOnlyStringWrapper autoAnswerText = new ReadOnlyStringWrapper(this, "autoAnswerText", "");
    private Optional<Instant> autoAnswerAt = Optional.empty();

    public IncomingCallViewModel(CallSnapshot ringing, PhoneControls controls, Instant now) {
        this.id = ringing.id();
        this.caller = ringing.remote();
        this.controls = controls;
        update(ringing, now);
    }

    /** A newer snapshot of the ringing call: the auto-answer deadline may have come or gone. */
    public void update(CallSnapshot ringing, Instant now) {
        autoAnswerAt = ringing.autoAnswerAt();
        tick(now);
    }

    /** Counts the auto answer down; called every second. */
    public void tick(Instant now) {
        autoAnswering.set(autoAnswerAt.isPresent());
        autoAnswerText.set(autoAnswerAt.map(at -> Messages.get("incoming.autoAnswer",
                String.valueOf(secondsLeft(now, at)))).orElse(""));
    }

    /** Whole seconds left, rounded up: "Answering in 1 s" until the very end, never "in 0 s" early. */
    private static long secondsLeft(Instant now, Instant at) {
        Duration left = Duration.between(now, at);
        if (left.isNegative() || left.isZero()) {
            return 0;
        }
        return left.plusNanos(999_999_999).toSeconds();
    }

    public CallId id() {
        return id;
    }

    /** The caller's number (the user part of the From URI). */
    public String callerNumber() {
        return caller.user();
    }

    /** The caller's display name; empty when the caller sent none. */
    public String callerName() {
        return caller.displayName();
    }

    /** The big line: the name when known, else the number, else "Unknown caller" (withheld). */
    public String title() {
        if (!caller.displayName().isBlank()) {
            return caller.displayName();
        }
        return withheld() ? Messages.get("incoming.unknownCaller") : caller.user();
    }

    /** The small line: the number under a known name; empty when the title already is the number. */
    public String subtitle() {
        return caller.displayName().isBlank() || withheld() ? "" : caller.user();
    }

    /** A withheld number arrives as {@code sip:anonymous@anonymous.invalid} (RFC 3323) or empty. */
    private boolean withheld() {
        return caller.user().isBlank() || caller.user().equalsIgnoreCase("anonymous");
    }

    public String accessibleText() {
        return Messages.get("incoming.accessible", title());
    }

    public void answer() {
        controls.answer(id);
    }

    public void reject() {
        controls.reject(id);
    }

    /** Stops the countdown; the call rings on until the agent decides. */
    public void cancelAutoAnswer() {
        if (autoAnswering.get()) {
            controls.cancelAutoAnswer(id);
        }
    }

    /**
     * The forward button: asks where to. The countdown stops too: a call answered by itself while
     * the agent types where it should go would land on the wrong desk.
     */
    public void toggleForward() {
        if (forwardPrompt.isOpen().get()) {
            forwardPrompt.close();
            return;
        }
        cancelAutoAnswer();
        forwardPrompt.open();
    }

    /** Sends the call to the typed target. */
    public void forward() {
        forwardPrompt.take().ifPresent(target -> controls.forward(id, target));
    }

    public TargetPromptViewModel forwardPrompt() {
        return forwardPrompt;
    }

    /** Whether the phone will answer by itself (the countdown and Cancel show). */
    public ReadOnlyBooleanProperty autoAnswering() {
        return autoAnswering.getReadOnlyProperty();
    }

    /** "Answering in 3 s"; empty without auto answer. */
    public ReadOnlyStringProperty autoAnswerText() {
        return autoAnswerText.getReadOnlyProperty();
    }
}
