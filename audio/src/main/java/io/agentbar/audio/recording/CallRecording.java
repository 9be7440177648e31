package io.agentbar.audio.recording;

import io.agentbar.audio.pcm.FrameRing;
import io.agentbar.audio.pcm.PcmFormat;
import io.agentbar.core.media.AudioTap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;

/**
 * One recording of a call into one file: agent on the left channel, customer on the right.
 *
 * <p>As an {@link AudioTap} it runs on the engine's audio thread, where it only interleaves the
 * two frames into a preallocated slot of a bounded lock-free ring (three seconds) and wakes the
 * writer thread; when the ring is full it counts the frame as dropped and returns, it never
 * waits. Its own writer thread encodes, writes the file and keeps the metadata file beside it.
 *
 * <p>Paused time is not written: the file holds only what was recorded, and the metadata lists
 * each pause with its wall-clock times and its position in the audio. Control methods may be
 * called from any thread and return at once; their file work happens on the writer thread.
 */
public final class CallRecording implements AudioTap {
    /** Frames the ring holds while the writer is busy: 3 s, which absorbs a slow disk. */
    static final int QUEUE_FRAMES = 150;

    private final Path file;
    private final RecordingFormat format;
    private final Clock clock;
    private final FrameRing ring;
    private final RecordingWriter writer;
    private final CompletableFuture<Recorded> finished = new CompletableFuture<>();
    private final List<Runnable> beforeDone = new CopyOnWriteArrayList<>();
    private volatile boolean accepting = true;
    private volatile long dropped; // written only by the tap's thread
    private RecordingState state = new RecordingState.Recording();
    private RecordingMetadata metadata;

    private CallRecording(Path file, RecordingFormat format, RecordingMetadata metadata, Clock clock,
                          RecordingSink sink, RecordingSidecar sidecar, int queueFrames) {
        this.file = file;
        this.format = format;
        this.metadata = metadata;
        this.clock = clock;
        this.ring = new FrameRing(queueFrames, PcmFormat.FRAME_SAMPLES * 2);
        this.writer = new RecordingWriter(ring, sink, sidecar, file, metadata, () -> dropped,
                this::finished, this::failed);
    }

    /** Starts recording into a new file on a daemon writer thread, stamping times from the system clock. */
    public static CallRecording start(Path file, RecordingFormat format, RecordingMetadata metadata) throws IOException {
        return start(file, format, metadata, Clock.systemUTC(), writerThreads());
    }

    /**
     * Creates {@code file} (which must not exist yet) and its metadata file, and starts the writer.
     *
     * @throws IOException when the file cannot be created or its header written; nothing is left behind
     */
    public static CallRecording start(Path file, RecordingFormat format, RecordingMetadata metadata, Clock clock,
                                      ThreadFactory threads) throws IOException {
        return start(file, format, metadata, clock, threads, QUEUE_FRAMES);
    }

    static CallRecording start(Path file, RecordingFormat format, RecordingMetadata metadata, Clock clock,
                               ThreadFactory threads, int queueFrames) throws IOException {
        Objects.requireNonNull(metadata, "metadata");
        Files.createFile(file);
        Instant now = clock.instant();
        RecordingSidecar sidecar = new RecordingSidecar(file, format, now);
        RecordingSink sink = null;
        try {
            sink = switch (format) {
                case OGG_OPUS -> new OggOpusSink(file, metadata, now.toString());
                case WAV -> new WavSink(file);
            };
            CallRecording recording = new CallRecording(file, format, metadata, clock, sink, sidecar, queueFrames);
            recording.writer.writeInitialMetadata();
            Thread t = threads.newThread(recording.writer);
            t.setName("recording " + file.getFileName());
            t.start();
            return recording;
        } catch (IOException | RuntimeException e) {
            if (sink != null) {
                sink.abandon();
            }
            Files.deleteIfExists(file);
            Files.deleteIfExists(sidecar.path());
            throw e;
        }
    }

    /** Daemon platform threads below audio priority: the file may wait, the call's audio may not. */
    public static ThreadFactory writerThreads() {
        return Thread.ofPlatform().daemon().priority(Thread.NORM_PRIORITY).factory();
    }

    /** Audio thread: see the class comment. Allocates nothing, never blocks. */
    @Override
    public void frame(short[] agent, short[] customer) {
        if (!accepting) {
            return;
        }
        if (ring.full()) {
            dropped = dropped + 1;
            return;
        }
        short[] slot = ring.writeSlot();
        int n = Math.min(PcmFormat.FRAME_SAMPLES, Math.min(agent.length, customer.length));
        for (int i = 0; i < n; i++) {
            slot[2 * i] = agent[i];
            slot[2 * i + 1] = customer[i];
        }
        ring.commit();
        writer.wake();
    }

    /** Stops taking audio until {@link #resume()}; returns whether it was recording. */
    public synchronized boolean pause() {
        return control(RecordingState.Command.PAUSE, new RecordingWriter.Pause(clock.instant()));
    }

    /** Takes audio again after {@link #pause()}; returns whether it was paused. */
    public synchronized boolean resume() {
        return control(RecordingState.Command.RESUME, new RecordingWriter.Resume(clock.instant()));
    }

    /**
     * Ends the recording; the stage completes once the file and its metadata are final (or
     * exceptionally when writing failed). Calling it again returns the same stage.
     */
    public synchronized CompletionStage<Recorded> stop() {
        control(RecordingState.Command.STOP, new RecordingWriter.Stop(clock.instant()));
        return finished;
    }

    /** Sets the title: in the metadata file, and in the Ogg Opus tags (TITLE). Ignored once stopped. */
    public synchronized void title(String title) {
        Objects.requireNonNull(title, "title");
        if (state.live()) {
            metadata = metadata.withTitle(title);
            writer.post(new RecordingWriter.Title(title));
        }
    }

    private boolean control(RecordingState.Command command, RecordingWriter.Command posted) {
        RecordingState next = RecordingState.next(state, command);
        if (next.equals(state)) {
            return false;
        }
        state = next;
        accepting = next instanceof RecordingState.Recording;
        writer.post(posted);
        return true;
    }

    /** Runs {@code action} on the writer thread once the file is final, before {@link #finished()} completes. */
    void beforeDone(Runnable action) {
        beforeDone.add(action);
        if (finished.isDone() && beforeDone.remove(action)) {
            action.run(); // it ended before we were told: run it here, once
        }
    }

    private void finished(Recorded recorded) {
        beforeDone.forEach(Runnable::run);
        finished.complete(recorded);
    }

    private void failed(Exception e) {
        synchronized (this) {
            state = new RecordingState.Failed(e.toString());
            accepting = false;
        }
        beforeDone.forEach(Runnable::run);
        finished.completeExceptionally(e);
    }

    public synchronized RecordingState state() {
        return state;
    }

    public synchronized RecordingMetadata metadata() {
        return metadata;
    }

    /** Completes when the recording has ended: normally after {@link #stop()}, exceptionally on a write failure. */
    public CompletionStage<Recorded> finished() {
        return finished;
    }

    public Path file() {
        return file;
    }

    public Path metadataFile() {
        return RecordingSidecar.pathFor(file);
    }

    public RecordingFormat format() {
        return format;
    }

    /** Frames lost so far because the writer fell behind. */
    public long droppedFrames() {
        return dropped;
    }
}
