package io.agentbar.ui.phone;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.media.MediaState;
import io.agentbar.core.phone.CallSnapshot;
import io.agentbar.core.recording.RecordingInfo;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Copies of a {@link CallSnapshot} with one part changed, for the fake phone and view-model tests. */
public final class Snapshots {
    private Snapshots() {
    }

    public static CallSnapshot state(CallSnapshot c, CallState state) {
        return new CallSnapshot(c.id(), c.direction(), c.remote(), state,
                state.isEnded() ? new MediaState.Stopped() : c.media(), c.createdAt(), c.connectedAt(), c.codec(),
                c.hold(), c.transfer(), state.isEnded() ? List.of() : c.recordings(),
                state.isEnded() ? Optional.empty() : c.autoAnswerAt(), state.isEnded() ? List.of() : c.conferencedWith(),
                state.isEnded() ? Optional.empty() : c.serverRecording());
    }

    public static CallSnapshot media(CallSnapshot c, MediaState media) {
        return new CallSnapshot(c.id(), c.direction(), c.remote(), c.state(), media, c.createdAt(), c.connectedAt(),
                c.codec(), c.hold(), c.transfer(), c.recordings(), c.autoAnswerAt(), c.conferencedWith(), c.serverRecording());
    }

    public static CallSnapshot hold(CallSnapshot c, CallSnapshot.Hold hold) {
        return new CallSnapshot(c.id(), c.direction(), c.remote(), c.state(), c.media(), c.createdAt(),
                c.connectedAt(), c.codec(), hold, c.transfer(), c.recordings(), c.autoAnswerAt(), c.conferencedWith(), c.serverRecording());
    }

    public static CallSnapshot transfer(CallSnapshot c, Optional<CallSnapshot.TransferStatus> transfer) {
        return new CallSnapshot(c.id(), c.direction(), c.remote(), c.state(), c.media(), c.createdAt(),
                c.connectedAt(), c.codec(), c.hold(), transfer, c.recordings(), c.autoAnswerAt(), c.conferencedWith(), c.serverRecording());
    }

    public static CallSnapshot recordings(CallSnapshot c, List<RecordingInfo> recordings) {
        return new CallSnapshot(c.id(), c.direction(), c.remote(), c.state(), c.media(), c.createdAt(),
                c.connectedAt(), c.codec(), c.hold(), c.transfer(), recordings, c.autoAnswerAt(), c.conferencedWith(), c.serverRecording());
    }

    public static CallSnapshot autoAnswer(CallSnapshot c, Optional<Instant> at) {
        return new CallSnapshot(c.id(), c.direction(), c.remote(), c.state(), c.media(), c.createdAt(),
                c.connectedAt(), c.codec(), c.hold(), c.transfer(), c.recordings(), at, c.conferencedWith(), c.serverRecording());
    }

    public static CallSnapshot conferencedWith(CallSnapshot c, List<CallId> with) {
        return new CallSnapshot(c.id(), c.direction(), c.remote(), c.state(), c.media(), c.createdAt(),
                c.connectedAt(), c.codec(), c.hold(), c.transfer(), c.recordings(), c.autoAnswerAt(), with, c.serverRecording());
    }

    public static CallSnapshot serverRecording(CallSnapshot c, Optional<CallSnapshot.ServerRecording> rec) {
        return new CallSnapshot(c.id(), c.direction(), c.remote(), c.state(), c.media(), c.createdAt(),
                c.connectedAt(), c.codec(), c.hold(), c.transfer(), c.recordings(), c.autoAnswerAt(),
                c.conferencedWith(), rec);
    }
}
