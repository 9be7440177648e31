package io.agentbar.ui.phone;

import io.agentbar.core.call.CallId;
import io.agentbar.core.phone.Phone;

/**
 * The commands the bar sends to the phone. Each returns at once; the outcome comes back as a
 * {@link io.agentbar.core.phone.PhoneEvent}, so a view model never assumes a command worked.
 */
public interface PhoneControls {

    /** The account as the agent knows it, e.g. {@code 1001@pbx.example.com} (for the status tooltip). */
    String account();

    void register();

    /** Dials what the agent typed; the phone normalises it. */
    CallId dial(String typed);

    void answer(CallId id);

    void reject(CallId id);

    void hangUp(CallId id);

    void setMicrophoneMuted(boolean muted);

    void setSpeakerMuted(boolean muted);

    /** Adapts the real phone facade. */
    static PhoneControls of(Phone phone) {
        return new PhoneFacadeControls(phone);
    }
}
