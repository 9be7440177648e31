package io.agentbar.ui.phone;

import io.agentbar.core.agent.Channel;
import io.agentbar.core.agent.PauseReason;
import io.agentbar.core.call.CallId;
import io.agentbar.core.phone.Phone;

import java.util.Optional;
import java.util.Set;

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

    /** Sends a ringing call elsewhere (302), or a connected one by blind transfer; the phone checks the target. */
    void forward(CallId id, String target);

    /** Stops a ringing call's auto-answer countdown; it rings on. */
    void cancelAutoAnswer(CallId id);

    void hold(CallId id);

    void resume(CallId id);

    /** Blind transfer to a number or SIP address. */
    void transfer(CallId id, String target);

    /** Attended transfer: the far end of {@code id} is connected to the far end of {@code consultation}. */
    void transfer(CallId id, CallId consultation);

    /** Mixes two connected calls with the agent. */
    void conference(CallId a, CallId b);

    /** Ends the conference {@code keep} is in; the agent goes on talking to {@code keep}. */
    void split(CallId keep);

    /** The agent drops out of the conference; the two far ends go on together. */
    void leaveConference(CallId id);

    /** Starts a recording (at most two per call); {@code title} may be empty. */
    void startRecording(CallId id, String title);

    /** @param number the recording's number within the call, 1 or 2 */
    void pauseRecording(CallId id, int number);

    void resumeRecording(CallId id, int number);

    void stopRecording(CallId id, int number);

    /** Sends one key (0-9, *, #) to a connected call; the phone plays the agent a key tone. */
    void sendDtmf(CallId id, char digit);

    /** Pauses the PBX's own recording of the call (the "PBX REC" mark); refused when nothing is configured. */
    void pauseServerRecording(CallId id);

    void resumeServerRecording(CallId id);

    /** Pauses on every channel for {@code reason}; the new state comes back as an agent event. */
    void pause(PauseReason reason);

    /** Pauses on {@code channels} only (empty: every channel) for {@code reason} (empty: the first configured). */
    void pause(Optional<PauseReason> reason, Set<Channel> channels);

    /** Back to ready on every channel. */
    void ready();

    /** Back to ready on {@code channels} only (partial pause). */
    void ready(Set<Channel> channels);

    void setMicrophoneMuted(boolean muted);

    void setSpeakerMuted(boolean muted);

    /** The ringtone for calls that ring from now on; the auto-answer beeps are not affected. */
    void setRingtoneEnabled(boolean enabled);

    /** Adapts the real phone facade. */
    static PhoneControls of(Phone phone) {
        return new PhoneFacadeControls(phone);
    }
}
