package io.agentbar.app.api;

import io.agentbar.core.agent.AgentEvent;
import io.agentbar.core.agent.AgentStatus;
import io.agentbar.core.agent.Channel;
import io.agentbar.core.call.CallId;
import io.agentbar.core.phone.CallSnapshot;
import io.agentbar.core.phone.PhoneEvent;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Everything the control API asks of the phone. An empty call id means "the obvious call": the
 * newest ringing one for answer, every call for hang-up, the newest held one for unhold, the newest
 * connected one for the rest. Implementations
 * return at once (commands enqueue); none of them returns null or throws for a state the phone
 * is in: that is a {@link CommandOutcome}.
 */
public interface PhoneCommands {
    /** Dials a number or SIP address. */
    CommandOutcome originate(String number);

    CommandOutcome answer(Optional<CallId> call);

    /** Empty: hangs up every call (the Phonebar's "hang up all active calls"). */
    CommandOutcome hangUp(Optional<CallId> call);

    CommandOutcome hold(Optional<CallId> call);

    CommandOutcome unhold(Optional<CallId> call);

    /** Transfers the call to {@code number} without consulting (SIP REFER). */
    CommandOutcome blindTransfer(Optional<CallId> call, String number);

    /**
     * With a number: holds the call and dials {@code number} to consult. Without: completes the
     * transfer under way, joining the held call to the consulted party.
     */
    CommandOutcome attendedTransfer(Optional<CallId> call, Optional<String> number);

    /** With a number: brings {@code number} into a conference. Without: joins the held and active calls. */
    CommandOutcome conference(Optional<String> number);

    CommandOutcome startRecording(Optional<CallId> call);

    CommandOutcome stopRecording(Optional<CallId> call);

    /**
     * Pauses the PBX's own recording of the call (the red indicator), the way the account says:
     * a feature code or a SIP INFO. Without an id: the newest connected call the PBX records.
     */
    CommandOutcome pauseServerRecording(Optional<CallId> call);

    CommandOutcome resumeServerRecording(Optional<CallId> call);

    /** Sends DTMF digits (0-9, *, #, A-D) in order. */
    CommandOutcome dtmf(Optional<CallId> call, String digits);

    /**
     * Puts the agent on pause for {@code reason} (empty: the first configured one) on
     * {@code channels} (empty: every channel).
     */
    CommandOutcome pause(Optional<String> reason, Set<Channel> channels);

    /** Ends the agent's pause on {@code channels} (empty: every channel; some: partial ready). */
    CommandOutcome ready(Set<Channel> channels);

    /** The agent's latest status; empty until the phone has told it. */
    Optional<AgentStatus> agent();

    /** The calls the phone has now, oldest first; ended calls are not listed. */
    List<CallSnapshot> calls();

    /** Listeners must return at once: they are called on the phone's own thread. */
    void subscribe(Consumer<PhoneEvent> listener);

    void unsubscribe(Consumer<PhoneEvent> listener);

    /** Listeners must return at once: they are called on the phone's own thread. */
    void subscribeAgent(Consumer<AgentEvent> listener);

    void unsubscribeAgent(Consumer<AgentEvent> listener);
}
