package io.agentbar.audio.recording;

import io.agentbar.core.media.MediaSession;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadFactory;

/**
 * The recordings of one call: where they are created, tapped into the call's audio, and held to
 * {@link #LIMIT}. A stopped (or failed) recording frees its place at once; its tap leaves the
 * session when its file is final. Thread-safe; meant to be driven from the signalling thread.
 */
public final class CallRecordings {
    /** Independent recordings one call may have running or paused at the same time. */
    public static final int LIMIT = 2;

    private final MediaSession session;
    private final Clock clock;
    private final ThreadFactory threads;
    private final List<CallRecording> recordings = new ArrayList<>();

    public CallRecordings(MediaSession session) {
        this(session, Clock.systemUTC(), CallRecording.writerThreads());
    }

    public CallRecordings(MediaSession session, Clock clock, ThreadFactory threads) {
        this.session = Objects.requireNonNull(session, "session");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.threads = Objects.requireNonNull(threads, "threads");
    }

    /** Starts a recording into {@code file} (which must not exist), unless the call already has {@link #LIMIT}. */
    public synchronized RecordingStart start(Path file, RecordingFormat format, RecordingMetadata metadata) {
        recordings.removeIf(r -> !r.state().live());
        if (recordings.size() >= LIMIT) {
            return new RecordingStart.LimitReached(LIMIT);
        }
        CallRecording recording;
        try {
            recording = CallRecording.start(file, format, metadata, clock, threads);
        } catch (IOException e) {
            return new RecordingStart.Failed(e.toString());
        }
        recordings.add(recording);
        session.addTap(recording);
        recording.beforeDone(() -> session.removeTap(recording)); // gone from the session when stop's stage completes
        return new RecordingStart.Started(recording);
    }

    /** The recordings running or paused now. */
    public synchronized List<CallRecording> live() {
        return recordings.stream().filter(r -> r.state().live()).toList();
    }

    /** Stops every live recording (the call is ending); completes when all files are final. */
    public synchronized CompletionStage<Void> stopAll() {
        List<CompletableFuture<Recorded>> stops = new ArrayList<>();
        for (CallRecording r : live()) {
            stops.add(r.stop().toCompletableFuture());
        }
        return CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new));
    }
}
