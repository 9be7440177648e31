package io.agentbar.core.signalling;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.Party;
import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.media.MediaDirection;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** What signalling observed, in the past tense. */
public sealed interface SignallingEvent {
    /** @param expires the lifetime the registrar granted */
    record Registered(Duration expires) implements SignallingEvent {
    }

    /**
     * @param credentialsRejected the registrar refused our credentials even after a fresh challenge:
     *                            the user must act, the phone must not retry on its own
     * @param retryAfter          from a Retry-After header (503)
     */
    record RegistrationFailed(int status, String reason, boolean credentialsRejected,
                              Optional<Duration> retryAfter) implements SignallingEvent {
    }

    record Unregistered() implements SignallingEvent {
    }

    /**
     * A new INVITE with an SDP offer. The adapter already sent 100 Trying.
     *
     * @param replaces the call of ours this one takes over (RFC 3891 Replaces naming a confirmed
     *                 dialog, or an early one we started): the phone answers it without ringing and
     *                 hangs the named call up. Empty for an ordinary call; Replaces naming no call of
     *                 ours never gets this far (the adapter answers 481 itself).
     * @param autoAnswer the delay after which the account's server asked us to answer by ourselves
     *                   (Call-Info answer-after, Alert-Info auto-answer, RFC 5373 Answer-Mode);
     *                   empty when it did not, or when the INVITE did not come through that server
     * @param headers    the INVITE's extension headers ({@code X-...}), names in lower case, first
     *                   value of each; how a PBX marks a queue call (bounded by the adapter)
     */
    record IncomingCall(CallId call, Party from, Party to, MediaDescription offer, Optional<CallId> replaces,
                        Optional<Duration> autoAnswer, Map<String, String> headers) implements SignallingEvent {
        /** An ordinary incoming call, replacing nothing, answered by the agent. */
        public IncomingCall(CallId call, Party from, Party to, MediaDescription offer) {
            this(call, from, to, offer, Optional.empty(), Optional.empty(), Map.of());
        }

        public IncomingCall(CallId call, Party from, Party to, MediaDescription offer, Optional<CallId> replaces,
                            Optional<Duration> autoAnswer) {
            this(call, from, to, offer, replaces, autoAnswer, Map.of());
        }

        public IncomingCall {
            replaces = replaces == null ? Optional.empty() : replaces;
            autoAnswer = autoAnswer == null ? Optional.empty() : autoAnswer;
            headers = headers == null ? Map.of() : Map.copyOf(headers);
        }

        /** Whether the INVITE carried the extension header {@code name} (case-insensitive). */
        public boolean hasHeader(String name) {
            return headers.containsKey(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** A provisional response (180 or 183) to our INVITE. */
    record Progressed(CallId call, int status) implements SignallingEvent {
    }

    /** The callee answered (200 OK, already ACKed). */
    record Answered(CallId call, MediaDescription answer) implements SignallingEvent {
    }

    /** The caller's ACK for our 200 arrived. */
    record Confirmed(CallId call) implements SignallingEvent {
    }

    /** The far end sent BYE. */
    record RemoteHungUp(CallId call) implements SignallingEvent {
    }

    /** The caller cancelled before we answered. */
    record Cancelled(CallId call) implements SignallingEvent {
    }

    /** Our BYE or CANCEL completed with this status (200, 487, or 408 on timeout). */
    record HungUp(CallId call, int status) implements SignallingEvent {
    }

    /** The far end sent a DTMF digit as SIP INFO (already answered 200). */
    record DtmfReceived(CallId call, char digit, Duration duration) implements SignallingEvent {
    }

    /** Our INVITE failed: a final non-2xx, or 408 on timeout, or 0 when the target could not be reached at all. */
    record CallFailed(CallId call, int status, String reason) implements SignallingEvent {
    }

    /** The far end re-offered the session (hold, resume, re-anchoring); we answered with {@code ours}. */
    record Reoffered(CallId call, MediaDescription offer, MediaDirection ours) implements SignallingEvent {
    }

    /** Our re-offer (hold or resume) was answered. */
    record ReofferAnswered(CallId call, MediaDescription answer) implements SignallingEvent {
    }

    /** Our re-offer failed; the session stays as it was (RFC 3261 §14.1). */
    record ReofferFailed(CallId call, int status) implements SignallingEvent {
    }

    /**
     * How our transfer (REFER) is going: the REFER's own refusal ({@code accepted} false), then
     * the transfer target's progress from NOTIFY message/sipfrag (RFC 3515 §2.4.5).
     */
    record TransferProgressed(CallId call, boolean accepted, int status, String reason) implements SignallingEvent {
    }

    /**
     * The account's server said whether it records the call (the header of the account's
     * {@code ServerRecordingRule}): on the INVITE that rang us (only when on), on the 2xx answering
     * our INVITE, or on a re-INVITE turning it on or off. Messages without the header say nothing.
     */
    record ServerRecordingIndicated(CallId call, boolean on) implements SignallingEvent {
    }

    /**
     * The far end's final answer to an INFO we sent with {@link Signalling#sendInfo}: 2xx when it
     * took it; 408 when unanswered, 481 when the call has no confirmed dialog, 0 when it could not be sent.
     */
    record InfoAnswered(CallId call, String contentType, int status) implements SignallingEvent {
        public boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    /** The server accepted our presence (PUBLISH 2xx, RFC 3903 §6). */
    record PresencePublished() implements SignallingEvent {
    }

    /**
     * Our PUBLISH failed: {@code unsupported} when the server takes no presence at all (489 Bad
     * Event, 405, 501), else a refusal or a timeout (408) worth trying again at the next change.
     */
    record PresenceRefused(int status, String reason, boolean unsupported) implements SignallingEvent {
    }
}
