package io.agentbar.audio.recording;

import io.agentbar.audio.pcm.FrameRing;
import io.agentbar.audio.pcm.PcmFormat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The thread that owns a recording's file: it drains the frame ring into the sink and carries
 * out the commands the {@link CallRecording} posts (pause, resume, title, stop), in order. Each
 * command is marked with the number of frames committed when it was posted, and the writer
 * writes exactly those frames before carrying it out, however far behind it is. All file I/O of a
 * recording happens here.
 */
final class RecordingWriter implements Runnable {
    private static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    sealed interface Command {
    }

    record Pause(Instant at) implements Command {
    }

    record Resume(Instant at) implements Command {
    }

    record Title(String title) implements Command {
    }

    record Stop(Instant at) implements Command {
    }

    /** A command and the count of frames that came before it. */
    private record Marked(Command command, long frames) {
    }

    private final FrameRing ring;
    private final Queue<Marked> commands = new ConcurrentLinkedQueue<>();
    private final RecordingSink sink;
    private final RecordingSidecar sidecar;
    private final Path file;
    private final LongSupplier dropped;
    private final Consumer<Recorded> onFinished;
    private final Consumer<Exception> onFailed;
    private final List<RecordingPause> pauses = new ArrayList<>();
    private RecordingMetadata metadata;
    private long frames;
    private volatile Thread thread;

    RecordingWriter(FrameRing ring, RecordingSink sink, RecordingSidecar sidecar, Path file, RecordingMetadata metadata,
                    LongSupplier dropped, Consumer<Recorded> onFinished, Consumer<Exception> onFailed) {
        this.ring = ring;
        this.sink = sink;
        this.sidecar = sidecar;
        this.file = file;
        this.metadata = metadata;
        this.dropped = dropped;
        this.onFinished = onFinished;
        this.onFailed = onFailed;
    }

    /** The first version of the metadata file, before any audio; on the caller's thread. */
    void writeInitialMetadata() throws IOException {
        sidecar.write(metadata, "recording", List.of(), Optional.empty(), 0, 0);
    }

    void post(Command command) {
        commands.add(new Marked(command, ring.committed()));
        wake();
    }

    /** Called by the tap after each frame: unpark allocates nothing and never blocks. */
    void wake() {
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    @Override
    public void run() {
        thread = Thread.currentThread();
        try {
            while (true) {
                // counted before looking for commands: a command posted meanwhile is marked at or after it
                long committed = ring.committed();
                Marked next = commands.peek();
                drain(next == null ? committed : next.frames());
                if (next != null) {
                    commands.remove();
                    if (next.command() instanceof Stop stop) {
                        drain(Long.MAX_VALUE); // a frame that raced the stop is still the agent's
                        finish(stop.at());
                        return;
                    }
                    apply(next.command());
                } else if (ring.committed() == committed) {
                    LockSupport.parkNanos(this, IDLE_NANOS);
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.abandon();
            onFailed.accept(e);
        }
    }

    /** Writes frames until {@code upTo} have been written in all, or the ring is empty. */
    private void drain(long upTo) throws IOException {
        while (frames < upTo && !ring.empty()) {
            sink.write(ring.readSlot());
            ring.release();
            frames++;
        }
    }

    private void apply(Command command) throws IOException {
        switch (command) {
            case Pause p -> {
                pauses.add(new RecordingPause(p.at(), Optional.empty(), audio()));
                sink.flush(); // a pause may last long: what came before it is on disk meanwhile
                writeMetadata("paused", Optional.empty());
            }
            case Resume r -> {
                if (!pauses.isEmpty() && pauses.getLast().resumedAt().isEmpty()) {
                    pauses.set(pauses.size() - 1, pauses.getLast().resumed(r.at()));
                }
                writeMetadata("recording", Optional.empty());
            }
            case Title t -> {
                metadata = metadata.withTitle(t.title());
                sink.title(t.title());
                writeMetadata(pauses.isEmpty() || pauses.getLast().resumedAt().isPresent() ? "recording" : "paused",
                        Optional.empty());
            }
            case Stop s -> throw new IllegalStateException("stop is handled by the loop");
        }
    }

    private void finish(Instant at) throws IOException {
        sink.close();
        writeMetadata("stopped", Optional.of(at));
        onFinished.accept(new Recorded(file, sidecar.path(), audio(), frames, dropped.getAsLong()));
    }

    private Duration audio() {
        return Duration.ofMillis(frames * PcmFormat.FRAME_MILLIS);
    }

    private void writeMetadata(String state, Optional<Instant> stoppedAt) throws IOException {
        sidecar.write(metadata, state, List.copyOf(pauses), stoppedAt, frames, dropped.getAsLong());
    }
}
