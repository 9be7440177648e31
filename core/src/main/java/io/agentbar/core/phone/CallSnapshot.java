package io.agentbar.core.phone;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.Party;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.MediaState;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import io.agentbar.core.recording.RecordingInfo;

/**
 * An immutable picture of one call, as published to listeners.
 *
 * @param hold     who holds the call, if anyone
 * @param transfer     how our transfer of this call is going, when one was started
 * @param recordings   the agent's running recordings of this call (at most two)
 * @param autoAnswerAt when a ringing call will be answered by itself unless the agent cancels it:
 *                     for the countdown (and its beep) the window shows
 * @param conferencedWith the other calls this one is mixed with in a local conference; empty when none
 * @param serverRecording whether the PBX records the call (it said so in the signalling), and
 *                        whether the agent paused that; empty when it does not or did not say
 */
public record CallSnapshot(CallId id, Direction direction, Party remote, CallState state, MediaState media,
                           Instant createdAt, Optional<Instant> connectedAt, Optional<Codec> codec, Hold hold,
                           Optional<TransferStatus> transfer, List<RecordingInfo> recordings,
                           Optional<Instant> autoAnswerAt, List<CallId> conferencedWith,
                           Optional<ServerRecording> serverRecording) {
    public CallSnapshot(CallId id, Direction direction, Party remote, CallState state, MediaState media,
                        Instant createdAt, Optional<Instant> connectedAt, Optional<Codec> codec) {
        this(id, direction, remote, state, media, createdAt, connectedAt, codec, Hold.NONE, Optional.empty(),
                List.of(), Optional.empty(), List.of(), Optional.empty());
    }

    public CallSnapshot(CallId id, Direction direction, Party remote, CallState state, MediaState media,
                        Instant createdAt, Optional<Instant> connectedAt, Optional<Codec> codec, Hold hold,
                        Optional<TransferStatus> transfer) {
        this(id, direction, remote, state, media, createdAt, connectedAt, codec, hold, transfer, List.of(),
                Optional.empty(), List.of(), Optional.empty());
    }

    /** A call the PBX does not say it records. */
    public CallSnapshot(CallId id, Direction direction, Party remote, CallState state, MediaState media,
                        Instant createdAt, Optional<Instant> connectedAt, Optional<Codec> codec, Hold hold,
                        Optional<TransferStatus> transfer, List<RecordingInfo> recordings,
                        Optional<Instant> autoAnswerAt, List<CallId> conferencedWith) {
        this(id, direction, remote, state, media, createdAt, connectedAt, codec, hold, transfer, recordings,
                autoAnswerAt, conferencedWith, Optional.empty());
    }

    public CallSnapshot {
        hold = hold == null ? Hold.NONE : hold;
        transfer = transfer == null ? Optional.empty() : transfer;
        recordings = recordings == null ? List.of() : List.copyOf(recordings);
        autoAnswerAt = autoAnswerAt == null ? Optional.empty() : autoAnswerAt;
        conferencedWith = conferencedWith == null ? List.of() : List.copyOf(conferencedWith);
        serverRecording = serverRecording == null ? Optional.empty() : serverRecording;
    }

    /** Whether the call is mixed with others in a local conference. */
    public boolean inConference() {
        return !conferencedWith.isEmpty();
    }

    /**
     * Hold as both sides see it.
     *
     * @param local   we put the call on hold (or asked to: {@code pending} until the far end agrees)
     * @param remote  the far end put us on hold (it stopped receiving)
     * @param pending a hold or resume re-INVITE of ours is under way
     */
    public record Hold(boolean local, boolean remote, boolean pending) {
        public static final Hold NONE = new Hold(false, false, false);

        public boolean any() {
            return local || remote;
        }
    }

    /**
     * The progress of a transfer we started: the status line of the latest sipfrag (RFC 3515),
     * or the REFER's own refusal.
     *
     * @param target   where the call is being transferred to
     * @param status   100/180/200… from the target's progress; 0 until the REFER was accepted
     * @param done     the transfer succeeded (2xx) or failed (≥ 300, REFER refused)
     */
    public record TransferStatus(String target, int status, String reason, boolean done) {
        public boolean succeeded() {
            return done && status >= 200 && status < 300;
        }
    }

    /**
     * The PBX's own recording of the call (the red indicator), as the agent controls it.
     *
     * @param paused  the agent paused it (the PBX confirmed, or a feature code was sent)
     * @param pending a pause or resume INFO awaits the PBX's answer: {@code paused} flips when it agrees
     */
    public record ServerRecording(boolean paused, boolean pending) {
        public static final ServerRecording ACTIVE = new ServerRecording(false, false);

        /** Recording right now, as far as we know (not paused). */
        public boolean recording() {
            return !paused;
        }
    }
}
