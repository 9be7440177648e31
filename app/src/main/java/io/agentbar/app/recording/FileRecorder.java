package io.agentbar.app.recording;

import io.agentbar.audio.recording.CallRecording;
import io.agentbar.audio.recording.CallRecordings;
import io.agentbar.audio.recording.RecordingFormat;
import io.agentbar.audio.recording.RecordingMetadata;
import io.agentbar.audio.recording.RecordingStart;
import io.agentbar.core.media.MediaSession;
import io.agentbar.core.recording.Recorder;
import io.agentbar.core.recording.RecordingHandle;
import io.agentbar.core.recording.RecordingRequest;
import io.agentbar.core.recording.RecordingStarted;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletionStage;

/**
 * Records into a folder: {@code <date>-<time>-<remote>-<n>.opus} plus its {@code .json} metadata,
 * two channels (agent left, customer right). The files' names never collide: a second recording of
 * the same second gets the next number.
 */
public final class FileRecorder implements Recorder {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path folder;
    private final RecordingFormat format;
    private final Clock clock;
    private final java.util.function.Consumer<Path> finished;
    /** One holder per running call: it enforces the per-call limit and owns the taps. */
    private final Map<MediaSession, CallRecordings> calls = new WeakHashMap<>();

    public FileRecorder(Path folder, RecordingFormat format, Clock clock) {
        this(folder, format, clock, file -> { });
    }

    /** @param finished told of each recording once it is fully written (e.g. to upload it) */
    public FileRecorder(Path folder, RecordingFormat format, Clock clock, java.util.function.Consumer<Path> finished) {
        this.folder = folder;
        this.format = format;
        this.clock = clock;
        this.finished = finished;
    }

    /** {@code $XDG_DATA_HOME/agentbar/recordings}, else {@code ~/.local/share/agentbar/recordings}. */
    public static Path defaultFolder() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("agentbar").resolve("recordings");
    }

    @Override
    public synchronized RecordingStarted start(MediaSession session, RecordingRequest request) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return new RecordingStarted.Refused("cannot create " + folder + ": " + e.getMessage());
        }
        CallRecordings recordings = calls.computeIfAbsent(session, CallRecordings::new);
        RecordingStart started = recordings.start(nextFile(request.remote()), format,
                new RecordingMetadata(request.callId(), request.local(), request.remote(), request.title(),
                        request.remoteName(), request.direction()));
        return switch (started) {
            case RecordingStart.Started s -> new RecordingStarted.Started(handle(s.recording(), finished));
            case RecordingStart.LimitReached l -> new RecordingStarted.Refused(l.limit() + " recordings are already running");
            case RecordingStart.Failed f -> new RecordingStarted.Refused(f.reason());
        };
    }

    /** Whether {@code file} is being recorded (or paused) by this recorder now, as opposed to cut by a crash. */
    public synchronized boolean recording(Path file) {
        Path wanted = file.toAbsolutePath().normalize();
        return calls.values().stream().flatMap(c -> c.live().stream())
                .anyMatch(r -> r.file().toAbsolutePath().normalize().equals(wanted));
    }

    private Path nextFile(String remote) {
        String who = remote.replaceFirst("^sips?:", "").replaceFirst("@.*$", "").replaceAll("[^A-Za-z0-9+_.-]", "_");
        String stem = STAMP.format(clock.instant().atZone(ZoneId.systemDefault())) + "-" + (who.isEmpty() ? "call" : who);
        for (int n = 1; ; n++) {
            Path file = folder.resolve(stem + "-" + n + "." + format.extension());
            if (!Files.exists(file)) {
                return file;
            }
        }
    }

    private static RecordingHandle handle(CallRecording recording, java.util.function.Consumer<Path> finished) {
        return new RecordingHandle() {
            @Override
            public Path file() {
                return recording.file();
            }

            @Override
            public boolean pause() {
                return recording.pause();
            }

            @Override
            public boolean resume() {
                return recording.resume();
            }

            @Override
            public void title(String title) {
                recording.title(title);
            }

            @Override
            public CompletionStage<Path> stop() {
                return recording.stop().thenApply(io.agentbar.audio.recording.Recorded::file)
                        .whenComplete((file, failure) -> {
                            if (file != null) {
                                finished.accept(file);
                            }
                        });
            }
        };
    }
}
