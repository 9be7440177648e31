package io.agentbar.app.recording;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.SequencedSet;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

/**
 * Uploads finished recordings to an {@link UploadTarget}, one at a time, until the server confirms
 * each with a 2xx. A confirmed recording gets a {@code <file>.uploaded} marker; nothing is deleted
 * unless {@link UploadPolicy#deleteAfterUpload()} asks for it, and then only after the 2xx.
 *
 * <p>All state is owned by the one scheduler thread; {@link #submit} and {@link #start} only enqueue
 * work on it, and {@link #status()} reads an immutable snapshot. A failed recording goes to the back
 * of the queue, so one the server keeps refusing does not hold the others up, and the next attempt
 * waits for the back-off (which any success resets).
 */
public final class RecordingUploader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RecordingUploader.class);

    private final Path folder;
    private final UploadTarget target;
    private final UploadPolicy policy;
    private final HttpClient http;
    private final HttpUpload upload;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final DoubleSupplier jitter;

    // owned by the scheduler thread
    private final SequencedSet<Path> queue = new LinkedHashSet<>();
    private boolean drainScheduled;
    private int failures;
    private long uploaded;
    private Optional<String> lastError = Optional.empty();
    private Optional<Instant> nextAttemptAt = Optional.empty();

    private volatile UploadStatus status = UploadStatus.IDLE;

    /**
     * @param http      owned from now on: {@link #close()} closes it
     * @param scheduler owned from now on: {@link #close()} shuts it down. Single-threaded, so that
     *                  uploads never overlap.
     * @param jitter    numbers in [0, 1) that spread the retry delays
     */
    public RecordingUploader(Path folder, UploadTarget target, UploadPolicy policy, HttpClient http,
                             ScheduledExecutorService scheduler, Clock clock, DoubleSupplier jitter) {
        this.folder = folder.toAbsolutePath();
        this.target = target;
        this.policy = policy;
        this.http = http;
        this.upload = new HttpUpload(http, target);
        this.scheduler = scheduler;
        this.clock = clock;
        this.jitter = jitter;
    }

    /** The production wiring: its own daemon thread "recording-upload", the system clock. */
    public static RecordingUploader create(Path folder, UploadTarget target, UploadPolicy policy) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("recording-upload").daemon(true).factory());
        return new RecordingUploader(folder, target, policy, http, thread, Clock.systemUTC(), Math::random);
    }

    /** Scans the folder for finished recordings without a marker (left over from earlier runs) and queues them. */
    public void start() {
        run(() -> {
            try {
                for (UploadCandidate c : UploadCandidate.scan(folder)) {
                    if (c.uploaded()) {
                        deleteIfAsked(c); // a crash between marker and deletion left it behind
                    } else if (c.finished()) {
                        queue.add(c.audio());
                    }
                }
            } catch (IOException e) {
                LOG.warn("Cannot scan {} for recordings to upload: {}", folder, e.toString());
            }
            kick();
        });
    }

    /** Queues a recording that has just finished (its sidecar says "stopped"); returns at once. */
    public void submit(Path recording) {
        Path audio = recording.toAbsolutePath();
        run(() -> {
            queue.add(audio);
            kick();
        });
    }

    public UploadStatus status() {
        return status;
    }

    private void run(Runnable task) {
        try {
            scheduler.execute(task);
        } catch (RejectedExecutionException closed) {
            // after close(): the recording stays on disk unmarked and the next start() finds it
        }
    }

    private void kick() {
        publish();
        if (!drainScheduled && !queue.isEmpty()) {
            drainScheduled = true;
            run(this::drain);
        }
    }

    private void drain() {
        drainScheduled = false;
        nextAttemptAt = Optional.empty();
        if (queue.isEmpty()) {
            publish();
            return;
        }
        // stays in the queue while in flight, so the pending count includes it
        UploadCandidate recording = new UploadCandidate(queue.getFirst());
        if (recording.uploaded() || !recording.finished()) {
            LOG.debug("Not uploading {}: already uploaded, missing or still recording", recording.name());
            queue.remove(recording.audio());
            kick();
            return;
        }
        HttpUpload.Outcome outcome;
        try {
            outcome = upload.send(recording);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // close(): leave it unmarked for the next run
            return;
        }
        switch (outcome) {
            case HttpUpload.Outcome.Confirmed c -> confirmed(recording, c.status());
            case HttpUpload.Outcome.Failed f -> failed(recording, f.reason());
        }
    }

    private void confirmed(UploadCandidate recording, int httpStatus) {
        try {
            recording.markUploaded(clock.instant(), httpStatus);
        } catch (IOException e) {
            // uploaded but not marked: it will be uploaded again, which beats losing it
            failed(recording, recording.name() + ": cannot write marker: " + e);
            return;
        }
        LOG.info("Uploaded recording {} to {} (HTTP {})", recording.name(), target, httpStatus);
        queue.remove(recording.audio());
        uploaded++;
        failures = 0;
        lastError = Optional.empty();
        deleteIfAsked(recording);
        kick();
    }

    private void failed(UploadCandidate recording, String reason) {
        queue.remove(recording.audio());
        queue.addLast(recording.audio());
        failures++;
        lastError = Optional.of(reason);
        Duration delay = policy.retryDelay(failures, jitter.getAsDouble());
        nextAttemptAt = Optional.of(clock.instant().plus(delay));
        LOG.warn("Upload failed, retrying in {} s: {}", delay.toSeconds(), reason);
        drainScheduled = true;
        try {
            scheduler.schedule(this::drain, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            // closing: the queue is abandoned, the files stay unmarked on disk
        }
        publish();
    }

    private void deleteIfAsked(UploadCandidate recording) {
        if (!policy.deleteAfterUpload()) {
            return;
        }
        try {
            recording.delete();
        } catch (IOException e) {
            LOG.warn("Uploaded {} but cannot delete it: {}", recording.name(), e.toString());
        }
    }

    private void publish() {
        status = new UploadStatus(queue.size(), uploaded, lastError, nextAttemptAt);
    }

    /** Stops after the upload in progress is interrupted; unconfirmed recordings stay unmarked for the next run. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Recording upload thread did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.shutdownNow();
    }

    @Override
    public String toString() {
        return "RecordingUploader[" + folder + " -> " + target + ", " + status + "]";
    }
}
