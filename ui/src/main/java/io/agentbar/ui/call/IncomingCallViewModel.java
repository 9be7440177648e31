package io.agentbar.ui.call;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.Party;
import io.agentbar.core.phone.CallSnapshot;
import io.agentbar.ui.phone.PhoneControls;
import io.agentbar.ui.text.Messages;

/**
 * A ringing incoming call waiting for the agent. Its values do not change while it rings; once
 * answered the call moves to a {@link CallPanelViewModel}, so this one has no properties to bind.
 */
public final class IncomingCallViewModel {
    private final CallId id;
    private final Party caller;
    private final PhoneControls controls;

    public IncomingCallViewModel(CallSnapshot ringing, PhoneControls controls) {
        this.id = ringing.id();
        this.caller = ringing.remote();
        this.controls = controls;
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
}
