package io.agentbar.core.phone;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.Party;
import io.agentbar.core.media.Conference;
import io.agentbar.core.media.MediaDescription;
import io.agentbar.core.media.MediaDirection;
import io.agentbar.core.media.MediaSession;
import io.agentbar.core.media.MediaState;
import io.agentbar.core.media.MediaTransport;
import io.agentbar.core.media.NegotiatedMedia;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

/** The phone's working record of one call. Confined to the signalling thread. */
final class CallRecord {
    final CallId id;
    final Direction direction;
    final Party remote;
    final Instant createdAt;
    CallState state;
    MediaState media = new MediaState.Idle();
    Instant connectedAt;
    MediaTransport transport;
    MediaDescription localOffer;
    MediaDescription remoteOffer;
    /** The remote side's description the media path connects to: their offer or their answer. */
    MediaDescription remoteMedia;
    NegotiatedMedia negotiated;
    MediaSession session;
    ScheduledFuture<?> endingGuard;
    /** Our wish for the stream: SENDONLY while we hold the call. */
    MediaDirection wanted = MediaDirection.SENDRECV;
    /** The direction our last re-offer asked for, until its answer comes. */
    MediaDirection pending;
    boolean remoteHold;
    CallSnapshot.TransferStatus transfer;
    /** For an attended transfer: the consultation call whose far end replaces ours. */
    CallId consultation;
    final java.util.List<RecordingControl.Active> recordings = new java.util.ArrayList<>();
    /** A pending auto answer and when it fires; both null when none is pending. */
    ScheduledFuture<?> autoAnswer;
    Instant autoAnswerAt;
    /** While mixed in a local conference: the other call and the engine's handle on the mixing. */
    CallRecord conferencedWith;
    Conference conference;
    /** The PBX's recording of this call, as it indicated it; null when it did not (or turned it off). */
    CallSnapshot.ServerRecording serverRecording;

    CallRecord(CallId id, Direction direction, Party remote, CallState state, Instant createdAt) {
        this.id = id;
        this.direction = direction;
        this.remote = remote;
        this.state = state;
        this.createdAt = createdAt;
    }

    CallSnapshot snapshot() {
        return new CallSnapshot(id, direction, remote, state, media, createdAt, Optional.ofNullable(connectedAt),
                Optional.ofNullable(negotiated).map(NegotiatedMedia::codec),
                new CallSnapshot.Hold(wanted.holds(), remoteHold, pending != null), Optional.ofNullable(transfer),
                recordings.stream().map(RecordingControl.Active::info).toList(),
                state instanceof CallState.Ringing ? Optional.ofNullable(autoAnswerAt) : Optional.empty(),
                conferencedWith == null ? List.of() : List.of(conferencedWith.id),
                Optional.ofNullable(serverRecording));
    }
}
