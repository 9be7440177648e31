package io.agentbar.core.signalling;

import io.agentbar.core.account.Account;
import io.agentbar.core.account.Secret;
import io.agentbar.core.call.CallId;
import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.media.MediaDirection;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * SIP signalling for one account. Every method returns at once; outcomes arrive as events on the
 * consumer given to {@link #start}. Calls are named by {@link CallId}s: for outgoing calls the
 * phone chooses them, for incoming ones the adapter does.
 */
public interface Signalling extends AutoCloseable {
    /** Opens the listening points. The consumer must only enqueue. */
    void start(Consumer<SignallingEvent> events) throws IOException;

    /** The local address SIP uses; media binds to the same one. */
    InetAddress localAddress();

    /** Registers the account (digest authentication with the password when challenged). */
    void register(Account account, Secret password);

    /** Removes our binding (REGISTER with Expires: 0). */
    void unregister();

    /**
     * Sends an INVITE with our offer.
     *
     * @param target a number, a user, or a full {@code sip:} URI
     */
    void invite(CallId call, String target, MediaDescription offer);

    /** Tells the caller we ring (180). */
    void ringing(CallId call);

    /** Answers an incoming call with our SDP answer (200 OK). */
    void accept(CallId call, MediaDescription answer);

    /** Refuses an incoming call with a final status (486, 603, 488...). */
    void reject(CallId call, int status);

    /**
     * Redirects a ringing incoming call: 302 Moved Temporarily with {@code target} (a number, a
     * user, or a full {@code sip:} URI) as the Contact the caller should try instead (RFC 3261
     * §21.3.3). Like {@link #reject}, the phone considers the call over once this is sent.
     */
    void forward(CallId call, String target);

    /**
     * Re-offers the established session with our stream direction changed (sendonly to hold,
     * sendrecv to resume, RFC 3264 §8.4 / RFC 6337); answers come as ReofferAnswered or
     * ReofferFailed. A 491 glare is retried after the RFC 3261 §14.1 random delay.
     */
    void updateDirection(CallId call, MediaDirection direction);

    /**
     * Blind transfer: REFER the far end of {@code call} to {@code target} (RFC 3515); progress
     * comes as TransferProgressed events from the implicit subscription.
     */
    void refer(CallId call, String target);

    /**
     * Attended transfer: REFER the far end of {@code call} to the far end of {@code consultation},
     * with a Replaces of the consultation's dialog (RFC 3891) in the Refer-To.
     */
    void referReplacing(CallId call, CallId consultation);

    /** Ends the call as its dialog state requires: CANCEL before an answer, BYE after. */
    void hangUp(CallId call);

    /**
     * Sends one DTMF digit as an in-dialog INFO with an {@code application/dtmf-relay} body
     * ({@code Signal=5}, {@code Duration=} in milliseconds), the form Cisco introduced and Asterisk,
     * FreeSWITCH and most PBXs accept. Ignored when the call has no confirmed dialog; a refusal by
     * the far end is logged, not reported (a lost digit is the agent's to notice, as on any phone).
     */
    void sendDtmfInfo(CallId call, char digit, Duration duration);

    /**
     * Sends an in-dialog INFO (RFC 6086) with this body, e.g. a PBX's recording control. Queued
     * behind DTMF INFOs of the same call, so requests arrive in the order asked. The final answer
     * comes as {@link SignallingEvent.InfoAnswered}, also when the INFO could not be sent.
     *
     * @param contentType {@code type/subtype}
     */
    void sendInfo(CallId call, String contentType, String body);

    /**
     * Publishes our presence for the registered account (RFC 3903 PUBLISH, Event: presence, PIDF
     * with RPID) and keeps it refreshed (SIP-If-Match) until replaced or {@link #withdrawPresence}.
     * Outcomes come as PresencePublished or PresenceRefused; a server without presence (489, 405,
     * 501) is reported once and not asked again. Adapters without presence ignore it.
     */
    default void publishPresence(PresenceStatus status) {
    }

    /** Removes our published presence (PUBLISH with Expires: 0); nothing when none is published. */
    default void withdrawPresence() {
    }

    @Override
    void close();
}
